// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxLog.h"

namespace valara::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "valara.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "valara.sandbox.http", QtInfoMsg)

} // namespace valara::sandbox
