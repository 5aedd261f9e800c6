// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/records/DraftKeeper.h"

#include "api/ApiClient.h"
#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/records/RecordEditor.h"

namespace valara {

DraftKeeper::DraftKeeper(RecordEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    editor->setDraftKeeper(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftKeeper::flush);
    EditableRecordsModel *records = editor->records();
    connect(records, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                schedule(topLeft.row(), bottomRight.row());
            });
    connect(records, &EditableRecordsModel::rowStateChanged, this,
            [this](int row) { schedule(row, row); });
    connect(records, &QAbstractItemModel::modelReset, this,
            [this, records] { schedule(0, records->rowCount() - 1); });
    // What a finished save leaves unsaved (a refusal, a newer edit) becomes the draft.
    connect(editor, &RecordEditor::busyChanged, this, [this](const QString &userId, bool busy) {
        if (!busy) {
            m_pending.insert(userId);
            m_timer.start();
        }
    });
}

DraftKeeper::~DraftKeeper()
{
    flush();
    m_editor->setDraftKeeper(nullptr);
}

void DraftKeeper::setDelay(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void DraftKeeper::schedule(int firstRow, int lastRow)
{
    const EditableRecordsModel *records = m_editor->records();
    for (int row = qMax(0, firstRow); row <= lastRow && row < records->rowCount(); ++row) {
        if (records->hasServerValues(row))
            m_pending.insert(records->userAt(row));
    }
    if (!m_pending.isEmpty())
        m_timer.start();
}

void DraftKeeper::flush()
{
    m_timer.stop();
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QString &userId : pending)
        write(userId);
}

void DraftKeeper::write(const QString &userId)
{
    ChangeJournal *journal = m_editor->journal();
    const EditableRecordsModel *records = m_editor->records();
    const int row = records->rowOf(userId);
    if (!journal || !journal->isEnabled() || !journal->isOpen() || row < 0)
        return;
    const QJsonObject changes = records->changes(row);
    // Values on their way, or waiting to be sent, are the journal's already.
    QJsonObject sending;
    for (const JournalEntry &change : journal->sending(m_editor->journalUserId(userId))) {
        if (change.path == m_editor->changePath(userId)) {
            for (const JournalEntry::Field &field : change.fields)
                sending.insert(field.key, field.newValue);
        }
    }
    const QJsonObject basedOn = records->serverValues(row, changes.keys());
    JournalEntry draft;
    draft.id = m_drafts.value(userId);
    draft.userId = m_editor->journalUserId(userId);
    draft.service = m_editor->service();
    draft.method = QByteArrayLiteral("PATCH");
    draft.path = m_editor->changePath(userId);
    draft.idempotencyKey = ApiClient::newIdempotencyKey();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const auto sent = sending.find(it.key());
        if (sent == sending.end() || *sent != it.value())
            draft.fields.append({it.key(), basedOn.value(it.key()), it.value()});
    }
    if (draft.fields.isEmpty()) {
        if (m_drafts.contains(userId) && journal->removeDraft(m_drafts.take(userId)))
            Q_EMIT draftWritten(userId, 0);
        return;
    }
    if (const std::optional<qint64> id = journal->saveDraft(draft)) {
        m_drafts.insert(userId, *id);
        qCDebug(lcModels) << "draft of" << userId << "holds" << draft.fields.size() << "fields";
        Q_EMIT draftWritten(userId, int(draft.fields.size()));
    }
}

} // namespace valara
