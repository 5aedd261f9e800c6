// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/UserListQuery.h"

#include <array>

namespace valara::sandbox {

namespace {

struct SortColumn
{
    UserListQuery::SortKey key;
    const char *name;
    const char *column;
};

// Roles and teams sort alphabetically by their ids; ties go by name, then id.
constexpr std::array<SortColumn, 6> SortColumns{{
    {UserListQuery::SortKey::Name, "name", "name_key"},
    {UserListQuery::SortKey::Email, "email", "email_key"},
    {UserListQuery::SortKey::Role, "role", "role"},
    {UserListQuery::SortKey::Team, "team", "team_id"},
    {UserListQuery::SortKey::CreatedAt, "created_at", "created_at"},
    {UserListQuery::SortKey::UpdatedAt, "updated_at", "updated_at"},
}};

// Separates the searched fields so that q never matches across two of them.
constexpr QChar FieldSeparator = QChar(0x1F);

} // namespace

const QStringList &UserListQuery::sortNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const SortColumn &column : SortColumns) {
            list.append(QLatin1String(column.name));
            list.append(QLatin1Char('-') + QLatin1String(column.name));
        }
        return list;
    }();
    return names;
}

QString UserListQuery::sortName() const
{
    for (const SortColumn &column : SortColumns) {
        if (column.key == sortKey)
            return (descending ? QStringLiteral("-") : QString()) + QLatin1String(column.name);
    }
    return {};
}

bool UserListQuery::setSort(const QString &value)
{
    const bool minus = value.startsWith(QLatin1Char('-'));
    const QString name = minus ? value.mid(1) : value;
    for (const SortColumn &column : SortColumns) {
        if (name == QLatin1String(column.name)) {
            sortKey = column.key;
            descending = minus;
            return true;
        }
    }
    return false;
}

QString UserListQuery::whereClause(QVariantList *values) const
{
    QStringList conditions;
    if (!everyone) {
        QString visible = QStringLiteral("id = ?");
        values->append(callerId);
        if (!managedTeamIds.isEmpty()) {
            QStringList marks;
            for (const QString &team : managedTeamIds) {
                marks.append(QStringLiteral("?"));
                values->append(team);
            }
            visible += QStringLiteral(" OR team_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        conditions.append(QLatin1Char('(') + visible + QLatin1Char(')'));
    }
    if (teamId) {
        conditions.append(QStringLiteral("team_id = ?"));
        values->append(*teamId);
    }
    if (role) {
        conditions.append(QStringLiteral("role = ?"));
        values->append(*role);
    }
    if (!text.isEmpty()) {
        conditions.append(QStringLiteral("instr(search_text, ?) > 0"));
        values->append(foldCase(text));
    }
    return conditions.isEmpty() ? QStringLiteral("1") : conditions.join(QLatin1String(" AND "));
}

QString UserListQuery::orderClause() const
{
    QString primary;
    for (const SortColumn &column : SortColumns) {
        if (column.key == sortKey)
            primary = QLatin1String(column.column);
    }
    QString order = primary + (descending ? QStringLiteral(" DESC") : QString());
    if (sortKey == SortKey::Role || sortKey == SortKey::Team)
        order += QStringLiteral(", name_key");
    return order + QStringLiteral(", id");
}

QString UserListQuery::searchText(const QString &id, const QStringList &fields)
{
    QStringList parts{foldCase(id)};
    for (const QString &field : fields)
        parts.append(foldCase(field));
    return parts.join(FieldSeparator);
}

} // namespace valara::sandbox
