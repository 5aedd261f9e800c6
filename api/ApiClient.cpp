// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiJob.h"
#include "api/ApiLogging.h"
#include "api/http/AnswerReader.h"
#include "api/http/ApiJobErrors.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

#ifndef VALARA_VERSION
#define VALARA_VERSION "0.0.0"
#endif

namespace valara {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    qCDebug(lcApi).noquote() << "base URL" << url.toDisplayString(QUrl::RemoveUserInfo);
}

void ApiClient::setBearerToken(const QByteArray &token)
{
    m_token = token.trimmed();
}

void ApiClient::setAttemptTimeout(int ms)
{
    m_limits.attemptTimeoutMs = ms > 0 ? ms : DefaultAttemptTimeoutMs;
}

void ApiClient::setJobTimeout(int ms)
{
    m_limits.jobTimeoutMs = ms > 0 ? ms : DefaultJobTimeoutMs;
}

void ApiClient::setMaxAnswerBytes(qint64 bytes)
{
    m_limits.maxAnswerBytes = bytes > 0 ? bytes : DefaultMaxAnswerBytes;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query, const ResponseShape &shape)
{
    return send(QByteArrayLiteral("GET"), path, query, nullptr, shape);
}

ApiJob *ApiClient::patch(const QString &path, const QJsonObject &body, const ResponseShape &shape,
                         const std::optional<QByteArray> &idempotencyKey)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(QByteArrayLiteral("PATCH"), path, {}, &json, shape, {}, idempotencyKey);
}

ApiJob *ApiClient::put(const QString &path, const QJsonObject &body, const ResponseShape &shape,
                       const QByteArray &ifMatch, const std::optional<QByteArray> &idempotencyKey)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(QByteArrayLiteral("PUT"), path, {}, &json, shape, ifMatch, idempotencyKey);
}

QByteArray ApiClient::newIdempotencyKey()
{
    // QUuid::createUuid() is a random UUID, version 4 (K3).
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool ApiClient::isValidIdempotencyKey(const QByteArray &key)
{
    // C2: 1 to 255 visible ASCII characters.
    if (key.isEmpty() || key.size() > 255)
        return false;
    return std::all_of(key.cbegin(), key.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x21 && byte <= 0x7E;
    });
}

ApiJob *ApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray *body, const ResponseShape &shape,
                        const QByteArray &ifMatch, const std::optional<QByteArray> &givenKey)
{
    // One key per logical change, reused by every attempt of it (K3), or the caller's (K22).
    QByteArray idempotencyKey;
    if (body && m_dialect == Dialect::Valara)
        idempotencyKey = givenKey ? *givenKey : newIdempotencyKey();
    ApiJob::Limits limits = m_limits;
    limits.attemptTimeoutMs = std::min(limits.attemptTimeoutMs, limits.jobTimeoutMs);
    auto *job = new ApiJob(method, path, idempotencyKey, m_retryPolicy, limits, shape, this);
    connect(job, &ApiJob::finished, this, [this, method, path](const ApiResult &result) {
        if (result.error.clientStop != ApiError::ClientStop::Cancelled)
            Q_EMIT requestFinished(method, path, result);
    });
    connect(job, &ApiJob::retrying, this,
            [this, method, path](int, int delayMs, const ApiResult &lastResult) {
                Q_EMIT retryScheduled(method, path, delayMs, lastResult);
            });

    if (body && givenKey && !isValidIdempotencyKey(*givenKey)) {
        // The key itself is not logged: it names a change, and may hold anything.
        qCWarning(lcApi).noquote() << method << path << "refused: invalid idempotency key of"
                                   << givenKey->size() << "bytes";
        job->failWithoutSending(ApiJobErrors::invalidIdempotencyKey());
        return job;
    }

    QString refusal;
    if (!isAllowedBaseUrl(m_baseUrl, &refusal)) {
        qCWarning(lcApi).noquote() << method << path << "refused:" << refusal;
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message = refusal;
        job->failWithoutSending(error);
        return job;
    }

    const QNetworkRequest request =
        buildRequest(path, query, idempotencyKey, body != nullptr, ifMatch);
    const QByteArray payload = body ? *body : QByteArray();
    QNetworkAccessManager *network = m_network;
    auto sendWith = [network, method, payload](const QNetworkRequest &request) {
        if (method == "GET")
            return network->get(request);
        if (method == "PUT")
            return network->put(request, payload);
        return network->sendCustomRequest(request, method, payload);
    };
    if (m_provider && m_dialect == Dialect::Valara) {
        job->startAuthorized(
            [sendWith, request](const QByteArray &token) {
                QNetworkRequest authorized = request;
                authorized.setRawHeader("Authorization", "Bearer " + token);
                return sendWith(authorized);
            },
            m_baseUrl, m_provider);
        return job;
    }
    job->start([sendWith, request] { return sendWith(request); }, m_baseUrl);
    return job;
}

QNetworkRequest ApiClient::buildRequest(const QString &path, const QUrlQuery &query,
                                        const QByteArray &idempotencyKey, bool hasBody,
                                        const QByteArray &ifMatch) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    QUrlQuery fullQuery = query;
    if (m_dialect == Dialect::Identity)
        fullQuery.addQueryItem(QStringLiteral("_is_native"), QStringLiteral("true"));
    url.setQuery(fullQuery);
    url.setFragment({});

    QNetworkRequest request = basicRequest(url, "application/json", hasBody);
    if (m_dialect == Dialect::Identity) {
        request.setRawHeader("Clerk-API-Version", IdentityApiVersion);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", m_token);
        if (hasBody)
            request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    } else {
        if (!m_token.isEmpty() && !m_provider)
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (hasBody)
            request.setRawHeader("Content-Type", "application/json");
    }
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("X-Idempotency-Key", idempotencyKey);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);
    return request;
}

QNetworkRequest ApiClient::basicRequest(const QUrl &url, const QByteArray &accept, bool hasBody)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    // Asked for explicitly, so that Qt hands the bytes over as they came and AnswerReader inflates
    // them within the answer cap.
    request.setRawHeader("Accept-Encoding", AnswerReader::acceptedEncodings());
    request.setRawHeader("User-Agent", userAgent());
    // Every redirect is checked by ApiJob: followed within the same origin only. TLS errors are
    // never ignored (no ignoreSslErrors() anywhere).
    // A change (a request with a body) is never sent on after a redirect: it could be applied
    // twice or go round a loop, and Qt's re-sending of a body is fragile. Its 3xx ends the job.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         hasBody ? QNetworkRequest::ManualRedirectPolicy
                                 : QNetworkRequest::UserVerifiedRedirectPolicy);
    // Above ApiJob's own limit, which ends a loop first.
    request.setMaximumRedirectsAllowed(ApiJob::MaxRedirects * 2);
    return request;
}

ApiJob *ApiClient::postForm(const QString &path, const QUrlQuery &form, const ResponseShape &shape)
{
    // application/x-www-form-urlencoded: every reserved character escaped, "+" included.
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    return send("POST", path, {}, &body, shape);
}

ApiJob *ApiClient::deleteResource(const QString &path, const ResponseShape &shape)
{
    return send("DELETE", path, {}, nullptr, shape);
}

ApiJob *ApiClient::getImage(const QUrl &url, qint64 maxBytes)
{
    ApiJob::Limits limits = m_limits;
    limits.maxAnswerBytes = maxBytes > 0 ? maxBytes : m_limits.maxAnswerBytes;
    limits.attemptTimeoutMs = std::min(limits.attemptTimeoutMs, limits.jobTimeoutMs);
    const QString shown =
        url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    auto *job = new ApiJob(QByteArrayLiteral("GET"), shown, {}, m_retryPolicy, limits,
                           ResponseShape::bytes(), this);
    QString refusal;
    if (!isAllowedBaseUrl(url, &refusal)) {
        qCInfo(lcApi).noquote() << "image" << shown << "refused:" << refusal;
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.message = refusal;
        job->failWithoutSending(error);
        return job;
    }
    // No credentials: the photo's host is not the service.
    const QNetworkRequest request = basicRequest(url, "image/*", false);
    QNetworkAccessManager *network = m_network;
    job->start([network, request] { return network->get(request); }, url);
    return job;
}

QByteArray ApiClient::userAgent()
{
    static const QByteArray agent = QByteArrayLiteral("ValaraDesk/" VALARA_VERSION " (") +
                                    QSysInfo::prettyProductName().toUtf8() + ')';
    return agent;
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::isAllowedBaseUrl(const QUrl &url, QString *reason)
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("No valid server address is set."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(tr("Refusing to send the API key over plain http:// to %1; use https://.")
                          .arg(url.host()));
    }
    return refuse(tr("Unsupported address scheme \"%1\"; use https://.").arg(url.scheme()));
}

QString ApiClient::pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace valara
