// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ModelsLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcModels, "valara.models", QtInfoMsg)

} // namespace valara
