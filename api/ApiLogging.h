// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.api: requests, answers and decoding. Never logs tokens, bodies or query strings.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace valara
