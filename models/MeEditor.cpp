#include "MeEditor.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "MeAccountReader.h"
#include "MeModel.h"
#include "MePreferences.h"
#include "ModelsLogging.h"

MeEditor::MeEditor(ApiClient *client, MeModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
    , m_reader(new MeAccountReader(client, this))
{
    m_model->ensureUser(MeModel::RowId);
    // The result handler first, then the tracking: RecordEditor::track()'s order.
    connect(m_reader, &MeAccountReader::finished, this, &MeEditor::onRead);
    connect(m_reader, &MeAccountReader::requestSent, this,
            [this](ApiJob *job) { track(MeModel::RowId, job); });
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
    m_reader->start(); // busy from its first request (requestSent) until it has finished
}

void MeEditor::onRead(const ApiResult &result)
{
    const QString id = MeModel::RowId;
    if (!result.ok()) {
        Q_EMIT failed(id, explained(result.error));
        return;
    }
    m_model->setServerValues(id, result.value.toObject());
    Q_EMIT loaded(id, result.requestId);
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
