// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalLogging.h"

namespace valara {

Q_LOGGING_CATEGORY(lcJournal, "valara.models.journal", QtInfoMsg)

} // namespace valara
