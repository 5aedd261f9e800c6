// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace valara {

// Which entries ChangeJournal::list() returns. Every criterion left empty matches everything.
struct JournalFilter
{
    QString userId;   // entries for this user
    QString fieldKey; // entries that change this field
    QDateTime from;   // created at or after (invalid: no lower bound)
    QDateTime to;     // created at or before (invalid: no upper bound)
    QList<JournalEntry::State> states;
    bool newestFirst = true; // false: oldest first, the order in which changes were made
    int limit = 0;           // at most this many (0: all)
};

} // namespace valara
