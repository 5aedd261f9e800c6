// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrlQuery>

class QJsonObject;

namespace valara {

// What the people list asks GET /api/v1/users for (docs/api-contract.md, the user list): a
// search (`q`), an order (`sort`: "name", "-email"...) and filters by team and role. Empty
// members are not sent: the service's default order is by name.
struct PeopleQuery
{
    QString search;
    QString sort;
    QString team;
    QString role;

    bool operator==(const PeopleQuery &) const = default;

    // `limit`, `offset` and whichever of `q`, `sort`, `team`, `role` are set.
    QUrlQuery toUrlQuery(int limit, int offset) const;
    // Whether an answer's echo says the service applied the `sort`, `team` and `role` sent: a
    // service that does not know them answers without the keys, in its own order and unfiltered.
    // True when none was sent.
    bool appliedBy(const QJsonObject &page) const;
    // The filters as the service applies them, for a list this client must filter itself.
    bool accepts(const QString &teamId, const QString &roleKey) const;
    bool filters() const { return !team.isEmpty() || !role.isEmpty(); }

    // The `sort` value of a column of UserListModel in an order: "name", "-name", "email"...;
    // empty for the service's default (name, ascending) and for a column without one.
    static QString sortKey(int column, bool descending);
};

} // namespace valara
