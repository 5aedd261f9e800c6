// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace valara {

// The change journal's tables, version by version. A database's version is its PRAGMA
// user_version (0 for a new file). Step N brings a database from version N-1 to N; each step runs
// in one transaction with the version change, so a failed step leaves the database as it was. A
// change of tables is a new step at the end of steps(), never an edit of an old one.
class JournalSchema
{
public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    struct Result
    {
        enum class Outcome
        {
            Ready, // at the last step's version
            Newer, // written by a newer version: left untouched
            Failed // a statement failed: see error
        };
        Outcome outcome = Outcome::Failed;
        int foundVersion = 0; // the version the database was at
        QString error;        // the SQL error (not translated, for the log)
    };

    // The version the steps below lead to.
    static int currentVersion();
    static QList<Step> steps();

    // PRAGMA user_version, or -1 with *error set.
    static int version(const QSqlDatabase &db, QString *error);
    // Brings `db` to the last of `steps` (steps() unless a test gives others). A database newer
    // than that is refused and not changed.
    static Result migrate(const QSqlDatabase &db,
                          const QList<Step> &steps = JournalSchema::steps());
};

} // namespace valara
