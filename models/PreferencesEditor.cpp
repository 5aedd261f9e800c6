#include "PreferencesEditor.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "ModelsLogging.h"
#include "PreferencesModel.h"

#include <QJsonObject>

namespace {

QString preferencesPath(const QString &userId)
{
    return QStringLiteral("/api/v1/users/%1/preferences").arg(ApiClient::pathSegment(userId));
}

} // namespace

PreferencesEditor::PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    Q_ASSERT(client && model);
}

bool PreferencesEditor::isBusy(const QString &userId) const
{
    return !m_jobs.value(userId).isNull();
}

void PreferencesEditor::track(const QString &userId, ApiJob *job)
{
    m_jobs.insert(userId, job);
    Q_EMIT busyChanged(userId, true);
    connect(job, &ApiJob::finished, this, [this, userId] {
        m_jobs.remove(userId);
        Q_EMIT busyChanged(userId, false);
    });
}

void PreferencesEditor::load(const QString &userId)
{
    if (isBusy(userId))
        return;
    m_model->ensureUser(userId);
    ApiJob *job = m_client->get(preferencesPath(userId));
    connect(job, &ApiJob::finished, this, [this, userId](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(userId, result.error);
            return;
        }
        m_model->setServerValues(userId, result.value.toObject());
        Q_EMIT loaded(userId, result.requestId);
    });
    track(userId, job);
}

bool PreferencesEditor::save(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0 || isBusy(userId) || !m_model->canSave(row))
        return false;
    const PreferencesModel::SaveTicket ticket = m_model->beginSave(row);
    qCInfo(lcModels) << "saving" << ticket.sent.keys() << "for" << userId;
    ApiJob *job = m_client->patch(preferencesPath(userId), ticket.sent);
    connect(job, &ApiJob::finished, this, [this, ticket](const ApiResult &result) {
        if (!result.ok()) {
            m_model->setServerErrors(ticket.userId,
                                     fieldErrorsFor(result.error, ticket.sent.keys()));
            Q_EMIT failed(ticket.userId, result.error);
            return;
        }
        m_model->finishSave(ticket, result.value.toObject());
        Q_EMIT saved(ticket.userId, result.requestId);
    });
    track(userId, job);
    return true;
}

QHash<QString, QString> PreferencesEditor::fieldErrorsFor(const ApiError &error,
                                                          const QStringList &sent)
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
