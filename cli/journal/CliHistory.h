// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include "models/journal/JournalEntry.h"
#include "models/journal/JournalFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace valara {

// valara-cli history: which entries of the change journal to list (USER, --field, --since,
// --state) and how they are printed, newest first: an aligned table for people (local time, one
// line per changed field) or, with --json, a JSON array for scripts (times in ISO 8601 UTC). It
// reads the journal only: nothing is sent.
class CliHistory
{
    Q_DECLARE_TR_FUNCTIONS(CliHistory)

public:
    // The filter the command asks for; one line per unreadable option value in `problems`.
    static JournalFilter filter(const CliCommand &command, QStringList *problems);
    // --since DATE: YYYY-MM-DD (local midnight) or an ISO 8601 date and time (local unless it
    // names its offset or Z); an invalid QDateTime when it is neither.
    static QDateTime parseSince(const QString &text);

    static QString table(const QList<JournalEntry> &entries);
    static QString json(const QList<JournalEntry> &entries);
    // A value as the table shows it: compact JSON, "(absent)" for an undefined one, shortened.
    static QString shortValue(const QJsonValue &value);
};

} // namespace valara
