// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcCli, "valara.cli", QtInfoMsg)

} // namespace valara
