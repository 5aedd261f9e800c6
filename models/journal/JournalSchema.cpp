// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalSchema.h"

#include "models/journal/JournalLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace valara {

namespace {

// Version 1: the entries and, in order, the fields each one changes. Values are stored as JSON
// (a one-element array, so null is kept; SQL NULL stands for an undefined value). Times are
// milliseconds since the epoch, UTC.
const QStringList Version1 = {
    QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " account_id TEXT NOT NULL, user_id TEXT NOT NULL, service TEXT NOT NULL,"
                   " method TEXT NOT NULL, path TEXT NOT NULL, idempotency_key BLOB NOT NULL,"
                   " state TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0,"
                   " request_id TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',"
                   " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE IF NOT EXISTS entry_fields ("
                   " entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,"
                   " position INTEGER NOT NULL, field_key TEXT NOT NULL,"
                   " server_value TEXT, new_value TEXT,"
                   " PRIMARY KEY (entry_id, position))"),
    QStringLiteral(
        "CREATE INDEX IF NOT EXISTS entries_user_created ON entries (user_id, created_at)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS entries_state ON entries (state)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS entry_fields_key ON entry_fields (field_key)"),
};

bool run(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

QList<JournalSchema::Step> JournalSchema::steps()
{
    return {{1, Version1}};
}

int JournalSchema::currentVersion()
{
    return steps().constLast().version;
}

int JournalSchema::version(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

JournalSchema::Result JournalSchema::migrate(const QSqlDatabase &db, const QList<Step> &steps)
{
    Result result;
    result.foundVersion = version(db, &result.error);
    if (result.foundVersion < 0)
        return result;
    const int target = steps.isEmpty() ? 0 : steps.constLast().version;
    if (result.foundVersion > target) {
        result.outcome = Result::Outcome::Newer;
        return result;
    }
    int at = result.foundVersion;
    for (const Step &step : steps) {
        if (step.version <= at)
            continue;
        QSqlDatabase connection = db;
        if (!connection.transaction()) {
            result.error = connection.lastError().text();
            return result;
        }
        QSqlQuery query(connection);
        bool ok = true;
        for (const QString &statement : step.statements) {
            ok = run(query, statement, &result.error);
            if (!ok)
                break;
        }
        // PRAGMA takes no bound values; the version is a number from the table above.
        ok = ok && run(query, QStringLiteral("PRAGMA user_version = %1").arg(step.version),
                       &result.error);
        query.finish();
        if (!ok || !connection.commit()) {
            if (ok)
                result.error = connection.lastError().text();
            connection.rollback();
            qCWarning(lcJournal) << "migration to version" << step.version
                                 << "failed:" << result.error;
            return result;
        }
        qCInfo(lcJournal) << "journal migrated from version" << at << "to" << step.version;
        at = step.version;
    }
    result.outcome = Result::Outcome::Ready;
    return result;
}

} // namespace valara
