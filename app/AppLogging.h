// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.app: start-up, options and wiring.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace valara
