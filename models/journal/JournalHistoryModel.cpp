// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalHistoryModel.h"

#include "models/i18n/LanguageChangeWatch.h"
#include "models/i18n/TimeFormat.h"
#include "models/values/JsonValueText.h"

#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalLogging.h"

#include <QLocale>

namespace valara {

JournalHistoryModel::JournalHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    LanguageChangeWatch::announceOnChange(this);
}

void JournalHistoryModel::setJournal(ChangeJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (journal) {
        connect(journal, &ChangeJournal::entriesChanged, this, &JournalHistoryModel::reload);
        // Gone before it was replaced: nothing to list any more.
        connect(journal, &QObject::destroyed, this, &JournalHistoryModel::reload);
    }
    reload();
}

ChangeJournal *JournalHistoryModel::journal() const
{
    return m_journal.data();
}

void JournalHistoryModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalHistoryModel::setCap(int entries)
{
    m_cap = qMax(1, entries);
    reload();
}

void JournalHistoryModel::setAccountLabeller(Labeller labeller)
{
    m_accountLabeller = std::move(labeller);
    refreshLabels();
}

void JournalHistoryModel::setUserLabeller(Labeller labeller)
{
    m_userLabeller = std::move(labeller);
    refreshLabels();
}

void JournalHistoryModel::setFieldLabeller(Labeller labeller)
{
    m_fieldLabeller = std::move(labeller);
    refreshLabels();
}

void JournalHistoryModel::refreshLabels()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, AccountColumn), index(rowCount() - 1, FieldColumn));
}

void JournalHistoryModel::reload()
{
    QList<JournalEntry> entries;
    bool capped = false;
    if (m_journal && m_journal->isOpen()) {
        JournalFilter query = m_filter;
        query.newestFirst = true;
        query.limit = m_cap + 1; // one more than listed tells that there are more
        entries = m_journal->list(query);
        capped = entries.size() > m_cap;
        if (capped)
            entries.resize(m_cap);
    }
    QList<Row> rows;
    for (int e = 0; e < entries.size(); ++e) {
        const QList<JournalEntry::Field> &fields = entries.at(e).fields;
        for (int f = 0; f < fields.size(); ++f) {
            if (m_filter.fieldKey.isEmpty() || fields.at(f).key == m_filter.fieldKey)
                rows.append({e, f});
        }
    }
    beginResetModel();
    m_entries = std::move(entries);
    m_rows = std::move(rows);
    m_capped = capped;
    endResetModel();
    qCDebug(lcJournal) << "history:" << m_rows.size() << "rows of" << m_entries.size() << "entries"
                       << (capped ? "(capped)" : "");
}

const JournalEntry &JournalHistoryModel::entryAt(int row) const
{
    return m_entries.at(m_rows.at(row).entry);
}

const JournalEntry::Field &JournalHistoryModel::fieldAt(int row) const
{
    const Row &at = m_rows.at(row);
    return m_entries.at(at.entry).fields.at(at.field);
}

QString JournalHistoryModel::stateLabel(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Draft:
        return tr("Draft");
    case JournalEntry::State::Sending:
        return tr("Sending");
    case JournalEntry::State::Applied:
        return tr("Applied");
    case JournalEntry::State::Failed:
        return tr("Failed");
    case JournalEntry::State::Conflicted:
        return tr("Conflicted");
    }
    return {};
}

QString JournalHistoryModel::label(const Labeller &labeller, const QString &id)
{
    if (!labeller)
        return id;
    const QString text = labeller(id);
    return text.isEmpty() ? id : text;
}

int JournalHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalHistoryModel::displayText(const JournalEntry &entry,
                                          const JournalEntry::Field &field, int column) const
{
    switch (column) {
    case WhenColumn:
        return TimeFormat().moment(entry.createdAt);
    case AccountColumn:
        return label(m_accountLabeller, entry.accountId);
    case ForColumn:
        return label(m_userLabeller, entry.userId);
    case FieldColumn:
        return label(m_fieldLabeller, field.key);
    case OldValueColumn:
        return JsonValueText::of(field.serverValue);
    case NewValueColumn:
        return JsonValueText::of(field.newValue);
    case ResultColumn:
        return stateLabel(entry.state);
    case RequestIdColumn:
        return entry.requestId;
    }
    return {};
}

QVariant JournalHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = entryAt(index.row());
    const JournalEntry::Field &field = fieldAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, field, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && !entry.error.isEmpty())
            return entry.error;
        if (index.column() == AccountColumn || index.column() == ForColumn)
            return index.column() == ForColumn ? entry.userId : entry.accountId;
        return {};
    case EntryIdRole:
        return entry.id;
    case StateRole:
        return int(entry.state);
    case UserIdRole:
        return entry.userId;
    case FieldKeyRole:
        return field.key;
    case TimestampRole:
        return entry.createdAt;
    case HttpStatusRole:
        return entry.httpStatus;
    case ErrorRole:
        return entry.error;
    }
    return {};
}

QVariant JournalHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString JournalHistoryModel::columnTitle(int column)
{
    switch (column) {
    case WhenColumn:
        return tr("When");
    case AccountColumn:
        return tr("Account");
    case ForColumn:
        return tr("For");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    case ResultColumn:
        return tr("Result");
    case RequestIdColumn:
        return tr("Request ID");
    }
    return {};
}

QHash<int, QByteArray> JournalHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(StateRole, "state");
    names.insert(UserIdRole, "userId");
    names.insert(FieldKeyRole, "fieldKey");
    names.insert(TimestampRole, "timestamp");
    names.insert(HttpStatusRole, "httpStatus");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace valara
