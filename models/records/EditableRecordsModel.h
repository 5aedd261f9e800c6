// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace valara {

// Records a user edits in a form, as a table: one row per user, one column per field of a schema
// (subclasses say which). Holds, per field, what the server last said and what the user edited,
// with dirty, error, warning and lock state. changes() holds only the fields whose value to send
// differs from the server's, and the answer to a save never overwrites an edit made after that
// save was sent.
class EditableRecordsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ServerValueRole = Qt::UserRole + 1, // the value the server last returned (form type)
        EditedValueRole,                    // the value in the form (form type)
        DirtyRole,                          // bool: the value to send differs from the server's
        ErrorRole,                          // QString: local or server problem, empty if none
        UserIdRole,                         // QString
        FieldKeyRole,                       // QString: the column's wire name
        WarningRole,                        // QString: worth knowing, never blocks a save
        LockReasonRole,                     // QString: why the field cannot be edited, or empty
    };

    // What a save sent, to match its answer against later edits.
    struct SaveTicket
    {
        QString userId;
        QJsonObject sent;
        quint64 generation = 0;
    };

    explicit EditableRecordsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int columnOfKey(const QString &fieldKey) const;
    // The row of a user, added (without values yet) when absent.
    int ensureUser(const QString &userId);
    int rowOf(const QString &userId) const;
    QString userAt(int row) const;
    bool hasServerValues(int row) const;

    // The server's record for a user (a GET answer): fields the user has not edited follow it;
    // edits are kept.
    void setServerValues(const QString &userId, const QJsonObject &record);
    // The server's record as last received (every field, as sent by the server).
    QJsonObject serverRecord(int row) const;
    // What the server last held for these fields, as it sent them (a field it did not send is
    // absent): what a change of them is based on.
    QJsonObject serverValues(int row, const QStringList &keys) const;
    // Puts a value (as sent, JSON) into the form as the user's edit of a field, as if typed:
    // false when the row has no server values yet, the key is unknown or the field is locked.
    bool setEditedValue(int row, const QString &fieldKey, const QJsonValue &value);
    // Only the changed fields, with the values to send.
    QJsonObject changes(int row) const;
    // The form's values of these fields as they would be sent, changed or not (a bulk change's
    // values, typed into a row of its own).
    QJsonObject formValues(int row, const QStringList &keys) const;
    bool isDirty(int row) const;
    bool hasErrors(int row) const;
    bool canSave(int row) const { return isDirty(row) && !hasErrors(row); }
    // Every field back to the server's value, following the server from then on: the answer to a
    // save sent before the revert updates them (it never brings back what they held before it).
    void revertRow(int row);

    SaveTicket beginSave(int row);
    // The answer to a save: the new server values; a field edited again since the save keeps the
    // newer edit.
    void finishSave(const SaveTicket &ticket, const QJsonObject &record);
    // The server refused the save: field messages land on their fields; the edits stay.
    void setServerErrors(const QString &userId, const QHash<QString, QString> &fieldErrors);
    // The server refused the save of `ticket`: as setServerErrors(), except on a sent field that
    // no longer holds what was sent (edited or reverted since): no message about a value it has
    // not any more.
    void failSave(const SaveTicket &ticket, const QHash<QString, QString> &fieldErrors);

Q_SIGNALS:
    void rowStateChanged(int row); // dirty, error or lock state of a row changed

protected:
    virtual int fieldCount() const = 0;
    virtual QString fieldKey(int column) const = 0;
    virtual QString fieldLabel(int column) const = 0;
    // The server's value of a field in a record (defaults applied where the service has them).
    virtual QJsonValue serverValueOf(int column, const QJsonObject &record) const;
    // A form's input as the JSON value it stands for.
    virtual QJsonValue fromForm(int column, const QVariant &input) const;
    // A JSON value as the form shows it (text fields never get an invalid QVariant).
    virtual QVariant toForm(int column, const QJsonValue &value) const;
    virtual QString problem(int column, const QJsonValue &edited) const = 0;
    virtual QString warning(int column, const QJsonValue &edited) const;
    // What is sent for an edited value (normalised); compared with the server's value.
    virtual QJsonValue wireValue(int column, const QJsonValue &edited) const;
    virtual QString lockReason(int row, int column) const;

    // Subclasses call this when lock reasons or the rules behind problems change.
    void refreshAll();

private:
    struct Cell
    {
        QJsonValue server;
        QJsonValue edited;
        QString serverError;
        quint64 editGeneration = 0; // when the user last edited this field, or NotEdited
    };
    static constexpr quint64 NotEdited = 0; // follows the server's values and answers
    struct Row
    {
        QString userId;
        QList<Cell> cells;
        QJsonObject record;
        bool loaded = false;
    };

    bool changed(const Row &row, int column) const;
    QString problemOf(const Row &row, int column) const;
    void emitRowChanged(int row);

    QList<Row> m_rows;
    // Rows are only ever added: a user's row, without a scan (a bulk change asks for each of
    // thousands several times).
    QHash<QString, int> m_rowOf;
    quint64 m_generation = 0;
};

} // namespace valara
