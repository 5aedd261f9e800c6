// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace valara;

// Waits (running the event loop) for a job's single finished() and returns its result. Call it
// right after creating the job: a finished job deletes itself. A job that does not finish in time
// fails the running test, and what is returned then is an error, never a success.
inline ApiResult waitForJob(ApiJob *job, int timeoutMs = 15000)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(timeoutMs)) {
        QTest::qFail("the job did not finish in time", __FILE__, __LINE__);
        ApiResult unfinished;
        unfinished.error.kind = ApiError::Kind::Timeout;
        unfinished.error.message =
            QStringLiteral("the job did not finish within %1 ms").arg(timeoutMs);
        return unfinished;
    }
    return spy.at(0).at(0).value<ApiResult>();
}
