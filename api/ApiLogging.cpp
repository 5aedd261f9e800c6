// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcApi, "valara.api", QtInfoMsg)

} // namespace valara
