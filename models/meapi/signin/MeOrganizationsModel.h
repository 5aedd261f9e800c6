// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace valara {

// The organizations a signed-in Me API user belongs to (docs/api-contract.md S7), one row each:
// the name to show (Qt::DisplayRole), its id (IdRole). Session tokens are scoped to one of them.
class MeOrganizationsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    struct Organization
    {
        QString id;
        QString name;
    };

    explicit MeOrganizationsModel(QObject *parent = nullptr);

    void setOrganizations(const QList<Organization> &organizations);
    // The row of `id`, or -1.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Organization> m_organizations;
};

} // namespace valara
