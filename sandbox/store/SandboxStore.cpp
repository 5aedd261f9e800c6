// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/SandboxStore.h"

#include "sandbox/SandboxLog.h"
#include "sandbox/store/SandboxSchema.h"
#include "sandbox/store/UserListQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace valara::sandbox {

namespace {

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

constexpr auto UserColumns =
    "id, role, api_key, org_id, team_id, managed_team_ids, profile, "
    "preferences, me_preferences, is_staff, scopes, created_at, updated_at";

} // namespace

SandboxStore::SandboxStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(QStringLiteral("valara-sandbox-") + QUuid::createUuid().toString())
{}

SandboxStore::~SandboxStore()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SandboxStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error =
            QStringLiteral("cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return SandboxSchema::prepare(db, error);
}

bool SandboxStore::isEmpty() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && query.next() &&
           query.value(0).toInt() == 0;
}

bool SandboxStore::insertUsers(const QList<SandboxUser> &users, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO users (%1, name_key, email_key, search_text)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                      .arg(QLatin1String(UserColumns)));
    for (const SandboxUser &user : users) {
        const SandboxSchema::Derived derived = SandboxSchema::derive(user.id, user.profile);
        query.addBindValue(user.id);
        query.addBindValue(user.role);
        query.addBindValue(user.apiKey);
        query.addBindValue(user.orgId.isEmpty() ? QVariant() : QVariant(user.orgId));
        query.addBindValue(user.teamId.isEmpty() ? QVariant() : QVariant(user.teamId));
        query.addBindValue(toJson(
            QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(user.managedTeamIds)}}));
        query.addBindValue(toJson(user.profile));
        query.addBindValue(toJson(user.preferences));
        query.addBindValue(toJson(user.mePreferences));
        query.addBindValue(user.isStaff ? QVariant(*user.isStaff ? 1 : 0) : QVariant());
        query.addBindValue(
            user.scopes ? QVariant(toJson(QJsonObject{{QStringLiteral("scopes"),
                                                       QJsonArray::fromStringList(*user.scopes)}}))
                        : QVariant());
        query.addBindValue(timestamp(user.createdAt));
        query.addBindValue(timestamp(user.updatedAt));
        query.addBindValue(derived.nameKey);
        query.addBindValue(derived.emailKey);
        query.addBindValue(derived.searchText);
        if (!query.exec()) {
            *error =
                QStringLiteral("cannot store user %1: %2").arg(user.id, query.lastError().text());
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

SandboxUser SandboxStore::userFromQuery(const QSqlQuery &query) const
{
    SandboxUser user;
    user.id = query.value(0).toString();
    user.role = query.value(1).toString();
    user.apiKey = query.value(2).toString();
    user.orgId = query.value(3).toString();
    user.teamId = query.value(4).toString();
    const QJsonArray managed = objectFrom(query.value(5)).value(QLatin1String("ids")).toArray();
    for (const QJsonValue &team : managed)
        user.managedTeamIds.append(team.toString());
    user.profile = objectFrom(query.value(6));
    user.preferences = objectFrom(query.value(7));
    user.mePreferences = objectFrom(query.value(8));
    if (!query.value(9).isNull())
        user.isStaff = query.value(9).toInt() != 0;
    if (!query.value(10).isNull()) {
        QStringList scopes;
        const QJsonArray list =
            objectFrom(query.value(10)).value(QLatin1String("scopes")).toArray();
        for (const QJsonValue &scope : list)
            scopes.append(scope.toString());
        user.scopes = scopes;
    }
    user.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODate);
    user.updatedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    return user;
}

std::optional<SandboxUser> SandboxStore::userWhere(const QString &column,
                                                   const QVariant &value) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?")
                      .arg(QLatin1String(UserColumns), column));
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return userFromQuery(query);
}

std::optional<SandboxUser> SandboxStore::userById(const QString &id) const
{
    return userWhere(QStringLiteral("id"), id);
}

std::optional<SandboxUser> SandboxStore::userByApiKey(const QByteArray &apiKey) const
{
    if (apiKey.isEmpty())
        return std::nullopt;
    return userWhere(QStringLiteral("api_key"), QString::fromUtf8(apiKey));
}

std::optional<SandboxUser> SandboxStore::userByEmail(const QString &email) const
{
    return userWhere(QStringLiteral("email_key"), UserListQuery::foldCase(email));
}

QList<SandboxUser> SandboxStore::allUsers() const
{
    QList<SandboxUser> users;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(QLatin1String(UserColumns))))
        return users;
    while (query.next())
        users.append(userFromQuery(query));
    return users;
}

QList<SandboxUser> SandboxStore::listUsers(const UserListQuery &list, int *total) const
{
    QList<SandboxUser> users;
    QVariantList values;
    const QString where = list.whereClause(&values);
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE ") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    *total = query.exec() && query.next() ? query.value(0).toInt() : 0;
    if (*total <= list.offset)
        return users;
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(QLatin1String(UserColumns), where, list.orderClause()));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(list.limit);
    query.addBindValue(list.offset);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "cannot list users" << query.lastError().text();
        return users;
    }
    while (query.next())
        users.append(userFromQuery(query));
    return users;
}

bool SandboxStore::saveUser(const SandboxUser &user)
{
    if (m_failWrites)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const SandboxSchema::Derived derived = SandboxSchema::derive(user.id, user.profile);
    query.prepare(QStringLiteral("UPDATE users SET role = ?, profile = ?, preferences = ?,"
                                 " me_preferences = ?, updated_at = ?, name_key = ?,"
                                 " email_key = ?, search_text = ? WHERE id = ?"));
    query.addBindValue(user.role);
    query.addBindValue(toJson(user.profile));
    query.addBindValue(toJson(user.preferences));
    query.addBindValue(toJson(user.mePreferences));
    query.addBindValue(timestamp(user.updatedAt));
    query.addBindValue(derived.nameKey);
    query.addBindValue(derived.emailKey);
    query.addBindValue(derived.searchText);
    query.addBindValue(user.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qCWarning(lcSandbox) << "cannot save user" << user.id << query.lastError().text();
        return false;
    }
    return true;
}

std::optional<SandboxStore::StoredResponse>
SandboxStore::storedResponse(const QString &principal, const QByteArray &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT fingerprint, status, body, created_at FROM idempotency"
                                 " WHERE principal = ? AND key = ?"));
    query.addBindValue(principal);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return StoredResponse{query.value(0).toByteArray(), query.value(1).toInt(),
                          query.value(2).toByteArray(),
                          QDateTime::fromSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)};
}

bool SandboxStore::storeResponse(const QString &principal, const QByteArray &key,
                                 const StoredResponse &response)
{
    if (m_failWrites)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO idempotency"
                                 " (principal, key, fingerprint, status, body, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(principal);
    query.addBindValue(key);
    query.addBindValue(response.fingerprint);
    query.addBindValue(response.status);
    query.addBindValue(response.body);
    query.addBindValue(response.createdAt.toSecsSinceEpoch());
    return query.exec();
}

void SandboxStore::purgeResponsesBefore(const QDateTime &cutoff)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    query.addBindValue(cutoff.toSecsSinceEpoch());
    query.exec();
}

bool SandboxStore::begin()
{
    return QSqlDatabase::database(m_connectionName).transaction();
}

bool SandboxStore::commit()
{
    if (m_failWrites) {
        rollback();
        return false;
    }
    return QSqlDatabase::database(m_connectionName).commit();
}

void SandboxStore::rollback()
{
    QSqlDatabase::database(m_connectionName).rollback();
}

} // namespace valara::sandbox
