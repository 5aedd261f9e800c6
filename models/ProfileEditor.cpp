#include "ProfileEditor.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "ModelsLogging.h"
#include "ProfileModel.h"
#include "ProfileSchema.h"

#include <QStringList>

ProfileEditor::ProfileEditor(ApiClient *client, ProfileModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{}

QString ProfileEditor::recordPath(const QString &userId) const
{
    return QStringLiteral("/api/v1/users/%1").arg(ApiClient::pathSegment(userId));
}

bool ProfileEditor::save(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (!m_model->changesAdminFields(row))
        return RecordEditor::save(userId);
    if (isBusy(userId) || !m_model->canSave(row) || !m_model->callerIsAdmin())
        return false;
    const EditableRecordsModel::SaveTicket ticket = m_model->beginSave(row);
    const QJsonObject base = m_model->serverRecord(row);
    qCInfo(lcModels) << "saving" << ticket.sent.keys() << "for" << userId
                     << "with PUT over a fresh copy";
    ApiJob *job = client()->get(recordPath(userId), {}, answerShape());
    connect(job, &ApiJob::finished, this, [this, ticket, base](const ApiResult &fresh) {
        putWithFreshCopy(ticket, base, fresh);
    });
    track(userId, job);
    return true;
}

void ProfileEditor::putWithFreshCopy(const EditableRecordsModel::SaveTicket &ticket,
                                     const QJsonObject &base, const ApiResult &fresh)
{
    if (!fresh.ok()) {
        Q_EMIT failed(ticket.userId, fresh.error);
        return;
    }
    const QJsonObject current = fresh.value.toObject();
    QStringList changedMeanwhile;
    for (auto it = ticket.sent.begin(); it != ticket.sent.end(); ++it) {
        if (current.value(it.key()) != base.value(it.key()) &&
            current.value(it.key()) != it.value())
            changedMeanwhile.append(ProfileSchema::label(it.key()));
    }
    if (!changedMeanwhile.isEmpty()) {
        // Someone else saved these fields since the form was filled: show their values as the
        // server's, keep the edits, and let the user decide.
        m_model->setServerValues(ticket.userId, current);
        ApiError conflict;
        conflict.kind = ApiError::Kind::Conflict;
        conflict.requestId = fresh.requestId;
        conflict.message = tr("%1 changed on the server after this profile was opened. Your "
                              "edits are kept: check them and save again.")
                               .arg(changedMeanwhile.join(QLatin1String(", ")));
        Q_EMIT failed(ticket.userId, conflict);
        return;
    }
    ApiJob *put = client()->put(recordPath(ticket.userId), fullRepresentation(current, ticket.sent),
                                answerShape());
    connect(put, &ApiJob::finished, this,
            [this, ticket](const ApiResult &result) { finishSave(ticket, result); });
    track(ticket.userId, put);
}

QString ProfileEditor::savePreview(const QString &userId) const
{
    const int row = m_model->rowOf(userId);
    if (!m_model->changesAdminFields(row) || m_model->hasErrors(row))
        return RecordEditor::savePreview(userId);
    return tr("GET %1, then PUT %1: the whole profile as just read, with these changes:\n%2")
        .arg(recordPath(userId), readable(m_model->changes(row)));
}

QJsonObject ProfileEditor::fullRepresentation(const QJsonObject &fresh, const QJsonObject &changes)
{
    QJsonObject body;
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        body.insert(field.key, changes.contains(field.key) ? changes.value(field.key)
                                                           : fresh.value(field.key));
    return body;
}
