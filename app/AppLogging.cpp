// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcApp, "valara.app", QtInfoMsg)

} // namespace valara
