// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace valara {

// valara.models.journal: the change journal's database (opening, migrations, SQL errors). Never
// logs field values.
Q_DECLARE_LOGGING_CATEGORY(lcJournal)

} // namespace valara
