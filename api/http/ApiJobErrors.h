// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>

namespace valara {

// The errors an ApiJob makes itself, when it ends an attempt or a job on its own account.
class ApiJobErrors
{
    Q_DECLARE_TR_FUNCTIONS(ApiJobErrors)

public:
    // No complete answer within the job's deadline of `ms`.
    static ApiError jobTimedOut(int ms);
    // The answer was larger than `maxBytes`.
    static ApiError tooLarge(qint64 maxBytes);
    // A redirect to another origin, which was not followed.
    static ApiError refusedRedirect(const QString &target, const QString &origin);
    // The answer's Content-Encoding was not asked for, or its data was corrupt.
    static ApiError unreadableEncoding();
    // A change answered with a redirect, which it does not follow.
    static ApiError redirectedChange(int httpStatus);
    // A 1xx or 3xx answer that is not a redirect the client could follow.
    static ApiError unexpectedStatus(int httpStatus);
    // A write's given idempotency key is not one C2 allows, so the write was not sent.
    static ApiError invalidIdempotencyKey();
    // The server asked to wait `ms` before trying again, longer than the job may wait: its
    // message, and when to try again.
    static ApiError withRetryHint(ApiError error, qint64 ms);
};

} // namespace valara
