// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>

namespace valara::sandbox {

// Decides which requests the sandbox fails on purpose and how long it waits before answering.
class FaultInjector
{
public:
    FaultInjector(double failRate, int latencyMs, quint32 seed);

    void setFailRate(double rate) { m_failRate = rate; }
    double failRate() const { return m_failRate; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    // The next `count` requests fail with 503 whatever the rate (for deterministic tests).
    void failNext(int count) { m_forcedFailures = count; }

    // The next `count` requests are answered 429 with "Retry-After: <seconds>".
    void rateLimitNext(int count, int retryAfterSeconds)
    {
        m_forcedRateLimits = count;
        m_retryAfterSeconds = retryAfterSeconds;
    }

    // The next request is answered with this status and JSON body, whatever it asks (tests of
    // how a client shows answers the real service gives only in rare situations). Queued.
    void answerNext(int status, const QByteArray &jsonBody)
    {
        m_scripted.append({status, jsonBody});
    }
    // Called once per request, first: true (and the answer) if one was scripted.
    bool takeScriptedAnswer(int *status, QByteArray *jsonBody);

    // Called once per request: true if this request is to be answered 503.
    bool shouldFail();
    // Called once per request, before shouldFail(): true (and the Retry-After seconds) if this
    // request is to be answered 429.
    bool shouldRateLimit(int *retryAfterSeconds);

private:
    double m_failRate = 0.0;
    int m_latencyMs = 0;
    int m_forcedFailures = 0;
    int m_forcedRateLimits = 0;
    int m_retryAfterSeconds = 1;
    QList<QPair<int, QByteArray>> m_scripted;
    QRandomGenerator m_random;
};

} // namespace valara::sandbox
