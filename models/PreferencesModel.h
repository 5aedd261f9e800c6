#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Users' Valara preferences (seed 000) as a table: one row per user, one column per
// PreferenceSchema field. Holds what the server last said and what the user edited, per field,
// with dirty and error state. The PATCH body holds only the changed fields, and an answer to a
// save never overwrites an edit made after that save was sent.
class PreferencesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ServerValueRole = Qt::UserRole + 1, // QString: the value the server last returned
        EditedValueRole,                    // QString: the value in the form
        DirtyRole,                          // bool: edited differs from the server's value
        ErrorRole,                          // QString: local or server problem, empty if none
        UserIdRole,                         // QString
        FieldKeyRole,                       // QString: the column's wire name
    };

    // What a save sent, to match its answer against later edits.
    struct SaveTicket
    {
        QString userId;
        QJsonObject sent;
        quint64 generation = 0;
    };

    explicit PreferencesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static int columnOf(const QString &fieldKey);
    static QString fieldAt(int column);
    // The row of a user, added (without values yet) when absent.
    int ensureUser(const QString &userId);
    int rowOf(const QString &userId) const;
    QString userAt(int row) const;
    bool hasServerValues(int row) const;

    // The server's preferences for a user (a GET answer): fields the user has not edited follow
    // them; edits are kept.
    void setServerValues(const QString &userId, const QJsonObject &preferences);
    // Only the edited fields, as the PATCH body.
    QJsonObject changes(int row) const;
    bool isDirty(int row) const;
    bool hasErrors(int row) const;
    bool canSave(int row) const { return isDirty(row) && !hasErrors(row); }
    void revert(int row);

    SaveTicket beginSave(int row);
    // The answer to a save: the new server values; a field edited again since the save keeps the
    // newer edit.
    void finishSave(const SaveTicket &ticket, const QJsonObject &preferences);
    // The server refused the save: field messages land on their fields; the edits stay.
    void setServerErrors(const QString &userId, const QHash<QString, QString> &fieldErrors);

Q_SIGNALS:
    void rowStateChanged(int row); // dirty or error state of a row changed

private:
    struct Cell
    {
        QString server;
        QString edited;
        QString serverError;
        quint64 editGeneration = 0; // when the user last edited this field
    };
    struct Row
    {
        QString userId;
        QList<Cell> cells;
        bool loaded = false;
    };

    QString problemOf(const Row &row, int column) const;

    QList<Row> m_rows;
    quint64 m_generation = 0;
};
