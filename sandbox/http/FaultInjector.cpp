// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/FaultInjector.h"

namespace valara::sandbox {

FaultInjector::FaultInjector(double failRate, int latencyMs, quint32 seed)
    : m_failRate(failRate)
    , m_latencyMs(latencyMs)
    , m_random(seed != 0 ? seed : QRandomGenerator::global()->generate())
{}

bool FaultInjector::shouldFail()
{
    if (m_forcedFailures > 0) {
        --m_forcedFailures;
        return true;
    }
    if (m_failRate <= 0.0)
        return false;
    return m_random.generateDouble() < m_failRate;
}

bool FaultInjector::shouldRateLimit(int *retryAfterSeconds)
{
    if (m_forcedRateLimits <= 0)
        return false;
    --m_forcedRateLimits;
    *retryAfterSeconds = m_retryAfterSeconds;
    return true;
}

bool FaultInjector::takeScriptedAnswer(int *status, QByteArray *jsonBody)
{
    if (m_scripted.isEmpty())
        return false;
    const auto [scriptedStatus, body] = m_scripted.takeFirst();
    *status = scriptedStatus;
    *jsonBody = body;
    return true;
}

} // namespace valara::sandbox
