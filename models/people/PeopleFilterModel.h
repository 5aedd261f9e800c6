// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/people/PeopleQuery.h"

#include <QSortFilterProxyModel>

namespace valara {

// The people list as shown: the UserListModel's rows as they are when the service sorted and
// filtered them, or sorted and filtered here, over what is loaded, when the service did not
// (its answer did not echo `sort`, `team` and `role`, docs/api-contract.md). Fetching more rows
// is passed on to the source.
class PeopleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PeopleFilterModel(QObject *parent = nullptr);

    // Sorts and filters the loaded rows by `query` when `local`, otherwise shows them as loaded.
    void setLocal(bool local, const PeopleQuery &query);
    bool isLocal() const { return m_local; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_local = false;
    PeopleQuery m_query;
};

} // namespace valara
