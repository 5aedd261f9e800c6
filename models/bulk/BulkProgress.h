// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace valara {

// How far a bulk change has come: done of total, the rate over the last few seconds, and the
// time left at that rate. The clock is injected (milliseconds, monotonic) so tests decide time.
class BulkProgress
{
public:
    using Clock = std::function<qint64()>;
    static constexpr qint64 WindowMs = 10'000;

    // A steady clock by default.
    explicit BulkProgress(Clock clock = {});

    void start(int total);
    void update(int done);
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Members per second over the last WindowMs (since the start, when shorter); none until a
    // member is done and some time has passed.
    std::optional<double> ratePerSecond() const;
    // At the current rate; none while the rate is unknown. Zero when everything is done.
    std::optional<qint64> millisecondsLeft() const;

private:
    Clock m_clock;
    QList<QPair<qint64, int>> m_samples; // (time, done), oldest first, within the window
    int m_done = 0;
    int m_total = 0;
};

} // namespace valara
