// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caller/ConnectionTester.h"

#include "api/ApiClient.h"
#include "api/http/ServiceUrls.h"
#include "api/session/SessionTokenInfo.h"
#include "models/ModelsLogging.h"
#include "models/caller/CallerLookup.h"
#include "models/meapi/MeApiAccountReader.h"
#include "models/meapi/MeApiPreferences.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

namespace valara {

namespace {

// "https://valara.cloud", "http://127.0.0.1:8080/base": the address as people typed it.
QString addressText(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::StripTrailingSlash)
        .toDisplayString();
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

bool ConnectionTester::looksLikeSessionToken(const QByteArray &secret)
{
    const QByteArray text = secret.trimmed();
    return text.startsWith("eyJ") && text.count('.') == 2;
}

void ConnectionTester::test(Account::Kind kind, const QUrl &baseUrl, const QByteArray &secret)
{
    cancel();
    m_busy = true;
    const QByteArray token = secret.trimmed();
    qCInfo(lcModels).noquote() << "testing a" << Account::kindName(kind) << "account at"
                               << addressText(baseUrl);

    QString refusal;
    if (!ApiClient::isAllowedBaseUrl(baseUrl, &refusal)) {
        refuse(refusal);
        return;
    }
    if (token.isEmpty()) {
        refuse(kind == Account::Kind::Valara ? tr("Enter the API key.")
                                             : tr("Paste the session token."));
        return;
    }

    if (kind == Account::Kind::Valara && looksLikeSessionToken(token)) {
        refuse(tr("This looks like a session token: choose a Me API account, or use an API "
                  "key."));
        return;
    }
    if (kind == Account::Kind::MeApi) {
        if (const QString problem = sessionTokenProblem(token); !problem.isEmpty()) {
            refuse(problem);
            return;
        }
    }

    m_client = new ApiClient(m_network, this);
    m_client->setBaseUrl(baseUrl);
    m_client->setBearerToken(token);
    // Both belong to the client, which the end of the test deletes (cancelling what is left).
    const quint64 generation = m_generation;
    if (kind == Account::Kind::Valara) {
        auto *lookup = new CallerLookup(m_client, m_client);
        connect(lookup, &CallerLookup::finished, this,
                [this, generation, baseUrl, lookup](const ApiResult &result) {
                    if (generation == m_generation)
                        onValaraAnswer(baseUrl, result, lookup->caller());
                });
        lookup->start();
    } else {
        auto *reader = new MeApiAccountReader(m_client, m_client);
        connect(reader, &MeApiAccountReader::finished, this,
                [this, generation, baseUrl](const ApiResult &result) {
                    if (generation == m_generation)
                        onMeAnswer(baseUrl, result);
                });
        reader->start();
    }
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_busy = false;
    dropClient();
}

QString ConnectionTester::sessionTokenProblem(const QByteArray &token)
{
    return SessionTokenInfo::decode(token).problemAt(QDateTime::currentDateTimeUtc());
}

void ConnectionTester::onValaraAnswer(const QUrl &baseUrl, const ApiResult &result,
                                      const Caller &caller)
{
    if (!result.ok()) {
        finish(false, {}, explainedFailure(Account::Kind::Valara, baseUrl, result.error));
        return;
    }
    Account account;
    account.kind = Account::Kind::Valara;
    account.baseUrl = Account::normalizedBaseUrl(ServiceUrls::canonical(baseUrl));
    account.userId = caller.id();
    account.role = caller.roleKey();
    account.displayName = caller.displayName();
    finish(true, account, {});
}

void ConnectionTester::onMeAnswer(const QUrl &baseUrl, const ApiResult &result)
{
    if (!result.ok()) {
        finish(false, {}, explainedFailure(Account::Kind::MeApi, baseUrl, result.error));
        return;
    }
    const QJsonObject me = result.value.toObject();
    const QString userId = me.value(QLatin1String("user_id")).toString();
    const QString orgId = me.value(QLatin1String("org_id")).toString();
    if (userId.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.httpStatus = result.httpStatus;
        error.requestId = result.requestId;
        error.message = tr("The server at %1 answered, but not as the Me API does. Check the "
                           "address.")
                            .arg(addressText(baseUrl));
        finish(false, {}, error);
        return;
    }
    Account account;
    account.kind = Account::Kind::MeApi;
    account.baseUrl = Account::normalizedBaseUrl(ServiceUrls::canonical(baseUrl));
    account.userId = userId;
    //: A Me API account's name: user id and organisation, e.g. "usr-42 (organisation org-1)"
    account.displayName = orgId.isEmpty() ? userId : tr("%1 (organisation %2)").arg(userId, orgId);
    finish(true, account, {});
}

void ConnectionTester::refuse(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.message = message;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, error] {
        if (generation == m_generation)
            finish(false, {}, error);
    });
}

void ConnectionTester::finish(bool ok, const Account &account, const ApiError &error)
{
    ++m_generation; // nothing more from this test
    m_busy = false;
    dropClient();
    if (ok)
        qCInfo(lcModels).noquote() << "connection test passed: user" << account.userId
                                   << (account.role.isEmpty() ? QString() : account.role);
    else
        qCInfo(lcModels).noquote() << "connection test failed:" << ApiError::kindName(error.kind)
                                   << error.httpStatus << error.requestId;
    Q_EMIT finished(ok, account, error);
}

ApiError ConnectionTester::explainedFailure(Account::Kind kind, const QUrl &baseUrl,
                                            const ApiError &error) const
{
    ApiError result = error;
    const bool valara = kind == Account::Kind::Valara;
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        result.message =
            valara ? tr("The API key was not accepted. Check that it is complete and has not "
                        "been revoked.")
                   : tr("The session token was not accepted: it may have ended. Sign in to the "
                        "dashboard again and copy a new one.");
        break;
    case ApiError::Kind::Forbidden:
        if (!valara && MeApiPreferences::isApiKeyRefusal(error))
            result.message = MeApiPreferences::apiKeyExplanation();
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        result.message = tr("%1 Check the address (%2) and your network connection.")
                             .arg(error.message, addressText(baseUrl));
        break;
    case ApiError::Kind::NotFound:
        result.message =
            valara ? tr("No Valara service answered at %1. Check the address.")
                         .arg(addressText(baseUrl))
                   : tr("No Me API answered at %1. Check the address.").arg(addressText(baseUrl));
        break;
    default:
        break;
    }
    return result;
}

void ConnectionTester::dropClient()
{
    if (!m_client)
        return;
    // Later, not now: this may run inside the signal of one of the client's jobs. Until then its
    // answers are ignored (the generation has moved on); deleting it cancels what is left.
    m_client->deleteLater();
    m_client = nullptr;
}

} // namespace valara
