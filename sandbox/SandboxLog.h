// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara::sandbox {

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
// One line per request: method, path, status, request id, duration. Never headers or queries.
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)

} // namespace valara::sandbox
