// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/records/EditableRecordsModel.h"

#include "models/ModelsLogging.h"
#include "models/i18n/LanguageChangeWatch.h"

namespace valara {

EditableRecordsModel::EditableRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    LanguageChangeWatch::announceOnChange(this);
}

int EditableRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EditableRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fieldCount();
}

int EditableRecordsModel::columnOfKey(const QString &key) const
{
    for (int column = 0; column < fieldCount(); ++column) {
        if (fieldKey(column) == key)
            return column;
    }
    return -1;
}

QJsonValue EditableRecordsModel::serverValueOf(int column, const QJsonObject &record) const
{
    return record.value(fieldKey(column));
}

QJsonValue EditableRecordsModel::fromForm(int, const QVariant &input) const
{
    return QJsonValue::fromVariant(input);
}

QVariant EditableRecordsModel::toForm(int, const QJsonValue &value) const
{
    if (value.isBool())
        return value.toBool();
    return value.toString(); // null and undefined read as empty text
}

QString EditableRecordsModel::warning(int, const QJsonValue &) const
{
    return {};
}

QJsonValue EditableRecordsModel::wireValue(int, const QJsonValue &edited) const
{
    return edited;
}

QString EditableRecordsModel::lockReason(int, int) const
{
    return {};
}

bool EditableRecordsModel::changed(const Row &row, int column) const
{
    const Cell &cell = row.cells.at(column);
    return row.loaded && cell.edited != cell.server &&
           wireValue(column, cell.edited) != cell.server;
}

QString EditableRecordsModel::problemOf(const Row &row, int column) const
{
    if (changed(row, column)) {
        const QString local = problem(column, row.cells.at(column).edited);
        if (!local.isEmpty())
            return local;
    }
    return row.cells.at(column).serverError;
}

QVariant EditableRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const Cell &cell = row.cells.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case EditedValueRole:
        return toForm(column, cell.edited);
    case ServerValueRole:
        return toForm(column, cell.server);
    case DirtyRole:
        return changed(row, column);
    case ErrorRole:
    case Qt::ToolTipRole:
        return problemOf(row, column);
    case WarningRole:
        return changed(row, column) && problemOf(row, column).isEmpty()
                   ? warning(column, cell.edited)
                   : QString();
    case LockReasonRole:
        return row.loaded ? lockReason(index.row(), column) : QString();
    case UserIdRole:
        return row.userId;
    case FieldKeyRole:
        return fieldKey(column);
    default:
        return {};
    }
}

bool EditableRecordsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    if (!row.loaded)
        return false; // nothing to edit before the server's values are known
    const int column = index.column();
    Cell &cell = row.cells[column];
    const QJsonValue edited = fromForm(column, value);
    if (edited == cell.edited)
        return true;
    if (!lockReason(index.row(), column).isEmpty()) {
        qCDebug(lcModels) << "refused an edit of locked field" << fieldKey(column);
        return false;
    }
    cell.edited = edited;
    cell.editGeneration = ++m_generation;
    cell.serverError.clear();
    Q_EMIT dataChanged(index, index);
    Q_EMIT rowStateChanged(index.row());
    return true;
}

Qt::ItemFlags EditableRecordsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_rows.at(index.row()).loaded && lockReason(index.row(), index.column()).isEmpty())
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant EditableRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < fieldCount() ? QVariant(fieldLabel(section)) : QVariant();
    return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).userId)
                                                   : QVariant();
}

QHash<int, QByteArray> EditableRecordsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServerValueRole, "serverValue");
    names.insert(EditedValueRole, "editedValue");
    names.insert(DirtyRole, "dirty");
    names.insert(ErrorRole, "error");
    names.insert(UserIdRole, "userId");
    names.insert(FieldKeyRole, "fieldKey");
    names.insert(WarningRole, "warning");
    names.insert(LockReasonRole, "lockReason");
    return names;
}

int EditableRecordsModel::rowOf(const QString &userId) const
{
    return m_rowOf.value(userId, -1);
}

int EditableRecordsModel::ensureUser(const QString &userId)
{
    const int existing = rowOf(userId);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{userId, QList<Cell>(fieldCount()), {}, false});
    m_rowOf.insert(userId, row);
    endInsertRows();
    return row;
}

QString EditableRecordsModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : QString();
}

bool EditableRecordsModel::hasServerValues(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).loaded;
}

QJsonObject EditableRecordsModel::serverRecord(int row) const
{
    return hasServerValues(row) ? m_rows.at(row).record : QJsonObject();
}

QJsonObject EditableRecordsModel::serverValues(int row, const QStringList &keys) const
{
    QJsonObject values;
    if (row < 0 || row >= m_rows.size())
        return values;
    for (const QString &key : keys) {
        const int column = columnOfKey(key);
        if (column >= 0 && !m_rows.at(row).cells.at(column).server.isUndefined())
            values.insert(key, m_rows.at(row).cells.at(column).server);
    }
    return values;
}

void EditableRecordsModel::setServerValues(const QString &userId, const QJsonObject &record)
{
    const int rowIndex = ensureUser(userId);
    Row &row = m_rows[rowIndex];
    for (int column = 0; column < row.cells.size(); ++column) {
        const bool edited = changed(row, column);
        Cell &cell = row.cells[column];
        cell.server = serverValueOf(column, record);
        if (!edited)
            cell.edited = cell.server;
    }
    row.record = record;
    row.loaded = true;
    emitRowChanged(rowIndex);
}

bool EditableRecordsModel::setEditedValue(int row, const QString &key, const QJsonValue &value)
{
    const int column = columnOfKey(key);
    if (row < 0 || row >= rowCount() || column < 0)
        return false;
    return setData(index(row, column), toForm(column, value));
}

QJsonObject EditableRecordsModel::changes(int row) const
{
    QJsonObject body;
    if (!hasServerValues(row))
        return body;
    const Row &r = m_rows.at(row);
    for (int column = 0; column < r.cells.size(); ++column) {
        if (changed(r, column))
            body.insert(fieldKey(column), wireValue(column, r.cells.at(column).edited));
    }
    return body;
}

QJsonObject EditableRecordsModel::formValues(int row, const QStringList &keys) const
{
    QJsonObject values;
    if (!hasServerValues(row))
        return values;
    const Row &r = m_rows.at(row);
    for (const QString &key : keys) {
        const int column = columnOfKey(key);
        if (column >= 0)
            values.insert(key, wireValue(column, r.cells.at(column).edited));
    }
    return values;
}

bool EditableRecordsModel::isDirty(int row) const
{
    return !changes(row).isEmpty();
}

bool EditableRecordsModel::hasErrors(int row) const
{
    if (!hasServerValues(row))
        return false;
    for (int column = 0; column < columnCount(); ++column) {
        if (!problemOf(m_rows.at(row), column).isEmpty())
            return true;
    }
    return false;
}

void EditableRecordsModel::revertRow(int row)
{
    if (!hasServerValues(row))
        return;
    // Reverted fields follow the server again, also through the answer to a save still under
    // way: that answer is what the server now holds, while the value shown before it is stale.
    for (Cell &cell : m_rows[row].cells) {
        cell.edited = cell.server;
        cell.editGeneration = NotEdited;
        cell.serverError.clear();
    }
    emitRowChanged(row);
}

EditableRecordsModel::SaveTicket EditableRecordsModel::beginSave(int row)
{
    return SaveTicket{userAt(row), changes(row), m_generation};
}

void EditableRecordsModel::finishSave(const SaveTicket &ticket, const QJsonObject &record)
{
    const int rowIndex = rowOf(ticket.userId);
    if (rowIndex < 0)
        return;
    Row &row = m_rows[rowIndex];
    for (int column = 0; column < row.cells.size(); ++column) {
        Cell &cell = row.cells[column];
        cell.server = serverValueOf(column, record);
        cell.serverError.clear();
        if (cell.editGeneration <= ticket.generation)
            cell.edited = cell.server; // the form shows the server's answer
        else
            qCDebug(lcModels) << "kept a newer edit of" << fieldKey(column)
                              << "over the save's answer";
    }
    row.record = record;
    row.loaded = true;
    emitRowChanged(rowIndex);
}

void EditableRecordsModel::failSave(const SaveTicket &ticket,
                                    const QHash<QString, QString> &fieldErrors)
{
    const int rowIndex = rowOf(ticket.userId);
    if (rowIndex < 0)
        return;
    QHash<QString, QString> current;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        const int column = columnOfKey(it.key());
        if (column < 0)
            continue;
        const QJsonValue held = wireValue(column, m_rows.at(rowIndex).cells.at(column).edited);
        if (ticket.sent.contains(it.key()) && ticket.sent.value(it.key()) != held)
            qCDebug(lcModels) << "dropped a refusal of" << it.key() << "changed since it was sent";
        else
            current.insert(it.key(), it.value());
    }
    setServerErrors(ticket.userId, current);
}

void EditableRecordsModel::setServerErrors(const QString &userId,
                                           const QHash<QString, QString> &fieldErrors)
{
    const int rowIndex = rowOf(userId);
    if (rowIndex < 0)
        return;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        const int column = columnOfKey(it.key());
        if (column >= 0)
            m_rows[rowIndex].cells[column].serverError = it.value();
    }
    emitRowChanged(rowIndex);
}

void EditableRecordsModel::refreshAll()
{
    for (int row = 0; row < m_rows.size(); ++row)
        emitRowChanged(row);
}

void EditableRecordsModel::emitRowChanged(int row)
{
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT rowStateChanged(row);
}

} // namespace valara
