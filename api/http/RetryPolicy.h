// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace valara {

// Whether, and after how long, a request is sent again. Only where the outcome is unknown or the
// server asks: connection refused or reset, timeout, 502/503/504, 429, and a 409 that carries
// Retry-After (a duplicate still in flight). Never 400, 401, 403, 404, 422 or 500. At most
// MaxAttempts attempts in all; capped exponential backoff with full jitter, or the server's
// Retry-After (seconds or an HTTP date) when it gives one.
class RetryPolicy
{
public:
    // How one attempt ended, as far as retrying is concerned.
    struct Outcome
    {
        enum class Transport
        {
            Answered,
            ConnectionRefused,
            ConnectionReset,
            TimedOut,
            Other
        };
        Transport transport = Transport::Answered;
        int httpStatus = 0;
        QByteArray retryAfter; // the Retry-After header, if any
    };

    using Clock = std::function<QDateTime()>;
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr int MaxAttempts = 3;
    static constexpr int BaseDelayMs = 500;
    static constexpr int MaxBackoffMs = 8000;
    // A Retry-After longer than this is not waited for: the error is reported instead.
    static constexpr int MaxRetryAfterMs = 60000;

    RetryPolicy();
    RetryPolicy(Clock clock, Random random);

    // The delay before attempt `attemptsMade + 1`, or std::nullopt to stop and report.
    std::optional<int> delayBeforeRetry(int attemptsMade, const Outcome &outcome) const;

    static bool isRetryable(const Outcome &outcome);
    // How a transfer that ended without an answer counts: only a refused connection, a reset and
    // a timeout are worth another attempt; DNS, TLS, proxy and other permanent failures are not.
    static Outcome::Transport transportOf(QNetworkReply::NetworkError error);
    // The policy's clock.
    QDateTime now() const { return m_clock(); }
    // Retry-After as a delay from `now`: delta-seconds or an HTTP date (RFC 9110 10.2.3).
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    Clock m_clock;
    Random m_random;
};

} // namespace valara
