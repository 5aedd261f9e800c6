// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/signin/MeOrganizationsModel.h"

namespace valara {

MeOrganizationsModel::MeOrganizationsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void MeOrganizationsModel::setOrganizations(const QList<Organization> &organizations)
{
    beginResetModel();
    m_organizations = organizations;
    endResetModel();
}

int MeOrganizationsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_organizations.size(); ++row) {
        if (m_organizations.at(row).id == id)
            return row;
    }
    return -1;
}

QString MeOrganizationsModel::idAt(int row) const
{
    return row >= 0 && row < m_organizations.size() ? m_organizations.at(row).id : QString();
}

int MeOrganizationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

QVariant MeOrganizationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &organization = m_organizations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return organization.name.isEmpty() ? organization.id : organization.name;
    case Qt::ToolTipRole:
    case IdRole:
        return organization.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> MeOrganizationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "organizationId");
    return names;
}

} // namespace valara
