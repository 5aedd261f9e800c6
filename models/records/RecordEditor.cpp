// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/records/RecordEditor.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalEntry.h"
#include "models/records/DraftKeeper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace valara {

RecordEditor::RecordEditor(ApiClient *client, EditableRecordsModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_records(model)
{
    Q_ASSERT(client && model);
}

bool RecordEditor::isBusy(const QString &userId) const
{
    return !m_jobs.value(userId).isNull();
}

void RecordEditor::track(const QString &userId, ApiJob *job)
{
    const bool wasBusy = isBusy(userId);
    m_jobs.insert(userId, job);
    if (!wasBusy)
        Q_EMIT busyChanged(userId, true);
    connect(job, &ApiJob::finished, this, [this, userId, job] {
        if (m_jobs.value(userId) != job)
            return; // a follow-up request has taken over
        m_jobs.remove(userId);
        Q_EMIT busyChanged(userId, false);
    });
}

void RecordEditor::setJournal(ChangeJournal *journal)
{
    m_journal = journal;
}

ChangeJournal *RecordEditor::journal() const
{
    return m_journal.data();
}

void RecordEditor::load(const QString &userId)
{
    if (isBusy(userId))
        return;
    m_records->ensureUser(userId);
    ApiJob *job = m_client->get(recordPath(userId), {}, answerShape());
    connect(job, &ApiJob::finished, this, [this, userId](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(userId, explained(result.error));
            return;
        }
        m_records->setServerValues(userId, result.value.toObject());
        Q_EMIT loaded(userId, result.requestId);
    });
    track(userId, job);
}

bool RecordEditor::save(const QString &userId)
{
    const int row = m_records->rowOf(userId);
    if (row < 0 || isBusy(userId) || !m_records->canSave(row))
        return false;
    const EditableRecordsModel::SaveTicket ticket = m_records->beginSave(row);
    qCInfo(lcModels) << "saving" << ticket.sent.keys() << "for" << userId;
    const QByteArray key = ApiClient::newIdempotencyKey();
    const QList<JournalEntry> waiting = waitingChanges(userId);
    const std::optional<qint64> entry =
        journalSending(ticket, key, QByteArrayLiteral("PATCH"), waiting);
    if (entry && !waiting.isEmpty()) {
        queueBehind(ticket, *entry);
        return true;
    }
    ApiJob *job = sendChanges(userId, ticket.sent, key);
    const QPointer<ChangeJournal> journal = m_journal;
    connect(job, &ApiJob::finished, this, [this, ticket, journal, entry](const ApiResult &result) {
        Q_EMIT answered(ticket.userId, result.httpStatus);
        ApiResult answer = result;
        if (journalAnswer(journal, entry, ticket.userId, result))
            answer.error.message += u' ' + tr("The change is kept on this computer and will be "
                                              "sent when the service can be reached.");
        finishSave(ticket, answer);
    });
    track(userId, job);
    return true;
}

// Earlier changes of the record wait to be sent: this one goes out after them, in order, each
// based on the one before (see journalSending()).
void RecordEditor::queueBehind(const EditableRecordsModel::SaveTicket &ticket, qint64 entry)
{
    qCInfo(lcModels) << "change" << entry << "of" << ticket.userId << "waits behind earlier ones";
    QTimer::singleShot(0, this, [this, ticket, entry] {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.message = tr("Not sent yet: earlier changes of this record are waiting to be sent. "
                           "This one is kept on this computer and goes out after them.");
        m_records->failSave(ticket, {});
        Q_EMIT changeWaiting(entry, ticket.userId);
        Q_EMIT failed(ticket.userId, error);
    });
}

void RecordEditor::finishSave(const EditableRecordsModel::SaveTicket &ticket,
                              const ApiResult &result)
{
    if (!result.ok()) {
        const ApiError error = explained(result.error);
        m_records->failSave(ticket, fieldErrorsFor(error, ticket.sent.keys()));
        Q_EMIT failed(ticket.userId, error);
        return;
    }
    m_records->finishSave(ticket, result.value.toObject());
    Q_EMIT saved(ticket.userId, result.requestId);
}

ApiJob *RecordEditor::sendChanges(const QString &userId, const QJsonObject &changes,
                                  const QByteArray &idempotencyKey)
{
    return m_client->patch(recordPath(userId), requestBody(changes), answerShape(), idempotencyKey);
}

QString RecordEditor::journalService() const
{
    return JournalEntry::ServiceValara;
}

std::optional<qint64> RecordEditor::journalSending(const EditableRecordsModel::SaveTicket &ticket,
                                                   const QByteArray &idempotencyKey,
                                                   const QByteArray &method)
{
    return journalSending(ticket, idempotencyKey, method, waitingChanges(ticket.userId));
}

std::optional<qint64> RecordEditor::journalSending(const EditableRecordsModel::SaveTicket &ticket,
                                                   const QByteArray &idempotencyKey,
                                                   const QByteArray &method,
                                                   const QList<JournalEntry> &waiting)
{
    if (!m_journal || !m_journal->isEnabled() || !m_journal->isOpen())
        return std::nullopt;
    JournalEntry entry;
    entry.accountId = m_journal->accountId();
    entry.userId = journalUserId(ticket.userId);
    entry.service = journalService();
    entry.method = method;
    entry.path = recordPath(ticket.userId);
    // Based on what the server holds once the changes of this record still waiting are through
    // (none is on its way: the user is not busy), so that they can go out one after the other.
    QJsonObject basedOn =
        m_records->serverValues(m_records->rowOf(ticket.userId), ticket.sent.keys());
    for (const JournalEntry &earlier : waiting) {
        for (const JournalEntry::Field &field : earlier.fields) {
            if (ticket.sent.contains(field.key))
                basedOn.insert(field.key, field.newValue);
        }
    }
    for (auto it = ticket.sent.begin(); it != ticket.sent.end(); ++it)
        entry.fields.append({it.key(), basedOn.value(it.key()), it.value()});
    entry.idempotencyKey = idempotencyKey;
    entry.state = JournalEntry::State::Sending;
    const qint64 draft = m_draftKeeper ? m_draftKeeper->takeDraft(ticket.userId) : 0;
    const std::optional<qint64> id = m_journal->record(entry, draft);
    if (!id)
        qCWarning(lcModels) << "a save of" << ticket.userId << "is sent unjournaled";
    return id;
}

QList<JournalEntry> RecordEditor::waitingChanges(const QString &userId) const
{
    if (!m_journal || !m_journal->isOpen() || isBusy(userId))
        return {};
    QList<JournalEntry> waiting = m_journal->sending(journalUserId(userId));
    waiting.removeIf([&](const JournalEntry &change) { return !handles(change); });
    return waiting;
}

bool RecordEditor::isUnreachable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
        return error.clientStop == ApiError::ClientStop::None;
    case ApiError::Kind::Server:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

void RecordEditor::setDraftKeeper(DraftKeeper *keeper)
{
    m_draftKeeper = keeper;
}

bool RecordEditor::keepsDraft(qint64 id) const
{
    return m_draftKeeper && m_draftKeeper->keeps(id);
}

bool RecordEditor::handles(const JournalEntry &entry) const
{
    return entry.service == journalService() && entry.path == recordPath(rowUserId(entry.userId));
}

ChangeReplay *RecordEditor::replay(const JournalEntry &entry, ChangeReplay::Mode mode)
{
    if (!handles(entry) || isBusy(rowUserId(entry.userId)))
        return nullptr;
    auto *job = new ChangeReplay(this, entry, mode);
    job->start();
    return job;
}

ApiJob *RecordEditor::resendChanges(const JournalEntry &entry, const QJsonObject &changes,
                                    const ApiResult &)
{
    return m_client->patch(recordPath(entry.userId), requestBody(changes), answerShape(),
                           entry.idempotencyKey);
}

bool RecordEditor::journalAnswer(const QPointer<ChangeJournal> &journal,
                                 std::optional<qint64> entry, const QString &userId,
                                 const ApiResult &result)
{
    if (!entry || !journal)
        return false;
    if (!result.ok() && isUnreachable(result.error)) {
        // Not known to have arrived: it waits, with its key, to be sent again.
        journal->updateState(*entry, JournalEntry::State::Sending, 0, result.error.requestId,
                             tr("Waiting to be sent: %1").arg(explained(result.error).message));
        Q_EMIT changeWaiting(*entry, userId);
        return true;
    }
    const auto state = result.ok() ? JournalEntry::State::Applied : JournalEntry::State::Failed;
    const int status = result.httpStatus ? result.httpStatus : result.error.httpStatus;
    journal->updateState(*entry, state, status, result.requestId,
                         result.ok() ? QString() : explained(result.error).message);
    return false;
}

QString RecordEditor::readable(const QJsonObject &body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
}

QString RecordEditor::savePreview(const QString &userId) const
{
    const int row = m_records->rowOf(userId);
    const QJsonObject changes = m_records->changes(row);
    if (changes.isEmpty())
        return tr("Nothing: no changes.");
    if (m_records->hasErrors(row))
        return tr("Nothing until the marked fields are fixed.");
    return QStringLiteral("PATCH %1\n%2").arg(recordPath(userId), readable(requestBody(changes)));
}

QHash<QString, QString> RecordEditor::fieldErrorsFor(const ApiError &error, const QStringList &sent)
{
    if (!error.fieldErrors.isEmpty())
        return error.fieldErrors;
    QHash<QString, QString> result;
    if (error.kind != ApiError::Kind::Validation || error.message.isEmpty())
        return result;
    // A 400 "Invalid preference value: ..." is a plain message: it belongs to the fields it
    // names, or to the only field sent.
    for (const QString &key : sent) {
        if (error.message.contains(key))
            result.insert(key, error.message);
    }
    if (result.isEmpty() && sent.size() == 1)
        result.insert(sent.constFirst(), error.message);
    return result;
}

} // namespace valara
