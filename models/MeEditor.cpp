#include "MeEditor.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "MeModel.h"
#include "MePreferences.h"
#include "ModelsLogging.h"

MeEditor::MeEditor(ApiClient *client, MeModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{
    m_model->ensureUser(MeModel::RowId);
    connect(this, &RecordEditor::failed, this, [this](const QString &, const ApiError &error) {
        if (error.kind != ApiError::Kind::Unauthorized) {
            m_resendAfterSignIn = false; // refused for good: the edit stays, unsent
            return;
        }
        m_awaitingSignIn = true;
        Q_EMIT signInRequired();
    });
    connect(this, &RecordEditor::saved, this, [this] { m_resendAfterSignIn = false; });
}

QString MeEditor::recordPath(const QString &) const
{
    return MePreferences::path();
}

QJsonObject MeEditor::requestBody(const QJsonObject &changes) const
{
    return MePreferences::patchBody(changes.value(QLatin1String("timezone")));
}

ApiJob *MeEditor::sendChanges(const QString &userId, const QJsonObject &changes)
{
    // A save that meets 401 is sent again once the user has signed in again.
    m_resendAfterSignIn = true;
    return RecordEditor::sendChanges(userId, changes);
}

ResponseShape MeEditor::answerShape() const
{
    return MePreferences::answerShape();
}

ApiError MeEditor::explained(const ApiError &error) const
{
    return MePreferences::explained(error);
}

void MeEditor::load()
{
    const QString id = MeModel::RowId;
    if (isBusy(id))
        return;
    ApiJob *job = client()->get(MePreferences::path(), {}, answerShape());
    connect(job, &ApiJob::finished, this, [this, id](const ApiResult &result) {
        if (result.ok()) {
            m_model->setServerValues(id, result.value.toObject());
            Q_EMIT loaded(id, result.requestId);
        } else if (MePreferences::needsPatchFallback(result.error)) {
            qCInfo(lcModels) << "GET /v1/me not offered: reading with an empty PATCH";
            loadWithEmptyPatch();
        } else {
            Q_EMIT failed(id, explained(result.error));
        }
    });
    track(id, job);
}

void MeEditor::loadWithEmptyPatch()
{
    const QString id = MeModel::RowId;
    ApiJob *job = client()->patch(MePreferences::path(), QJsonObject(), answerShape());
    connect(job, &ApiJob::finished, this, [this, id](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT failed(id, explained(result.error));
            return;
        }
        m_model->setServerValues(id, result.value.toObject());
        Q_EMIT loaded(id, result.requestId);
    });
    track(id, job);
}

bool MeEditor::save()
{
    return RecordEditor::save(MeModel::RowId);
}

void MeEditor::resumeAfterSignIn()
{
    m_awaitingSignIn = false;
    if (m_resendAfterSignIn && m_model->canSave(m_model->meRow())) {
        qCInfo(lcModels) << "sending the kept timezone edit again after signing in";
        save();
        return;
    }
    load();
}
