// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QObject>

class QNetworkAccessManager;

namespace valara {

// The Me API's identity service, as its native SDKs call it (docs/api-contract.md S1-S9), through
// an ApiClient in Dialect::Identity: the one place its requests are built. Holds the client
// token in memory only; every answer that carries a new one replaces it and is reported
// (clientTokenChanged) for the keychain. Answers are the service's JSON: {"response": …,
// "client": …}, or {"object": "token", "jwt": …} for a session token.
class IdentityClient : public QObject
{
    Q_OBJECT

public:
    // `frontendApi` from the publishable key (PublishableKey::frontendApiUrl()).
    IdentityClient(QNetworkAccessManager *network, const QUrl &frontendApi,
                   QObject *parent = nullptr);

    // Where the service is (from a publishable key entered later).
    void setFrontendApi(const QUrl &frontendApi) { m_api.setBaseUrl(frontendApi); }
    QUrl frontendApi() const { return m_api.baseUrl(); }
    void setClientToken(const QByteArray &token);
    QByteArray clientToken() const { return m_clientToken; }
    bool hasClientToken() const { return !m_clientToken.isEmpty(); }
    // Its deadlines, retries and caps (tests shorten them).
    ApiClient *api() { return &m_api; }

    // S4: identifier and password in one step.
    ApiJob *signInWithPassword(const QString &identifier, const QString &password);
    // S4, S5: identifier only (needs_first_factor), then an e-mail code sent and typed.
    ApiJob *startSignIn(const QString &identifier);
    ApiJob *sendEmailCode(const QString &signInId, const QString &emailAddressId);
    ApiJob *attemptEmailCode(const QString &signInId, const QString &code);
    ApiJob *attemptPassword(const QString &signInId, const QString &password);
    ApiJob *attemptTotp(const QString &signInId, const QString &code);
    // S7: the organization the session's tokens are for.
    ApiJob *chooseOrganization(const QString &sessionId, const QString &orgId);
    // S6: a session token; `orgId` empty for the session's own organization.
    ApiJob *mintToken(const QString &sessionId, const QString &orgId = {});
    ApiJob *readClient();
    // S8: every session of this client ends; the client token stays.
    ApiJob *signOut();

Q_SIGNALS:
    void clientTokenChanged(const QByteArray &token);

private:
    ApiJob *track(ApiJob *job);
    static QString signInPath(const QString &signInId, const char *action);

    ApiClient m_api;
    QByteArray m_clientToken;
};

} // namespace valara
