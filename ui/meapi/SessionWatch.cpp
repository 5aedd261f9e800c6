// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/SessionWatch.h"

#include "ui/UiLogging.h"

#include <QTimer>

#include <algorithm>

namespace valara {

namespace {

constexpr int PeriodMs = 20 * 1000;
constexpr qint64 MaxSingleShotMs = 6 * 3600 * 1000; // later events are met by the periodic check

} // namespace

SessionWatch::SessionWatch(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_periodic(new QTimer(this))
    , m_next(new QTimer(this))
{
    m_periodic->setInterval(PeriodMs);
    connect(m_periodic, &QTimer::timeout, this, &SessionWatch::check);
    m_next->setSingleShot(true);
    m_next->setTimerType(Qt::PreciseTimer);
    connect(m_next, &QTimer::timeout, this, &SessionWatch::check);
}

void SessionWatch::setToken(const QByteArray &token)
{
    m_info = SessionTokenInfo::decode(token);
    if (!token.isEmpty() && !m_info.isValid())
        qCWarning(lcUi) << "the session token cannot be read:" << m_info.problem();
    check();
}

void SessionWatch::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    check();
}

qint64 SessionWatch::secondsLeft() const
{
    return m_info.secondsLeftAt(m_clock());
}

qint64 SessionWatch::lifetimeSeconds() const
{
    const QDateTime issued = m_info.issuedAt();
    return issued.isValid() && hasEnd() ? std::max<qint64>(0, issued.secsTo(m_info.expiresAt()))
                                        : -1;
}

qint64 SessionWatch::warningSeconds() const
{
    const qint64 lifetime = lifetimeSeconds();
    return lifetime < 0 ? WarningSeconds : std::min(WarningSeconds, lifetime / 2);
}

QString SessionWatch::inMinutes(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 1)
        return tr("in less than a minute");
    return tr("in %n minutes", nullptr, int(minutes)); // English: "in 1 minute"
}

void SessionWatch::check()
{
    m_next->stop();
    if (hasEnd()) {
        m_periodic->start();
        const QDateTime now = m_clock();
        const QDateTime ends = m_info.expiresAt();
        const QDateTime warning = ends.addSecs(-warningSeconds());
        const qint64 ms = now.msecsTo(now < warning ? warning : ends);
        if (ms >= 0)
            m_next->start(int(std::min(ms + 50, MaxSingleShotMs)));
    } else {
        m_periodic->stop();
    }
    Q_EMIT changed();
}

} // namespace valara
