#pragma once

#include "ApiJob.h"

#include <QElapsedTimer>
#include <QTest>

// Waits (running the event loop) for a job's single finished() and returns its result. Call it
// right after creating the job: a finished job deletes itself.
inline ApiResult waitForJob(ApiJob *job, int timeoutMs = 15000)
{
    ApiResult out;
    bool done = false;
    QObject::connect(job, &ApiJob::finished, job, [&](const ApiResult &result) {
        out = result;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!done)
        qWarning("job did not finish within %d ms", timeoutMs);
    return out;
}
