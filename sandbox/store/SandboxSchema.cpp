// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/SandboxSchema.h"

#include "sandbox/store/UserListQuery.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace valara::sandbox {

namespace {

bool hasColumn(QSqlQuery &query, const QString &table, const QString &column)
{
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

// Fills the derived columns of every user (a database from before they existed).
bool backfill(QSqlDatabase &db)
{
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT id, profile FROM users")))
        return false;
    write.prepare(QStringLiteral(
        "UPDATE users SET name_key = ?, email_key = ?, search_text = ? WHERE id = ?"));
    while (read.next()) {
        const QString id = read.value(0).toString();
        const auto derived = SandboxSchema::derive(
            id, QJsonDocument::fromJson(read.value(1).toByteArray()).object());
        write.addBindValue(derived.nameKey);
        write.addBindValue(derived.emailKey);
        write.addBindValue(derived.searchText);
        write.addBindValue(id);
        if (!write.exec())
            return false;
    }
    return true;
}

} // namespace

SandboxSchema::Derived SandboxSchema::derive(const QString &id, const QJsonObject &profile)
{
    const auto field = [&](const char *key) {
        return profile.value(QLatin1String(key)).toString();
    };
    return {UserListQuery::foldCase(field("name")), UserListQuery::foldCase(field("email")),
            UserListQuery::searchText(id, {field("name"), field("first_name"), field("last_name"),
                                           field("display_name"), field("email")})};
}

bool SandboxSchema::prepare(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const QStringList statements{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users ("
            " id TEXT PRIMARY KEY, role TEXT NOT NULL, api_key TEXT NOT NULL UNIQUE, org_id TEXT,"
            " team_id TEXT, managed_team_ids TEXT NOT NULL, profile TEXT NOT NULL,"
            " preferences TEXT NOT NULL, me_preferences TEXT NOT NULL, is_staff INTEGER,"
            " scopes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency ("
                       " principal TEXT NOT NULL, key BLOB NOT NULL, fingerprint BLOB NOT NULL,"
                       " status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL,"
                       " PRIMARY KEY (principal, key))"),
    };
    bool upgraded = false;
    const auto run = [&](const QString &statement) {
        if (query.exec(statement))
            return true;
        *error = QStringLiteral("cannot prepare the database %1: %2")
                     .arg(db.databaseName(), query.lastError().text());
        return false;
    };
    for (const QString &statement : std::as_const(statements)) {
        if (!run(statement))
            return false;
    }
    if (!hasColumn(query, QStringLiteral("users"), QStringLiteral("name_key"))) {
        for (const char *column : {"name_key", "email_key", "search_text"}) {
            if (!run(QStringLiteral("ALTER TABLE users ADD COLUMN %1 TEXT NOT NULL DEFAULT ''")
                         .arg(QLatin1String(column))))
                return false;
        }
        upgraded = true;
    }
    // Every order of the list, alone or within one team or role, reads its page off an index.
    const QList<QPair<const char *, const char *>> indexes{
        {"users_name", "name_key, id"},       {"users_email", "email_key, id"},
        {"users_role", "role, name_key, id"}, {"users_team", "team_id, name_key, id"},
        {"users_created", "created_at, id"},  {"users_updated", "updated_at, id"}};
    for (const auto &[name, columns] : indexes) {
        if (!run(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON users (%2)")
                     .arg(QLatin1String(name), QLatin1String(columns))))
            return false;
    }
    if (upgraded && !backfill(db)) {
        *error = QStringLiteral("cannot upgrade the database %1").arg(db.databaseName());
        return false;
    }
    return true;
}

} // namespace valara::sandbox
