// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkApply.h"

#include "api/ApiClient.h"
#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/records/RecordEditor.h"

namespace valara {

BulkApply::BulkApply(RecordEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_pause.setSingleShot(true);
    m_pause.setTimerType(Qt::PreciseTimer); // never before the Retry-After
    connect(&m_pause, &QTimer::timeout, this, &BulkApply::sendNext);
    // The next member goes out as soon as an answer frees a connection, before that answer is
    // journaled and put into the model: six connections stay busy.
    connect(editor, &RecordEditor::answered, this, &BulkApply::onAnswered);
    connect(editor, &RecordEditor::saved, this, &BulkApply::onSaved);
    connect(editor, &RecordEditor::failed, this, &BulkApply::onFailed);
    connect(editor, &RecordEditor::replayFinished, this, &BulkApply::onReplayed);
    connect(editor->client(), &ApiClient::retryScheduled, this,
            [this](const QByteArray &, const QString &, int delayMs, const ApiResult &last) {
                if (!m_running || last.httpStatus != 429)
                    return;
                // Every worker waits: the jobs that met it retry after it, no new one starts.
                pause(delayMs);
            });
}

void BulkApply::setConcurrency(int requests)
{
    m_concurrency = qBound(1, requests, MaxConcurrency);
}

void BulkApply::start(const QList<BulkMember> &members)
{
    if (m_running)
        return;
    m_members = members;
    m_index.clear();
    m_queue.clear();
    for (int i = 0; i < m_members.size(); ++i) {
        m_index.insert(m_members.at(i).userId, i);
        if (m_members.at(i).outcome == BulkMember::Outcome::Pending)
            m_queue.append(i);
    }
    m_total = int(m_queue.size());
    m_done = 0;
    m_onWire = 0;
    m_answered.clear();
    m_cancelled = false;
    m_running = true;
    qCInfo(lcModels) << "bulk change of" << m_total << "people," << m_concurrency << "at a time";
    Q_EMIT started();
    Q_EMIT progress(0, m_total);
    sendNext();
    finishIfDone();
}

bool BulkApply::retryFailed()
{
    if (m_running)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).outcome == BulkMember::Outcome::Failed && m_members.at(i).retryable)
            m_queue.append(i);
    }
    if (m_queue.isEmpty())
        return false;
    m_total = int(m_queue.size());
    m_done = 0;
    m_onWire = 0;
    m_answered.clear();
    m_cancelled = false;
    m_running = true;
    Q_EMIT started();
    Q_EMIT progress(0, m_total);
    sendNext();
    return true;
}

void BulkApply::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    for (int index : std::exchange(m_queue, {})) {
        BulkMember &member = m_members[index];
        member.outcome = BulkMember::Outcome::NotSent;
        member.error = tr("Not sent: cancelled.");
        Q_EMIT memberChanged(index);
    }
    finishIfDone();
}

void BulkApply::sendNext()
{
    while (m_running && !m_cancelled && !m_pause.isActive() && !m_queue.isEmpty() &&
           m_onWire < m_concurrency)
        send(m_queue.takeFirst());
}

void BulkApply::send(int index)
{
    BulkMember &member = m_members[index];
    const bool retry = member.outcome == BulkMember::Outcome::Failed;
    member.outcome = BulkMember::Outcome::Sending;
    member.error.clear();
    member.retryable = false;
    m_inFlight.insert(index, true);
    ++m_onWire;
    Q_EMIT memberChanged(index);
    ChangeJournal *journal = m_editor->journal();
    if (retry && journal && journal->isOpen()) {
        // Its original key, once the server is found to hold what it was based on.
        for (const JournalEntry &entry : journal->sending(m_editor->journalUserId(member.userId))) {
            if (m_editor->handles(entry) && m_editor->replay(entry, ChangeReplay::Mode::Send))
                return;
        }
        // Never as a new change with a new key over what the server may hold now (K23, K27).
        member.outcome = BulkMember::Outcome::Failed;
        member.error = tr("Not sent again: the change no longer waits in the journal.");
        settle(index);
        return;
    }
    if (!m_editor->save(member.userId)) {
        member.outcome = BulkMember::Outcome::Failed;
        member.error = tr("Could not be sent: nothing to change, or a request for this person "
                          "is under way.");
        settle(index);
    }
}

void BulkApply::onAnswered(const QString &userId, int httpStatus)
{
    const int index = m_index.value(userId, -1);
    if (index < 0 || !m_inFlight.contains(index) || m_answered.contains(index))
        return;
    m_answered.insert(index);
    --m_onWire;
    if (httpStatus == 429 && m_running)
        pause(FinalRateLimitPauseMs); // the client gave up waiting: nobody else goes now
    sendNext();
}

void BulkApply::pause(int milliseconds)
{
    if (m_pause.isActive() && m_pause.remainingTime() >= milliseconds)
        return;
    qCInfo(lcModels) << "bulk change paused for" << milliseconds << "ms (429)";
    m_pause.start(milliseconds);
    Q_EMIT paused(milliseconds);
}

void BulkApply::onSaved(const QString &userId, const QString &requestId)
{
    const int index = m_index.value(userId, -1);
    if (index < 0 || !m_inFlight.contains(index))
        return;
    BulkMember &member = m_members[index];
    member.outcome = BulkMember::Outcome::Applied;
    member.requestId = requestId;
    settle(index);
}

void BulkApply::onFailed(const QString &userId, const ApiError &error)
{
    const int index = m_index.value(userId, -1);
    if (index < 0 || !m_inFlight.contains(index))
        return;
    BulkMember &member = m_members[index];
    member.httpStatus = error.httpStatus;
    member.requestId = error.requestId;
    member.error = error.message;
    if (error.kind == ApiError::Kind::Forbidden)
        member.outcome = BulkMember::Outcome::Refused;
    else if (error.kind == ApiError::Kind::Validation)
        member.outcome = BulkMember::Outcome::Invalid;
    else
        member.outcome = BulkMember::Outcome::Failed;
    member.retryable = RecordEditor::isUnreachable(error);
    settle(index);
}

void BulkApply::onReplayed(const ReplayResult &result)
{
    const int index = m_index.value(m_editor->rowUserId(result.userId), -1);
    if (index < 0 || !m_inFlight.contains(index) || result.mode != ReplayResult::Mode::Send)
        return;
    BulkMember &member = m_members[index];
    member.requestId = result.requestId;
    member.httpStatus = result.error.httpStatus;
    member.error = result.error.message;
    switch (result.outcome) {
    case ReplayResult::Outcome::Applied:
    case ReplayResult::Outcome::AlreadyApplied:
        member.outcome = BulkMember::Outcome::Applied;
        break;
    case ReplayResult::Outcome::Conflicted:
        member.outcome = BulkMember::Outcome::Failed;
        member.error = tr("Not sent: changed on the server meanwhile.");
        break;
    default:
        member.outcome =
            result.error.kind == ApiError::Kind::Forbidden    ? BulkMember::Outcome::Refused
            : result.error.kind == ApiError::Kind::Validation ? BulkMember::Outcome::Invalid
                                                              : BulkMember::Outcome::Failed;
        member.retryable = RecordEditor::isUnreachable(result.error);
    }
    settle(index);
}

void BulkApply::settle(int index)
{
    if (!m_answered.remove(index))
        --m_onWire; // ended without an answer of its own (a resend, a save not made)
    m_inFlight.remove(index);
    ++m_done;
    Q_EMIT memberChanged(index);
    Q_EMIT progress(m_done, m_total);
    sendNext();
    finishIfDone();
}

void BulkApply::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || (!m_queue.isEmpty() && !m_cancelled))
        return;
    m_running = false;
    m_pause.stop();
    qCInfo(lcModels) << "bulk change done:" << m_done << "of" << m_total;
    Q_EMIT finished();
}

} // namespace valara
