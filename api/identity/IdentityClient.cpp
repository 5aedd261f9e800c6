// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/identity/IdentityClient.h"

#include "api/ApiLogging.h"

namespace valara {

namespace {

QUrlQuery form(std::initializer_list<std::pair<const char *, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(QString::fromLatin1(key), value);
    return query;
}

} // namespace

IdentityClient::IdentityClient(QNetworkAccessManager *network, const QUrl &frontendApi,
                               QObject *parent)
    : QObject(parent)
    , m_api(network)
{
    m_api.setDialect(ApiClient::Dialect::Identity);
    m_api.setBaseUrl(frontendApi);
}

void IdentityClient::setClientToken(const QByteArray &token)
{
    m_clientToken = token;
    m_api.setBearerToken(token);
}

// Every answer may carry the client token, errors included (S3).
ApiJob *IdentityClient::track(ApiJob *job)
{
    connect(job, &ApiJob::finished, this, [this](const ApiResult &result) {
        const QByteArray token = result.authorization.trimmed();
        if (token.isEmpty() || token == m_clientToken || token == "Bearer")
            return;
        qCInfo(lcApi) << "identity service: new client token";
        setClientToken(token);
        Q_EMIT clientTokenChanged(token);
    });
    return job;
}

QString IdentityClient::signInPath(const QString &signInId, const char *action)
{
    return QStringLiteral("/v1/client/sign_ins/%1/%2")
        .arg(ApiClient::pathSegment(signInId), QLatin1String(action));
}

ApiJob *IdentityClient::signInWithPassword(const QString &identifier, const QString &password)
{
    return track(m_api.postForm(QStringLiteral("/v1/client/sign_ins"),
                                form({{"identifier", identifier},
                                      {"password", password},
                                      {"strategy", QStringLiteral("password")}})));
}

ApiJob *IdentityClient::startSignIn(const QString &identifier)
{
    return track(
        m_api.postForm(QStringLiteral("/v1/client/sign_ins"), form({{"identifier", identifier}})));
}

ApiJob *IdentityClient::sendEmailCode(const QString &signInId, const QString &emailAddressId)
{
    return track(m_api.postForm(
        signInPath(signInId, "prepare_first_factor"),
        form({{"strategy", QStringLiteral("email_code")}, {"email_address_id", emailAddressId}})));
}

ApiJob *IdentityClient::attemptEmailCode(const QString &signInId, const QString &code)
{
    return track(
        m_api.postForm(signInPath(signInId, "attempt_first_factor"),
                       form({{"strategy", QStringLiteral("email_code")}, {"code", code}})));
}

ApiJob *IdentityClient::attemptPassword(const QString &signInId, const QString &password)
{
    return track(
        m_api.postForm(signInPath(signInId, "attempt_first_factor"),
                       form({{"strategy", QStringLiteral("password")}, {"password", password}})));
}

ApiJob *IdentityClient::attemptTotp(const QString &signInId, const QString &code)
{
    return track(m_api.postForm(signInPath(signInId, "attempt_second_factor"),
                                form({{"strategy", QStringLiteral("totp")}, {"code", code}})));
}

ApiJob *IdentityClient::chooseOrganization(const QString &sessionId, const QString &orgId)
{
    return track(m_api.postForm(
        QStringLiteral("/v1/client/sessions/%1/touch").arg(ApiClient::pathSegment(sessionId)),
        form({{"active_organization_id", orgId}, {"intent", QStringLiteral("select_org")}})));
}

ApiJob *IdentityClient::mintToken(const QString &sessionId, const QString &orgId)
{
    QUrlQuery body;
    if (!orgId.isEmpty())
        body.addQueryItem(QStringLiteral("organization_id"), orgId);
    return track(m_api.postForm(
        QStringLiteral("/v1/client/sessions/%1/tokens").arg(ApiClient::pathSegment(sessionId)),
        body));
}

ApiJob *IdentityClient::readClient()
{
    return track(m_api.get(QStringLiteral("/v1/client")));
}

ApiJob *IdentityClient::signOut()
{
    return track(m_api.deleteResource(QStringLiteral("/v1/client/sessions")));
}

} // namespace valara
