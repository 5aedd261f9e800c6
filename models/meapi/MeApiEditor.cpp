// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/MeApiEditor.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "models/ModelsLogging.h"
#include "models/journal/JournalEntry.h"
#include "models/meapi/MeApiAccountReader.h"
#include "models/meapi/MeApiModel.h"
#include "models/meapi/MeApiPreferences.h"

namespace valara {

MeApiEditor::MeApiEditor(ApiClient *client, MeApiModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
    , m_reader(new MeApiAccountReader(client, this))
{
    m_model->ensureUser(MeApiModel::RowId);
    // The result handler first, then the tracking: RecordEditor::track()'s order.
    connect(m_reader, &MeApiAccountReader::finished, this, &MeApiEditor::onRead);
    connect(m_reader, &MeApiAccountReader::requestSent, this,
            [this](ApiJob *job) { track(MeApiModel::RowId, job); });
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

QString MeApiEditor::recordPath(const QString &) const
{
    return MeApiPreferences::path();
}

QJsonObject MeApiEditor::requestBody(const QJsonObject &changes) const
{
    return MeApiPreferences::patchBody(changes.value(QLatin1String("timezone")));
}

ApiJob *MeApiEditor::sendChanges(const QString &userId, const QJsonObject &changes,
                                 const QByteArray &idempotencyKey)
{
    // A save that meets 401 is sent again once the user has signed in again.
    m_resendAfterSignIn = true;
    return RecordEditor::sendChanges(userId, changes, idempotencyKey);
}

QString MeApiEditor::journalUserId(const QString &rowUserId) const
{
    const QString me = m_model->userId();
    return me.isEmpty() ? rowUserId : me;
}

QString MeApiEditor::rowUserId(const QString &) const
{
    return MeApiModel::RowId;
}

QString MeApiEditor::journalService() const
{
    return JournalEntry::ServiceMeApi;
}

ResponseShape MeApiEditor::answerShape() const
{
    return MeApiPreferences::answerShape();
}

ApiError MeApiEditor::explained(const ApiError &error) const
{
    return MeApiPreferences::explained(error);
}

void MeApiEditor::load()
{
    const QString id = MeApiModel::RowId;
    if (isBusy(id))
        return;
    m_reader->start(); // busy from its first request (requestSent) until it has finished
}

void MeApiEditor::onRead(const ApiResult &result)
{
    const QString id = MeApiModel::RowId;
    if (!result.ok()) {
        Q_EMIT failed(id, explained(result.error));
        return;
    }
    m_model->setServerValues(id, result.value.toObject());
    Q_EMIT loaded(id, result.requestId);
}

bool MeApiEditor::save()
{
    return RecordEditor::save(MeApiModel::RowId);
}

void MeApiEditor::resumeAfterSignIn()
{
    m_awaitingSignIn = false;
    if (m_resendAfterSignIn && m_model->canSave(m_model->meRow())) {
        qCInfo(lcModels) << "sending the kept timezone edit again after signing in";
        save();
        return;
    }
    load();
}

} // namespace valara
