// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalProblem.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace valara {

// The change journal's SQLite file and its connection: created owner-only, opened in WAL mode with
// a busy timeout (so two instances of the app on one account take turns), brought to the current
// schema. A file that is not a readable database is moved aside, never deleted; a file from a newer
// version is refused and left untouched. Used by ChangeJournal; one connection per object, under a
// name of its own.
class JournalDatabase
{
public:
    struct Opened
    {
        JournalProblem problem = JournalProblem::None; // None, MovedAside (and open), or why not
        QString message;   // translated, for people; empty when nothing is to be said
        QString asidePath; // where an unreadable file went
    };

    explicit JournalDatabase(const QString &path);
    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    QString path() const { return m_path; }
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    // `now` names a file set aside: "<name>.corrupt-20250102T030405Z".
    Opened open(const QDateTime &now);
    bool isOpen() const { return m_open; }
    QSqlDatabase database() const;
    void close();
    // Closes, then removes the file and its -wal and -shm companions. False with *error when one
    // could not be removed.
    bool remove(QString *error);
    // Owner read and write only, on the file and its -wal and -shm when they exist.
    void restrictPermissions() const;

    // The file and the companions SQLite keeps beside it.
    static QStringList files(const QString &path);

private:
    enum class Health
    {
        Good,
        Damaged, // not a database, or failing its check: to be moved aside
        Failed   // could not be looked at (locked, no access...): left alone
    };

    bool createFile(QString *error) const;
    bool connect(QString *error);
    Health inspect(QString *error);
    bool moveAside(const QDateTime &now, QString *asidePath, QString *error) const;
    Opened prepare(Opened opened);
    Opened fail(JournalProblem problem, const QString &message);

    QString m_path;
    QString m_connectionName;
    int m_busyTimeoutMs = 5000;
    bool m_open = false;
};

} // namespace valara
