// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/PeopleQuery.h"

#include "models/people/UserListModel.h"

#include <QJsonObject>

namespace valara {

QUrlQuery PeopleQuery::toUrlQuery(int limit, int offset) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    const QList<QPair<QString, QString>> optional{{QStringLiteral("q"), search.trimmed()},
                                                  {QStringLiteral("sort"), sort},
                                                  {QStringLiteral("team"), team},
                                                  {QStringLiteral("role"), role}};
    for (const auto &[key, value] : optional) {
        if (!value.isEmpty())
            query.addQueryItem(key, value);
    }
    return query;
}

bool PeopleQuery::appliedBy(const QJsonObject &page) const
{
    const QList<QPair<QLatin1String, QString>> sent{{QLatin1String("sort"), sort},
                                                    {QLatin1String("team"), team},
                                                    {QLatin1String("role"), role}};
    for (const auto &[key, value] : sent) {
        if (!value.isEmpty() && page.value(key).toString() != value)
            return false;
    }
    return true;
}

bool PeopleQuery::accepts(const QString &teamId, const QString &roleKey) const
{
    return (team.isEmpty() || teamId == team) && (role.isEmpty() || roleKey == role);
}

QString PeopleQuery::sortKey(int column, bool descending)
{
    QString key;
    switch (column) {
    case UserListModel::NameColumn:
        if (!descending)
            return {}; // the service's default
        key = QStringLiteral("name");
        break;
    case UserListModel::EmailColumn:
        key = QStringLiteral("email");
        break;
    case UserListModel::RoleColumn:
        key = QStringLiteral("role");
        break;
    case UserListModel::TeamColumn:
        key = QStringLiteral("team");
        break;
    default:
        return {};
    }
    return descending ? QLatin1Char('-') + key : key;
}

} // namespace valara
