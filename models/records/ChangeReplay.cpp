// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/records/ChangeReplay.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/records/RecordEditor.h"

namespace valara {

ChangeReplay::ChangeReplay(RecordEditor *editor, const JournalEntry &entry, Mode mode)
    : QObject(editor)
    , m_editor(editor)
    , m_journal(editor->journal())
    , m_entry(entry)
    , m_row(editor->rowUserId(entry.userId))
    , m_mode(mode)
{
    m_result.mode = mode;
    m_result.entryId = entry.id;
    m_result.userId = entry.userId;
}

JournalEntry ChangeReplay::revertOf(const JournalEntry &entry)
{
    JournalEntry revert;
    revert.accountId = entry.accountId;
    revert.userId = entry.userId;
    revert.service = entry.service;
    revert.method = entry.method;
    revert.path = entry.path;
    for (const JournalEntry::Field &field : entry.fields)
        revert.fields.append({field.key, field.newValue, field.serverValue});
    revert.idempotencyKey = ApiClient::newIdempotencyKey();
    revert.state = JournalEntry::State::Sending;
    return revert;
}

QList<ReplayResult::Conflict> ChangeReplay::conflictsWith(const QJsonObject &record,
                                                          bool *allNew) const
{
    QList<ReplayResult::Conflict> conflicts;
    *allNew = true;
    for (const JournalEntry::Field &field : m_entry.fields) {
        const QJsonValue server = record.value(field.key);
        *allNew = *allNew && server == field.newValue;
        if (server != field.newValue && server != field.serverValue)
            conflicts.append({field.key, field.serverValue, server, field.newValue});
    }
    return conflicts;
}

void ChangeReplay::start()
{
    static const char *const verbs[] = {"sending again", "restoring", "reverting"};
    qCInfo(lcModels) << verbs[int(m_mode)] << "change" << m_entry.id << "for" << m_entry.userId;
    m_editor->records()->ensureUser(m_row);
    ApiJob *read =
        m_editor->client()->get(m_editor->recordPath(m_row), {}, m_editor->answerShape());
    connect(read, &ApiJob::finished, this, &ChangeReplay::onRead);
    m_editor->track(m_row, read);
}

void ChangeReplay::onRead(const ApiResult &read)
{
    if (!read.ok()) {
        fail(read);
        return;
    }
    EditableRecordsModel *model = m_editor->records();
    model->setServerValues(m_row, read.value.toObject());
    // The fields as the model reads them from the record (where they sit, defaults applied),
    // as the change's values were taken.
    QStringList keys;
    for (const JournalEntry::Field &field : m_entry.fields)
        keys << field.key;
    const QJsonObject record = model->serverValues(model->rowOf(m_row), keys);
    if (m_mode == Mode::Restore) {
        restore(record, read.requestId);
        Q_EMIT m_editor->loaded(m_row, read.requestId);
        return;
    }
    Q_EMIT m_editor->loaded(m_row, read.requestId);
    bool allNew = false;
    const QList<ReplayResult::Conflict> conflicts = conflictsWith(record, &allNew);
    if (allNew) {
        // Applied before the app stopped (or, for a revert, nothing to undo): nothing to send.
        if (m_journal && m_mode == Mode::Send)
            m_journal->updateState(m_entry.id, JournalEntry::State::Applied, read.httpStatus,
                                   read.requestId);
        finish(ReplayResult::Outcome::AlreadyApplied, read.requestId);
        return;
    }
    if (!conflicts.isEmpty()) {
        conflict(conflicts, read);
        return;
    }
    if (m_mode == Mode::Revert && m_journal) {
        // A new change of its own, journaled before it leaves like any save.
        if (const std::optional<qint64> id = m_journal->record(m_entry))
            m_entry.id = m_result.entryId = *id;
    }
    send(read);
}

void ChangeReplay::send(const ApiResult &read)
{
    QJsonObject changes;
    for (const JournalEntry::Field &field : m_entry.fields)
        changes.insert(field.key, field.newValue);
    ApiJob *job = m_editor->resendChanges(m_entry, changes, read);
    connect(job, &ApiJob::finished, this, &ChangeReplay::onSent);
    m_editor->track(m_row, job);
}

void ChangeReplay::onSent(const ApiResult &answer)
{
    if (!answer.ok()) {
        if (answer.error.kind == ApiError::Kind::Conflict && answer.httpStatus == 412) {
            // Changed between the read and the write: the next attempt reads again.
            conflict({}, answer);
            return;
        }
        fail(answer);
        return;
    }
    if (m_journal && m_entry.id)
        m_journal->updateState(m_entry.id, JournalEntry::State::Applied, answer.httpStatus,
                               answer.requestId);
    m_editor->records()->setServerValues(m_row, answer.value.toObject());
    Q_EMIT m_editor->loaded(m_row, answer.requestId);
    finish(ReplayResult::Outcome::Applied, answer.requestId);
}

void ChangeReplay::restore(const QJsonObject &record, const QString &requestId)
{
    EditableRecordsModel *model = m_editor->records();
    const int row = model->rowOf(m_row);
    for (const JournalEntry::Field &field : m_entry.fields) {
        const QJsonValue server = record.value(field.key);
        if (server == field.newValue)
            continue; // the server holds it already
        if (!model->setEditedValue(row, field.key, field.newValue))
            qCWarning(lcModels) << "a draft's" << field.key << "could not be put in the form";
        if (server != field.serverValue)
            m_result.conflicts.append({field.key, field.serverValue, server, field.newValue});
    }
    // The form holds the edits now (and its draft keeper journals them as they stand).
    if (m_journal)
        m_journal->removeDraft(m_entry.id);
    finish(ReplayResult::Outcome::Restored, requestId);
}

void ChangeReplay::conflict(const QList<ReplayResult::Conflict> &conflicts, const ApiResult &read)
{
    m_result.conflicts = conflicts;
    if (m_journal && m_entry.id) {
        const bool keep = m_mode == Mode::Send;
        m_journal->updateState(m_entry.id, JournalEntry::State::Conflicted, read.httpStatus,
                               read.requestId,
                               keep ? tr("Not sent: changed on the server meanwhile. Kept as "
                                         "unsaved changes to check.")
                                    : tr("Not sent: changed on the server meanwhile."));
        if (keep) {
            // A change to send is kept, as unsaved changes to check; a revert is simply not made.
            JournalEntry draft = m_entry;
            draft.id = 0;
            draft.state = JournalEntry::State::Draft;
            draft.idempotencyKey = ApiClient::newIdempotencyKey();
            draft.httpStatus = 0;
            draft.requestId.clear();
            draft.error.clear();
            m_journal->saveDraft(draft);
        }
    }
    finish(ReplayResult::Outcome::Conflicted, read.requestId);
}

void ChangeReplay::fail(const ApiResult &answer)
{
    m_result.error = m_editor->explained(answer.error);
    if (RecordEditor::isUnreachable(answer.error)) {
        if (m_journal && m_entry.id && m_mode != Mode::Restore)
            m_journal->updateState(m_entry.id, JournalEntry::State::Sending, 0,
                                   answer.error.requestId,
                                   tr("Waiting to be sent: %1").arg(m_result.error.message));
        finish(ReplayResult::Outcome::Waiting, answer.error.requestId);
        return;
    }
    if (m_journal && m_entry.id && m_mode != Mode::Restore) {
        const int status = answer.httpStatus ? answer.httpStatus : answer.error.httpStatus;
        m_journal->updateState(m_entry.id, JournalEntry::State::Failed, status,
                               answer.error.requestId, m_result.error.message);
    }
    finish(ReplayResult::Outcome::Failed, answer.error.requestId);
}

void ChangeReplay::finish(ReplayResult::Outcome outcome, const QString &requestId)
{
    m_result.outcome = outcome;
    m_result.requestId = requestId;
    qCInfo(lcModels) << "change" << m_entry.id << "replay outcome" << int(outcome);
    Q_EMIT finished(m_result);
    Q_EMIT m_editor->replayFinished(m_result);
    deleteLater();
}

} // namespace valara
