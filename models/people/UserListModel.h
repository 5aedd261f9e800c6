#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace valara {

class Caller;

// The users of an account as a table: Name, E-mail, Role, Team. Filled from the user objects of
// GET /api/v1/users (snake_case, see docs/api-contract.md). Read-only.
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
        UserObjectRole,                // QJsonObject: the user object as received
        RoleKeyRole,                   // QString: admin, broker, photographer or agent
    };
    Q_ENUM(Roles)

    explicit UserListModel(QObject *parent = nullptr);

    // Replaces every row. Entries that are not objects with a non-empty "id" are skipped.
    void setUsers(const QJsonArray &users);
    void clear();

    QJsonObject userAt(int row) const;
    // -1 when absent.
    int rowOfUser(const QString &userId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString name;
        QString email;
        QString role;
        QString team;
        QJsonObject object;
    };
    static Row rowFromUser(const Caller &user, const QJsonObject &object);
    QString teamText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace valara
