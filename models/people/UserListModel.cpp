#include "models/people/UserListModel.h"

#include "models/ModelsLogging.h"
#include "models/caller/Caller.h"

namespace valara {

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

UserListModel::Row UserListModel::rowFromUser(const Caller &user, const QJsonObject &object)
{
    return {user.id(), user.displayName(), user.email(), user.roleKey(), user.teamId(), object};
}

void UserListModel::setUsers(const QJsonArray &users)
{
    QList<Row> rows;
    rows.reserve(users.size());
    int skipped = 0;
    for (const QJsonValue &value : users) {
        const QJsonObject object = value.toObject();
        const std::optional<Caller> user = Caller::fromUser(object);
        if (!value.isObject() || !user) {
            ++skipped;
            continue;
        }
        rows.append(rowFromUser(*user, object));
    }
    if (skipped > 0)
        qCWarning(lcModels) << "skipped" << skipped << "user entries without an id";
    qCDebug(lcModels) << "user list:" << rows.size() << "users";

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void UserListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QJsonObject UserListModel::userAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).object;
}

int UserListModel::rowOfUser(const QString &userId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == userId)
            return int(i);
    }
    return -1;
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
    case UserIdRole:
        return row.id;
    case UserObjectRole:
        return row.object;
    case RoleKeyRole:
        return row.role;
    default:
        return {};
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
    names.insert(UserObjectRole, QByteArrayLiteral("userObject"));
    names.insert(RoleKeyRole, QByteArrayLiteral("roleKey"));
    return names;
}

QString UserListModel::teamText(const Row &row) const
{
    return row.team.isEmpty() ? tr("No team") : row.team;
}

} // namespace valara
