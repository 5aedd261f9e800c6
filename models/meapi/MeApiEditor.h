// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/records/RecordEditor.h"

namespace valara {

class MeApiAccountReader;
class MeApiModel;

// Loads and saves the Me API account's timezone (docs/api-contract.md M1-M13). load() reads it
// with MeApiAccountReader (GET /v1/me, or, where the service offers no GET, an empty PATCH). save()
// sends PATCH /v1/me {"preferences":{"timezone": zone or null}}. Refusals keep the edit: an API
// key's 403 is explained; a 401 asks for a new session (signInRequired), after which
// resumeAfterSignIn() sends the kept edit again.
class MeApiEditor : public RecordEditor
{
    Q_OBJECT

public:
    MeApiEditor(ApiClient *client, MeApiModel *model, QObject *parent = nullptr);

    MeApiModel *model() const { return m_model; }
    // The Me API has one record, the caller's: these hide RecordEditor's per-user forms.
    void load();
    bool save();
    // The session ended (401) while something was being sent or read.
    bool awaitingSignIn() const { return m_awaitingSignIn; }
    // Call once the client has a new session token: reloads, and resends a save that met 401.
    // The caller makes sure the token is the same user's (MeApiPage drops the edit otherwise): an
    // edit made for one account is never sent to another.
    void resumeAfterSignIn();

    // Journal entries name the signed-in user (once read); the model's one row is RowId.
    QString journalUserId(const QString &rowUserId) const override;
    QString rowUserId(const QString &journalUserId) const override;

Q_SIGNALS:
    void signInRequired();

protected:
    QString recordPath(const QString &) const override;
    ResponseShape answerShape() const override;
    QJsonObject requestBody(const QJsonObject &changes) const override;
    ApiJob *sendChanges(const QString &userId, const QJsonObject &changes,
                        const QByteArray &idempotencyKey) override;
    QString journalService() const override;
    ApiError explained(const ApiError &error) const override;

private:
    void onRead(const ApiResult &result);

    MeApiModel *m_model;
    MeApiAccountReader *m_reader;
    bool m_awaitingSignIn = false;
    bool m_resendAfterSignIn = false;
};

} // namespace valara
