// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkPreview.h"

#include "models/ModelsLogging.h"
#include "models/records/RecordEditor.h"

namespace valara {

BulkPreview::BulkPreview(RecordEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    connect(editor, &RecordEditor::loaded, this,
            [this](const QString &userId) { onLoaded(userId); });
    connect(
        editor, &RecordEditor::failed, this,
        [this](const QString &userId, const ApiError &error) { onFailed(userId, error.message); });
}

void BulkPreview::setConcurrency(int requests)
{
    m_concurrency = qBound(1, requests, MaxConcurrency);
}

void BulkPreview::start(const QStringList &userIds, const QJsonObject &values,
                        const MayChange &mayChange)
{
    m_values = values;
    m_members.clear();
    m_index.clear();
    m_toRead.clear();
    m_reading.clear();
    m_read = 0;
    for (const QString &userId : userIds) {
        if (m_index.contains(userId))
            continue; // one change per person
        BulkMember member;
        member.userId = userId;
        if (!mayChange(userId)) {
            member.outcome = BulkMember::Outcome::Forbidden;
            member.error = tr("You may not change this person's settings.");
        } else {
            m_toRead.append(int(m_members.size()));
        }
        m_index.insert(userId, int(m_members.size()));
        m_members.append(member);
    }
    m_total = int(m_toRead.size());
    m_running = true;
    qCInfo(lcModels) << "bulk preview of" << m_members.size() << "people," << m_total << "to read";
    Q_EMIT progress(0, m_total);
    readNext();
}

void BulkPreview::cancel()
{
    m_toRead.clear();
    settle();
}

void BulkPreview::readNext()
{
    while (m_running && !m_toRead.isEmpty() && m_reading.size() < m_concurrency) {
        const BulkMember &member = m_members.at(m_toRead.takeFirst());
        m_reading.insert(member.userId, true);
        m_editor->load(member.userId);
    }
    settle();
}

void BulkPreview::onLoaded(const QString &userId)
{
    if (!m_reading.remove(userId))
        return; // not one of ours
    BulkMember &member = m_members[m_index.value(userId)];
    EditableRecordsModel *model = m_editor->records();
    const int row = model->rowOf(userId);
    model->revertRow(row); // from the server's values, whatever an earlier run left
    QStringList problems;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        model->setEditedValue(row, it.key(), it.value());
        const QString problem = model->index(row, model->columnOfKey(it.key()))
                                    .data(EditableRecordsModel::ErrorRole)
                                    .toString();
        if (!problem.isEmpty())
            problems << problem;
    }
    member.changes = model->changes(row);
    member.current = model->serverValues(row, m_values.keys());
    if (!problems.isEmpty()) {
        member.outcome = BulkMember::Outcome::Invalid;
        member.error = problems.join(u' ');
    } else if (member.changes.isEmpty()) {
        member.outcome = BulkMember::Outcome::NoChange;
    }
    ++m_read;
    Q_EMIT progress(m_read, m_total);
    readNext();
}

void BulkPreview::onFailed(const QString &userId, const QString &message)
{
    if (!m_reading.remove(userId))
        return;
    BulkMember &member = m_members[m_index.value(userId)];
    member.outcome = BulkMember::Outcome::Unreadable;
    member.error = message;
    ++m_read;
    Q_EMIT progress(m_read, m_total);
    readNext();
}

void BulkPreview::settle()
{
    if (!m_running || !m_reading.isEmpty() || !m_toRead.isEmpty())
        return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace valara
