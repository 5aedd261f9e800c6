// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile/ProfileEditor.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Endpoints.h"
#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/profile/ProfileModel.h"
#include "models/profile/ProfileSchema.h"

namespace valara {

ProfileEditor::ProfileEditor(ApiClient *client, ProfileModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{}

QString ProfileEditor::recordPath(const QString &userId) const
{
    return Endpoints::user(userId);
}

bool ProfileEditor::save(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (!m_model->changesAdminFields(row))
        return RecordEditor::save(userId);
    if (isBusy(userId) || !m_model->canSave(row) || !m_model->callerIsAdmin())
        return false;
    const EditableRecordsModel::SaveTicket ticket = m_model->beginSave(row);
    qCInfo(lcModels) << "saving" << ticket.sent.keys() << "for" << userId
                     << "with PUT over a fresh copy";
    readThenPut(ticket, m_model->serverRecord(row), 1);
    return true;
}

void ProfileEditor::readThenPut(const EditableRecordsModel::SaveTicket &ticket,
                                const QJsonObject &base, int attempt)
{
    ApiJob *job = client()->get(recordPath(ticket.userId), {}, answerShape());
    connect(job, &ApiJob::finished, this, [this, ticket, base, attempt](const ApiResult &fresh) {
        putWithFreshCopy(ticket, base, fresh, attempt);
    });
    track(ticket.userId, job);
}

// Compares and sends in the same turn of the event loop as the fresh copy's answer, so the only
// window for someone else's change is the network's; If-Match closes it where the server has
// ETags.
void ProfileEditor::putWithFreshCopy(const EditableRecordsModel::SaveTicket &ticket,
                                     const QJsonObject &base, const ApiResult &fresh, int attempt)
{
    if (!fresh.ok()) {
        Q_EMIT failed(ticket.userId, fresh.error);
        return;
    }
    const QJsonObject current = fresh.value.toObject();
    ProfileConflict conflict = ProfileConflict::between(ticket.userId, base, current, ticket.sent);
    if (!conflict.isEmpty()) {
        // Someone else saved these fields since the form was filled: show their values as the
        // server's, keep the edits, and let the user decide.
        conflict.requestId = fresh.requestId;
        m_model->setServerValues(ticket.userId, current);
        Q_EMIT conflicted(conflict);
        ApiError error;
        error.kind = ApiError::Kind::Conflict;
        error.requestId = fresh.requestId;
        error.message = tr("%1 changed on the server after this profile was opened. Your "
                           "edits are kept: check them and save again.")
                            .arg(conflict.labels().join(QLatin1String(", ")));
        Q_EMIT failed(ticket.userId, error);
        return;
    }
    const QByteArray key = ApiClient::newIdempotencyKey();
    const std::optional<qint64> entry = journalSending(ticket, key, QByteArrayLiteral("PUT"));
    const QPointer<ChangeJournal> journal = this->journal();
    ApiJob *put = client()->put(recordPath(ticket.userId), fullRepresentation(current, ticket.sent),
                                answerShape(), fresh.etag, key);
    connect(put, &ApiJob::finished, this, [=, this](const ApiResult &result) {
        journalAnswer(journal, entry, ticket.userId, result);
        if (result.httpStatus == 412 && attempt < MaxPutAttempts) {
            // Changed between the read and the write: read again and compare.
            qCInfo(lcModels) << "412 on the PUT of" << ticket.userId << ": reading again";
            readThenPut(ticket, base, attempt + 1);
            return;
        }
        finishSave(ticket, result);
    });
    track(ticket.userId, put);
}

void ProfileEditor::useServerValues(const ProfileConflict &conflict)
{
    const int row = m_model->rowOf(conflict.userId);
    for (const ProfileConflict::Field &field : conflict.fields) {
        const QModelIndex cell = m_model->index(row, ProfileModel::columnOf(field.key));
        m_model->setData(cell, cell.data(ProfileModel::ServerValueRole));
    }
}

QString ProfileEditor::savePreview(const QString &userId) const
{
    const int row = m_model->rowOf(userId);
    if (!m_model->changesAdminFields(row) || m_model->hasErrors(row))
        return RecordEditor::savePreview(userId);
    return tr("GET %1, then PUT %1: the whole profile as just read, with these changes:\n%2")
        .arg(recordPath(userId), readable(m_model->changes(row)));
}

ApiJob *ProfileEditor::resendChanges(const JournalEntry &entry, const QJsonObject &changes,
                                     const ApiResult &fresh)
{
    if (entry.method != "PUT")
        return RecordEditor::resendChanges(entry, changes, fresh);
    // As it was first sent: the whole profile as just read, with the changes, guarded by
    // If-Match where the server gives ETags.
    return client()->put(recordPath(entry.userId),
                         fullRepresentation(fresh.value.toObject(), changes), answerShape(),
                         fresh.etag, entry.idempotencyKey);
}

QJsonObject ProfileEditor::fullRepresentation(const QJsonObject &fresh, const QJsonObject &changes)
{
    QJsonObject body;
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        body.insert(field.key, changes.contains(field.key) ? changes.value(field.key)
                                                           : fresh.value(field.key));
    return body;
}

} // namespace valara
