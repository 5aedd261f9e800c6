// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliExitCode.h"
#include "cli/requests/CliConnection.h"
#include "cli/requests/CliRequestPlan.h"

#include "api/ApiResult.h"

#include <QCoreApplication>
#include <QString>

namespace valara {

// How a failed request is reported: one line (message, field messages sorted by field, HTTP
// status, server code, request id, and a hint where one helps) and the exit code.
class CliErrorReport
{
    Q_DECLARE_TR_FUNCTIONS(CliErrorReport)

public:
    static CliExitCode exitCode(const ApiError &error);
    // What went wrong, in words: the message and the field messages sorted by field, without the
    // status, request id or hint (what the change journal keeps as an entry's error).
    static QString message(const ApiError &error);
    // The line without the "valara-cli: " prefix.
    static QString line(const ApiResult &result, const CliRequestPlan &plan,
                        const CliConnection &connection);
    // Why a 403 happened on the Me API when it is the API key's fault.
    static QString meApiKeyExplanation();
};

} // namespace valara
