#include "PreferencesModel.h"

#include "ModelsLogging.h"
#include "PreferenceSchema.h"

PreferencesModel::PreferencesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PreferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(PreferenceSchema::fields().size());
}

int PreferencesModel::columnOf(const QString &fieldKey)
{
    return int(PreferenceSchema::keys().indexOf(fieldKey));
}

QString PreferencesModel::fieldAt(int column)
{
    const auto &fields = PreferenceSchema::fields();
    return column >= 0 && column < fields.size() ? fields.at(column).key : QString();
}

QString PreferencesModel::problemOf(const Row &row, int column) const
{
    if (!row.loaded)
        return {};
    const Cell &cell = row.cells.at(column);
    if (cell.edited != cell.server) {
        const QString local = PreferenceSchema::problem(fieldAt(column), cell.edited);
        if (!local.isEmpty())
            return local;
    }
    return cell.serverError;
}

QVariant PreferencesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case EditedValueRole:
        return cell.edited;
    case ServerValueRole:
        return cell.server;
    case DirtyRole:
        return row.loaded && cell.edited != cell.server;
    case ErrorRole:
    case Qt::ToolTipRole:
        return problemOf(row, index.column());
    case UserIdRole:
        return row.userId;
    case FieldKeyRole:
        return fieldAt(index.column());
    default:
        return {};
    }
}

bool PreferencesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Row &row = m_rows[index.row()];
    if (!row.loaded)
        return false; // nothing to edit before the server's values are known
    Cell &cell = row.cells[index.column()];
    const QString text = value.toString();
    if (text == cell.edited)
        return true;
    cell.edited = text;
    cell.editGeneration = ++m_generation;
    cell.serverError.clear();
    Q_EMIT dataChanged(index, index);
    Q_EMIT rowStateChanged(index.row());
    return true;
}

Qt::ItemFlags PreferencesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_rows.at(index.row()).loaded)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant PreferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return PreferenceSchema::label(fieldAt(section));
    return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).userId)
                                                   : QVariant();
}

QHash<int, QByteArray> PreferencesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServerValueRole, "serverValue");
    names.insert(EditedValueRole, "editedValue");
    names.insert(DirtyRole, "dirty");
    names.insert(ErrorRole, "error");
    names.insert(UserIdRole, "userId");
    names.insert(FieldKeyRole, "fieldKey");
    return names;
}

int PreferencesModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).userId == userId)
            return i;
    }
    return -1;
}

int PreferencesModel::ensureUser(const QString &userId)
{
    const int existing = rowOf(userId);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{userId, QList<Cell>(columnCount()), false});
    endInsertRows();
    return row;
}

QString PreferencesModel::userAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).userId : QString();
}

bool PreferencesModel::hasServerValues(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).loaded;
}

void PreferencesModel::setServerValues(const QString &userId, const QJsonObject &preferences)
{
    const int rowIndex = ensureUser(userId);
    Row &row = m_rows[rowIndex];
    const QJsonObject defaults = PreferenceSchema::defaults();
    for (int column = 0; column < row.cells.size(); ++column) {
        const QString key = fieldAt(column);
        Cell &cell = row.cells[column];
        const bool edited = row.loaded && cell.edited != cell.server;
        cell.server = preferences.value(key).toString(defaults.value(key).toString());
        if (!edited)
            cell.edited = cell.server;
    }
    row.loaded = true;
    Q_EMIT dataChanged(index(rowIndex, 0), index(rowIndex, columnCount() - 1));
    Q_EMIT rowStateChanged(rowIndex);
}

QJsonObject PreferencesModel::changes(int row) const
{
    QJsonObject body;
    if (!hasServerValues(row))
        return body;
    const Row &r = m_rows.at(row);
    for (int column = 0; column < r.cells.size(); ++column) {
        if (r.cells.at(column).edited != r.cells.at(column).server)
            body.insert(fieldAt(column), r.cells.at(column).edited);
    }
    return body;
}

bool PreferencesModel::isDirty(int row) const
{
    return !changes(row).isEmpty();
}

bool PreferencesModel::hasErrors(int row) const
{
    if (!hasServerValues(row))
        return false;
    for (int column = 0; column < columnCount(); ++column) {
        if (!problemOf(m_rows.at(row), column).isEmpty())
            return true;
    }
    return false;
}

void PreferencesModel::revert(int row)
{
    if (!hasServerValues(row))
        return;
    for (Cell &cell : m_rows[row].cells) {
        cell.edited = cell.server;
        cell.serverError.clear();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    Q_EMIT rowStateChanged(row);
}

PreferencesModel::SaveTicket PreferencesModel::beginSave(int row)
{
    return SaveTicket{userAt(row), changes(row), m_generation};
}

void PreferencesModel::finishSave(const SaveTicket &ticket, const QJsonObject &preferences)
{
    const int rowIndex = rowOf(ticket.userId);
    if (rowIndex < 0)
        return;
    Row &row = m_rows[rowIndex];
    const QJsonObject defaults = PreferenceSchema::defaults();
    for (int column = 0; column < row.cells.size(); ++column) {
        const QString key = fieldAt(column);
        Cell &cell = row.cells[column];
        cell.server = preferences.value(key).toString(defaults.value(key).toString());
        cell.serverError.clear();
        if (cell.editGeneration <= ticket.generation)
            cell.edited = cell.server; // the form shows the server's answer
        else
            qCDebug(lcModels) << "kept a newer edit of" << key << "over the save's answer";
    }
    Q_EMIT dataChanged(index(rowIndex, 0), index(rowIndex, columnCount() - 1));
    Q_EMIT rowStateChanged(rowIndex);
}

void PreferencesModel::setServerErrors(const QString &userId,
                                       const QHash<QString, QString> &fieldErrors)
{
    const int rowIndex = rowOf(userId);
    if (rowIndex < 0)
        return;
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        const int column = columnOf(it.key());
        if (column >= 0)
            m_rows[rowIndex].cells[column].serverError = it.value();
    }
    Q_EMIT dataChanged(index(rowIndex, 0), index(rowIndex, columnCount() - 1));
    Q_EMIT rowStateChanged(rowIndex);
}
