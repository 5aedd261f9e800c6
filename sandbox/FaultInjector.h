#pragma once

#include <QRandomGenerator>

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

    // Called once per request: true if this request is to be answered 503.
    bool shouldFail();

private:
    double m_failRate = 0.0;
    int m_latencyMs = 0;
    int m_forcedFailures = 0;
    QRandomGenerator m_random;
};
