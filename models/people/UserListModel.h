// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace valara {

class PeopleSelection;

// The users of an account as a table: Name, E-mail, Role, Team. Filled from the user objects of
// GET /api/v1/users (snake_case, see docs/api-contract.md) a page at a time: the first page of a
// query replaces the rows (one reset), later pages are appended (rows inserted). Rows keep only
// what the table shows, so tens of thousands stay small. With a PeopleSelection, the Name column
// has a check box per row (Qt::CheckStateRole) read from and written to the selection, so it
// survives the rows changing. Read-only otherwise.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        EmailColumn,
        RoleColumn,
        TeamColumn,
        ColumnCount
    };
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1, // QString: the user's id
        RoleKeyRole,                   // QString: admin, broker, photographer or agent
        TeamIdRole,                    // QString: the team id, empty for none
        SortKeyRole, // QString: what the column is ordered by, as the service orders it
    };
    Q_ENUM(Roles)

    explicit UserListModel(QObject *parent = nullptr);

    // Check boxes in the Name column follow `selection` (not owned); null for none.
    void setSelection(PeopleSelection *selection);

    // Replaces every row. Entries that are not objects with a non-empty "id" are skipped.
    void setUsers(const QJsonArray &users);
    // Adds rows at the end; users already listed (a page that moved on the service) are skipped.
    void appendUsers(const QJsonArray &users);
    void clear();

    // -1 when absent.
    int rowOfUser(const QString &userId) const { return m_rowOf.value(userId, -1); }
    QString userIdAt(int row) const;
    // The team of a listed user; empty when they have none or are not listed.
    QString teamOfUser(const QString &userId) const;
    // Every team id seen in any row since the model was made, sorted.
    QStringList teamsSeen() const;

    // Whether the service has more rows than loaded; fetchMore() then asks for them.
    void setMoreAvailable(bool more) { m_more = more; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A view scrolled to the end (fetchMore): the directory loads the next page.
    void moreRequested();
    void teamsSeenChanged();

private:
    struct Row
    {
        QString id;
        QString name;
        QString email;
        QString role;
        QString team;
    };
    QList<Row> rowsFrom(const QJsonArray &users, const QHash<QString, int> &listed);
    void indexRows(qsizetype from);
    void onSelectionChanged(const QStringList &userIds);
    QString teamText(const Row &row) const;
    QVariant sortKey(const Row &row, int column) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_teamsSeen;
    QPointer<PeopleSelection> m_selection;
    bool m_more = false;
};

} // namespace valara
