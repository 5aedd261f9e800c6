// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.cli: what valara-cli decides and sends. Never logs tokens or values.
Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace valara
