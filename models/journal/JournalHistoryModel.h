// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"
#include "models/journal/JournalFilter.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace valara {

class ChangeJournal;

// The History: the changes made from this computer, as the change journal kept them, newest first,
// one row per changed field (an entry of three fields is three rows, each carrying the entry's id).
// The filter is the journal's own query (JournalFilter, in SQL); with a field key only that field's
// rows are shown. At most cap() entries are read: isCapped() says when there were more.
//
// The journal is not owned and may be null (off, or it could not be opened): the model is then
// empty. It reloads when the journal's entries change and on reload().
class JournalHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        AccountColumn,
        ForColumn,
        FieldColumn,
        OldValueColumn,
        NewValueColumn,
        ResultColumn,
        RequestIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        EntryIdRole = Qt::UserRole + 1, // qint64: the journal entry's id (same on all its rows)
        StateRole,                      // JournalEntry::State, as an int
        UserIdRole,                     // QString: whose record the change is for
        FieldKeyRole,                   // QString: the field's key
        TimestampRole,                  // QDateTime (UTC): when the change was recorded
        HttpStatusRole,                 // int: the answer's status, 0 before an answer
        ErrorRole                       // QString: what went wrong, for people
    };
    Q_ENUM(Roles)

    // Turns an id (user, field key, account id) into a text for people.
    using Labeller = std::function<QString(const QString &id)>;

    static constexpr int DefaultCap = 5000;

    explicit JournalHistoryModel(QObject *parent = nullptr);

    void setJournal(ChangeJournal *journal);
    ChangeJournal *journal() const;
    // Criteria of the list; its limit is ignored (see setCap()).
    void setFilter(const JournalFilter &filter);
    JournalFilter filter() const { return m_filter; }
    // The newest `entries` entries at most are read.
    void setCap(int entries);
    int cap() const { return m_cap; }
    // True when the journal holds more matching entries than are listed.
    bool isCapped() const { return m_capped; }

    // Each defaults to the id itself. Setting one refreshes the texts.
    void setAccountLabeller(Labeller labeller);
    void setUserLabeller(Labeller labeller);
    void setFieldLabeller(Labeller labeller);
    // Names changed (the people list loaded): the texts are shown again.
    void refreshLabels();

    // Reads the journal again.
    void reload();

    int entryCount() const { return int(m_entries.size()); }
    // The entry a row belongs to (row must be valid).
    const JournalEntry &entryAt(int row) const;
    const JournalEntry::Field &fieldAt(int row) const;

    // A column's title ("When", "Old value"...), translated.
    static QString columnTitle(int column);
    // "Applied", "Failed"...: a state as people read it (translated).
    static QString stateLabel(JournalEntry::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        int entry;
        int field;
    };
    QVariant displayText(const JournalEntry &entry, const JournalEntry::Field &field,
                         int column) const;
    static QString label(const Labeller &labeller, const QString &id);

    QPointer<ChangeJournal> m_journal;
    JournalFilter m_filter;
    int m_cap = DefaultCap;
    bool m_capped = false;
    QList<JournalEntry> m_entries;
    QList<Row> m_rows;
    Labeller m_accountLabeller;
    Labeller m_userLabeller;
    Labeller m_fieldLabeller;
};

} // namespace valara
