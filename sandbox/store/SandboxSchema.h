// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace valara::sandbox {

// The sandbox's tables and indexes, and the columns derived from a user's profile that the list
// query (GET /api/v1/users) filters and sorts on.
class SandboxSchema
{
public:
    struct Derived
    {
        QString nameKey;    // the name, case-folded: the `name` order
        QString emailKey;   // the e-mail, case-folded: the `email` order and e-mail lookups
        QString searchText; // what q is looked for in
    };

    // Creates what is missing, upgrading a database written before the derived columns existed.
    static bool prepare(QSqlDatabase &db, QString *error);
    static Derived derive(const QString &id, const QJsonObject &profile);
};

} // namespace valara::sandbox
