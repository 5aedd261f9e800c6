// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"
#include "models/journal/JournalFilter.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace valara {

// How entries are written to and read from the journal's tables (see JournalSchema). Every
// function returns false or nullopt with *error set (the SQL error, for the log) when a statement
// fails; writes expect the caller's transaction around them.
class JournalRows
{
public:
    // A value as stored: JSON in a one-element array (so null survives), SQL NULL for undefined.
    static QVariant encodeValue(const QJsonValue &value);
    static QJsonValue decodeValue(const QVariant &stored);
    static qint64 encodeTime(const QDateTime &time);
    // A text column: never SQL NULL (a null QString binds as NULL).
    static QVariant encodeText(const QString &text);
    static QDateTime decodeTime(const QVariant &stored);

    // Prepares `sql` on `query`, binds `values` in order and runs it.
    static bool run(QSqlQuery &query, const QString &sql, const QVariantList &values,
                    QString *error);

    // Inserts the entry (its id is ignored) and its fields; *id is the new entry's.
    static bool insert(const QSqlDatabase &db, const JournalEntry &entry, qint64 *id,
                       QString *error);
    // Replaces the entry's fields.
    static bool writeFields(const QSqlDatabase &db, qint64 id,
                            const QList<JournalEntry::Field> &fields, QString *error);
    // Adds fields to an entry that has none yet (just inserted).
    static bool insertFields(const QSqlDatabase &db, qint64 id,
                             const QList<JournalEntry::Field> &fields, QString *error);

    // Sets the fields and update time of draft `id` from `draft`, if `id` is still a draft of
    // the same user and path (*updated says whether it was).
    static bool updateDraft(const QSqlDatabase &db, qint64 id, const JournalEntry &draft,
                            bool *updated, QString *error);
    // Deletes entry `id` if it is a draft.
    static bool deleteDraft(const QSqlDatabase &db, qint64 id, QString *error);

    static std::optional<QList<JournalEntry>> select(const QSqlDatabase &db,
                                                     const JournalFilter &filter, QString *error);
    // nullopt with an empty *error: no such entry.
    static std::optional<JournalEntry> find(const QSqlDatabase &db, qint64 id, QString *error);
    // Entry `id` with its id and state only (no other column, no fields): what a change of state
    // checks, read in one single-column statement. nullopt with an empty *error: no such entry.
    static std::optional<JournalEntry> findState(const QSqlDatabase &db, qint64 id, QString *error);
    // False when the user surely has no entry in `state` (one single-column statement); true
    // when they have one, or when the statement fails (a full read then reports why).
    static bool mayExist(const QSqlDatabase &db, const QString &userId, JournalEntry::State state);

private:
    static std::optional<QList<JournalEntry>> load(const QSqlDatabase &db, const QString &where,
                                                   const QVariantList &values, const QString &tail,
                                                   QString *error);
};

} // namespace valara
