// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxUser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace valara::sandbox {

class UserListQuery;

// SQLite persistence for the sandbox: users and stored idempotent responses.
class SandboxStore
{
public:
    struct StoredResponse
    {
        QByteArray fingerprint;
        int status = 0;
        QByteArray body;
        QDateTime createdAt;
    };

    explicit SandboxStore(const QString &databasePath);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(QString *error);
    bool isEmpty() const;
    bool insertUsers(const QList<SandboxUser> &users, QString *error);

    std::optional<SandboxUser> userById(const QString &id) const;
    std::optional<SandboxUser> userByApiKey(const QByteArray &apiKey) const;
    std::optional<SandboxUser> userByEmail(const QString &email) const;
    QList<SandboxUser> allUsers() const;
    // One page of the list (GET /api/v1/users); `total` is set to the number of all matches.
    QList<SandboxUser> listUsers(const UserListQuery &query, int *total) const;
    bool saveUser(const SandboxUser &user);

    std::optional<StoredResponse> storedResponse(const QString &principal,
                                                 const QByteArray &key) const;
    bool storeResponse(const QString &principal, const QByteArray &key,
                       const StoredResponse &response);
    void purgeResponsesBefore(const QDateTime &cutoff);

    bool begin();
    bool commit();
    void rollback();

    // Makes every later write fail, as a full disk would (for tests of the 500 path).
    void simulateWriteFailure(bool fail) { m_failWrites = fail; }

private:
    SandboxUser userFromQuery(const QSqlQuery &query) const;
    std::optional<SandboxUser> userWhere(const QString &column, const QVariant &value) const;

    QString m_path;
    QString m_connectionName;
    bool m_failWrites = false;
};

} // namespace valara::sandbox
