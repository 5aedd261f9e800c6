// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/PeopleFilterModel.h"

#include "models/people/UserListModel.h"

namespace valara {

PeopleFilterModel::PeopleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserListModel::SortKeyRole);
}

void PeopleFilterModel::setLocal(bool local, const PeopleQuery &query)
{
    if (local == m_local && (!local || query == m_query))
        return;
    m_local = local;
    m_query = query;
    invalidateFilter();
    if (!local) {
        sort(-1); // the source's order: the service's
        return;
    }
    QString key = query.sort.isEmpty() ? QStringLiteral("name") : query.sort;
    const bool descending = key.startsWith(QLatin1Char('-'));
    if (descending)
        key.remove(0, 1);
    int column = UserListModel::NameColumn;
    for (int c = 0; c < UserListModel::ColumnCount; ++c) {
        if (PeopleQuery::sortKey(c, false) == key)
            column = c;
    }
    sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool PeopleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_local || !m_query.filters())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_query.accepts(row.data(UserListModel::TeamIdRole).toString(),
                           row.data(UserListModel::RoleKeyRole).toString());
}

// The service's order: the column's key, then the name, then the id, both ascending (also after
// a descending key, as the service does; Qt reverses the whole comparison for a descending sort,
// so the ties are reversed with it).
bool PeopleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int byKey =
        QString::compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (byKey != 0)
        return byKey < 0;
    const bool descending = sortOrder() == Qt::DescendingOrder;
    auto tie = [this, &left, &right](int role, int column) {
        return QString::compare(left.siblingAtColumn(column).data(role).toString(),
                                right.siblingAtColumn(column).data(role).toString());
    };
    int byTie = tie(UserListModel::SortKeyRole, UserListModel::NameColumn);
    if (byTie == 0)
        byTie = tie(UserListModel::UserIdRole, UserListModel::NameColumn);
    return descending ? byTie > 0 : byTie < 0;
}

} // namespace valara
