// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.models: state held for the views.
Q_DECLARE_LOGGING_CATEGORY(lcModels)

} // namespace valara
