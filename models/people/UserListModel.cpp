// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/UserListModel.h"

#include "models/ModelsLogging.h"
#include "models/caller/Caller.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/people/PeopleSelection.h"

#include <QJsonObject>

namespace valara {

namespace {
// Past this many changed ids, the whole column is reported changed at once.
constexpr qsizetype MaxRowsReportedOneByOne = 64;
} // namespace

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    LanguageChangeWatch::announceOnChange(this);
}

void UserListModel::setSelection(PeopleSelection *selection)
{
    beginResetModel();
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (selection)
        connect(selection, &PeopleSelection::changed, this, &UserListModel::onSelectionChanged);
    endResetModel();
}

QList<UserListModel::Row> UserListModel::rowsFrom(const QJsonArray &users,
                                                  const QHash<QString, int> &listed)
{
    QList<Row> rows;
    rows.reserve(users.size());
    QSet<QString> ids;
    int skipped = 0;
    bool newTeam = false;
    for (const QJsonValue &value : users) {
        const std::optional<Caller> user = Caller::fromUser(value.toObject());
        if (!value.isObject() || !user) {
            ++skipped;
            continue;
        }
        if (listed.contains(user->id()) || ids.contains(user->id()))
            continue;
        ids.insert(user->id());
        rows.append(
            {user->id(), user->displayName(), user->email(), user->roleKey(), user->teamId()});
        if (!user->teamId().isEmpty() && !m_teamsSeen.contains(user->teamId())) {
            m_teamsSeen.insert(user->teamId());
            newTeam = true;
        }
    }
    if (skipped > 0)
        qCWarning(lcModels) << "skipped" << skipped << "user entries without an id";
    if (newTeam)
        Q_EMIT teamsSeenChanged();
    return rows;
}

void UserListModel::indexRows(qsizetype from)
{
    for (qsizetype i = from; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, int(i));
}

void UserListModel::setUsers(const QJsonArray &users)
{
    QList<Row> rows = rowsFrom(users, {});
    qCDebug(lcModels) << "user list:" << rows.size() << "users";
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOf.clear();
    indexRows(0);
    endResetModel();
}

void UserListModel::appendUsers(const QJsonArray &users)
{
    QList<Row> rows = rowsFrom(users, m_rowOf);
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    indexRows(first);
    endInsertRows();
    qCDebug(lcModels) << "user list:" << m_rows.size() << "users";
}

void UserListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    endResetModel();
}

QString UserListModel::userIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString UserListModel::teamOfUser(const QString &userId) const
{
    const int row = rowOfUser(userId);
    return row < 0 ? QString() : m_rows.at(row).team;
}

QStringList UserListModel::teamsSeen() const
{
    QStringList teams(m_teamsSeen.cbegin(), m_teamsSeen.cend());
    teams.sort();
    return teams;
}

bool UserListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void UserListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        Q_EMIT moreRequested();
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case EmailColumn:
            return row.email;
        case RoleColumn:
            return Caller::roleDisplayName(row.role);
        case TeamColumn:
            return role == Qt::DisplayRole ? row.team : teamText(row);
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() != NameColumn || !m_selection)
            return {};
        return m_selection->isSelected(row.id) ? Qt::Checked : Qt::Unchecked;
    case UserIdRole:
        return row.id;
    case RoleKeyRole:
        return row.role;
    case TeamIdRole:
        return row.team;
    case SortKeyRole:
        return sortKey(row, index.column());
    default:
        return {};
    }
}

bool UserListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_selection || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    // The selection reports the change, and onSelectionChanged() the row.
    m_selection->setSelected(m_rows.at(index.row()).id,
                             value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags UserListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn && m_selection)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void UserListModel::onSelectionChanged(const QStringList &userIds)
{
    if (m_rows.isEmpty())
        return;
    if (userIds.isEmpty() || userIds.size() > MaxRowsReportedOneByOne) {
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole});
        return;
    }
    for (const QString &id : userIds) {
        const int row = rowOfUser(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn),
                               {Qt::CheckStateRole});
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    default:
        return {};
    }
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(UserIdRole, QByteArrayLiteral("userId"));
    names.insert(RoleKeyRole, QByteArrayLiteral("roleKey"));
    names.insert(TeamIdRole, QByteArrayLiteral("teamId"));
    names.insert(SortKeyRole, QByteArrayLiteral("sortKey"));
    return names;
}

QString UserListModel::teamText(const Row &row) const
{
    return row.team.isEmpty() ? tr("No team") : row.team;
}

// As the service orders (the user list's `sort`): names and e-mails case-insensitively, roles
// and team ids as spelled.
QVariant UserListModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name.toCaseFolded();
    case EmailColumn:
        return row.email.toCaseFolded();
    case RoleColumn:
        return row.role;
    case TeamColumn:
        return row.team;
    default:
        return {};
    }
}

} // namespace valara
