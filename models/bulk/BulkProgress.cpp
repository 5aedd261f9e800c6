// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkProgress.h"

#include <QElapsedTimer>

#include <memory>

namespace valara {

BulkProgress::BulkProgress(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

void BulkProgress::start(int total)
{
    m_total = qMax(0, total);
    m_done = 0;
    m_samples = {qMakePair(m_clock(), 0)};
}

void BulkProgress::update(int done)
{
    m_done = qBound(0, done, m_total);
    const qint64 now = m_clock();
    m_samples.append(qMakePair(now, m_done));
    // Keep one sample at or before the window's start, so the window is always covered.
    while (m_samples.size() > 2 && m_samples.at(1).first <= now - WindowMs)
        m_samples.removeFirst();
}

std::optional<double> BulkProgress::ratePerSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const QPair<qint64, int> &first = m_samples.first();
    const QPair<qint64, int> &last = m_samples.last();
    const qint64 elapsed = last.first - first.first;
    const int members = last.second - first.second;
    if (elapsed <= 0 || members <= 0)
        return std::nullopt;
    return members * 1000.0 / double(elapsed);
}

std::optional<qint64> BulkProgress::millisecondsLeft() const
{
    if (m_done >= m_total)
        return 0;
    const std::optional<double> rate = ratePerSecond();
    if (!rate)
        return std::nullopt;
    return qint64((m_total - m_done) * 1000.0 / *rate);
}

} // namespace valara
