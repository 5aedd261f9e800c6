// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkResultsModel.h"

#include <algorithm>

#include "models/bulk/BulkApply.h"
#include "models/export/CsvWriter.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/values/JsonValueText.h"

namespace valara {

BulkResultsModel::BulkResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(DefaultBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &BulkResultsModel::flush);
    LanguageChangeWatch::announceOnChange(this);
}

void BulkResultsModel::setUserLabeller(Labeller labeller)
{
    m_userLabel = std::move(labeller);
}

void BulkResultsModel::setFieldLabeller(Labeller labeller)
{
    m_fieldLabel = std::move(labeller);
}

void BulkResultsModel::setBatchInterval(int milliseconds)
{
    m_batch.setInterval(qMax(0, milliseconds));
}

void BulkResultsModel::setMembers(const QList<BulkMember> &members)
{
    beginResetModel();
    m_members = members;
    m_firstDirty = m_lastDirty = -1;
    m_batch.stop();
    endResetModel();
}

void BulkResultsModel::attach(BulkApply *apply)
{
    if (m_apply)
        disconnect(m_apply, nullptr, this, nullptr);
    m_apply = apply;
    connect(apply, &BulkApply::started, this, [this] { setMembers(m_apply->members()); });
    connect(apply, &BulkApply::memberChanged, this, [this](int index) {
        if (index < 0 || index >= m_members.size() || index >= m_apply->members().size())
            return;
        m_members[index] = m_apply->members().at(index);
        m_firstDirty = m_firstDirty < 0 ? index : qMin(m_firstDirty, index);
        m_lastDirty = qMax(m_lastDirty, index);
        if (!m_batch.isActive())
            m_batch.start();
    });
    connect(apply, &BulkApply::finished, this, &BulkResultsModel::flush);
    setMembers(apply->members());
}

void BulkResultsModel::flush()
{
    m_batch.stop();
    if (m_firstDirty < 0)
        return;
    const int first = std::exchange(m_firstDirty, -1);
    const int last = std::exchange(m_lastDirty, -1);
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int BulkResultsModel::retryableCount() const
{
    return int(std::count_if(m_members.cbegin(), m_members.cend(), [](const BulkMember &member) {
        return member.outcome == BulkMember::Outcome::Failed && member.retryable;
    }));
}

int BulkResultsModel::count(BulkMember::Outcome outcome) const
{
    return int(std::count_if(m_members.cbegin(), m_members.cend(),
                             [outcome](const BulkMember &m) { return m.outcome == outcome; }));
}

QString BulkResultsModel::outcomeText(BulkMember::Outcome outcome)
{
    using Outcome = BulkMember::Outcome;
    switch (outcome) {
    case Outcome::Pending:
        return tr("To send");
    case Outcome::NoChange:
        return tr("No change");
    case Outcome::Forbidden:
        return tr("Not yours to change");
    case Outcome::Unreadable:
        return tr("Could not be read");
    case Outcome::Sending:
        return tr("Sending…");
    case Outcome::Applied:
        return tr("Applied");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::Invalid:
        return tr("Invalid");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NotSent:
        return tr("Not sent");
    }
    return {};
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BulkResultsModel::changesText(const BulkMember &member) const
{
    QStringList parts;
    for (auto it = member.changes.begin(); it != member.changes.end(); ++it) {
        const QString label = m_fieldLabel ? m_fieldLabel(it.key()) : it.key();
        const QString value = JsonValueText::of(it.value());
        parts << (member.current.contains(it.key())
                      ? tr("%1: %2 → %3")
                            .arg(label, JsonValueText::of(member.current.value(it.key())), value)
                      : tr("%1: %2").arg(label, value));
    }
    if (parts.isEmpty() && member.outcome == BulkMember::Outcome::NoChange) {
        // Nothing to send: what they already hold.
        for (auto it = member.current.begin(); it != member.current.end(); ++it) {
            const QString label = m_fieldLabel ? m_fieldLabel(it.key()) : it.key();
            parts << tr("%1: %2 already").arg(label, JsonValueText::of(it.value()));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString BulkResultsModel::cellText(const BulkMember &member, int column) const
{
    switch (column) {
    case PersonColumn: {
        const QString name = m_userLabel ? m_userLabel(member.userId) : QString();
        return name.isEmpty() ? member.userId : name;
    }
    case ChangesColumn:
        return changesText(member);
    case ResultColumn:
        return outcomeText(member.outcome);
    case StatusColumn:
        return member.httpStatus ? QString::number(member.httpStatus) : QString();
    case RequestIdColumn:
        return member.requestId;
    case ErrorColumn:
        return member.error;
    default:
        return {};
    }
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BulkMember &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(member, index.column());
    case Qt::ToolTipRole: // the whole text where a column cuts it short
        if (index.column() == ResultColumn)
            return member.error;
        if (index.column() == ChangesColumn || index.column() == ErrorColumn)
            return cellText(member, index.column());
        return {};
    case UserIdRole:
        return member.userId;
    case OutcomeRole:
        return int(member.outcome);
    default:
        return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Person");
    case ChangesColumn:
        return tr("Change");
    case ResultColumn:
        return tr("Result");
    case StatusColumn:
        return tr("HTTP status");
    case RequestIdColumn:
        return tr("Request ID");
    case ErrorColumn:
        return tr("Message");
    default:
        return {};
    }
}

bool BulkResultsModel::exportCsv(QIODevice *device, QString *error) const
{
    CsvWriter csv(device);
    QStringList header{tr("User ID")};
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    csv.writeRow(header);
    for (const BulkMember &member : m_members) {
        QStringList row{member.userId};
        for (int column = 0; column < ColumnCount; ++column)
            row << cellText(member, column);
        csv.writeRow(row);
    }
    if (!csv.finish()) {
        *error = csv.errorString();
        return false;
    }
    return true;
}

} // namespace valara
