// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/RetryPolicy.h"

#include "api/http/HttpDate.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace valara {

RetryPolicy::RetryPolicy()
    : RetryPolicy([] { return QDateTime::currentDateTimeUtc(); },
                  [] { return QRandomGenerator::global()->generateDouble(); })
{}

RetryPolicy::RetryPolicy(Clock clock, Random random)
    : m_clock(std::move(clock))
    , m_random(std::move(random))
{}

RetryPolicy::Outcome::Transport RetryPolicy::transportOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Outcome::Transport::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return Outcome::Transport::ConnectionReset;
    case QNetworkReply::TimeoutError:
        return Outcome::Transport::TimedOut;
    default:
        return Outcome::Transport::Other;
    }
}

bool RetryPolicy::isRetryable(const Outcome &outcome)
{
    using Transport = Outcome::Transport;
    switch (outcome.transport) {
    case Transport::ConnectionRefused:
    case Transport::ConnectionReset:
    case Transport::TimedOut:
        return true;
    case Transport::Other:
        return false;
    case Transport::Answered:
        break;
    }
    switch (outcome.httpStatus) {
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    case 409:
        return !outcome.retryAfter.isEmpty(); // the server asks: a duplicate still in flight
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    const QDateTime when = HttpDate::parse(text);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<int> RetryPolicy::delayBeforeRetry(int attemptsMade, const Outcome &outcome) const
{
    if (attemptsMade >= MaxAttempts || !isRetryable(outcome))
        return std::nullopt;
    if (const auto asked = retryAfterMs(outcome.retryAfter, m_clock())) {
        if (*asked > MaxRetryAfterMs)
            return std::nullopt;
        return int(*asked);
    }
    const qint64 ceiling =
        std::min<qint64>(MaxBackoffMs, qint64(BaseDelayMs) << std::min(attemptsMade - 1, 16));
    // Full jitter, but never less than a tenth of the ceiling so retries do not hammer.
    const double factor = 0.1 + 0.9 * std::clamp(m_random(), 0.0, 1.0);
    return int(double(ceiling) * factor);
}

} // namespace valara
