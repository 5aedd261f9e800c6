// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UiLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcUi, "valara.ui", QtInfoMsg)

} // namespace valara
