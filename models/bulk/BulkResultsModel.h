// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkMember.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <functional>

class QIODevice;

namespace valara {

class BulkApply;

// The people of a bulk change as a table: the preview (setMembers()) and then each member's
// result as BulkApply reports it (attach()). Updates are gathered and told in one dataChanged()
// per short interval, so a thousand answers do not repaint a thousand times.
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        ChangesColumn,
        ResultColumn,
        StatusColumn,
        RequestIdColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1,
        OutcomeRole // int: BulkMember::Outcome
    };
    using Labeller = std::function<QString(const QString &)>;
    static constexpr int DefaultBatchMs = 100;

    explicit BulkResultsModel(QObject *parent = nullptr);

    // People's names and fields' labels (their ids and keys by default).
    void setUserLabeller(Labeller labeller);
    void setFieldLabeller(Labeller labeller);
    void setBatchInterval(int milliseconds);

    // The preview's members, or any list to show.
    void setMembers(const QList<BulkMember> &members);
    // Follows a run: its members when it starts, and each one's result as it comes.
    void attach(BulkApply *apply);
    const QList<BulkMember> &members() const { return m_members; }
    // How many members have each outcome.
    int count(BulkMember::Outcome outcome) const;
    // How many failed with an outcome unknown, to be sent again with their keys.
    int retryableCount() const;

    // What people read for an outcome ("Applied", "No change", "Refused (403)"...).
    static QString outcomeText(BulkMember::Outcome outcome);
    // The rows as CSV (see CsvWriter: BOM, formula-safe), headers first. False, with why in
    // *error, when the device could not be written.
    bool exportCsv(QIODevice *device, QString *error) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString changesText(const BulkMember &member) const;
    QString cellText(const BulkMember &member, int column) const;
    void flush();

    QList<BulkMember> m_members;
    QPointer<BulkApply> m_apply;
    Labeller m_userLabel;
    Labeller m_fieldLabel;
    QTimer m_batch;
    int m_firstDirty = -1;
    int m_lastDirty = -1;
};

} // namespace valara
