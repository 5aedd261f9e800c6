// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiJob.h"
#include "api/ApiResult.h"
#include "api/http/RetryPolicy.h"
#include "api/json/ResponseShape.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace valara {

class BearerTokenProvider;

// Talks HTTP + JSON to the Valara and Me APIs. Every request goes through one place that sets the
// headers (bearer token, Accept, User-Agent, idempotency key on writes) and the timeout.
// Plain http:// is refused unless the host is loopback.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // One attempt (the service's documented timeout), a whole job, and the largest answer read.
    static constexpr int DefaultAttemptTimeoutMs = 10000;
    static constexpr int DefaultJobTimeoutMs = 30000;
    static constexpr qint64 DefaultMaxAnswerBytes = 4 * 1024 * 1024;

    // How requests carry the caller's credential and their bodies: the Valara and Me APIs take
    // "Authorization: Bearer <token>" and JSON, writes with an X-Idempotency-Key; the Me API's
    // identity service (its Frontend API, docs/api-contract.md S2, S3) takes its client token
    // raw in Authorization, form-encoded bodies, and "_is_native=true" and its API version on
    // every request.
    enum class Dialect
    {
        Valara,
        Identity,
    };
    static constexpr char IdentityApiVersion[] = "2026-05-12";

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    void setDialect(Dialect dialect) { m_dialect = dialect; }
    Dialect dialect() const { return m_dialect; }

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: Bearer <token>": a Valara API key or a Me API session JWT.
    // Never logged.
    void setBearerToken(const QByteArray &token);
    bool hasBearerToken() const { return !m_token.isEmpty(); }
    // Short-lived tokens asked for before every attempt (the Me API's session tokens), in place
    // of the fixed bearer token; null returns to it. Not owned: it outlives the client's jobs.
    void setTokenProvider(BearerTokenProvider *provider) { m_provider = provider; }
    BearerTokenProvider *tokenProvider() const { return m_provider; }
    // The total time one attempt may take, from sending to the last byte of the answer (not an
    // inactivity timer: a server that trickles its answer is cut off too). At most the job's.
    void setAttemptTimeout(int ms);
    int attemptTimeout() const { return m_limits.attemptTimeoutMs; }
    // The total time of a job: every attempt and every wait between them. Then it ends with
    // Kind::Timeout.
    void setJobTimeout(int ms);
    int jobTimeout() const { return m_limits.jobTimeoutMs; }
    // Answers larger than this are aborted while they stream (after decompression).
    void setMaxAnswerBytes(qint64 bytes);
    qint64 maxAnswerBytes() const { return m_limits.maxAnswerBytes; }
    // When and how often failed attempts are repeated (tests inject a clock and randomness).
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // `path` is absolute, one of Endpoints, appended to the base URL's path. The returned job is
    // never null; connect to its finished() right away. A success answer of another `shape` than
    // expected finishes the job with a Protocol error.
    ApiJob *get(const QString &path, const QUrlQuery &query = {},
                const ResponseShape &shape = ResponseShape::object());
    // Writes carry an X-Idempotency-Key, reused by every attempt (K3). Without `idempotencyKey`
    // the client makes a fresh one (newIdempotencyKey()); a caller that must be able to send the
    // same change again after a crash, and have it applied once (C3), gives its own, recorded
    // before the write leaves (K22). Not given (nullopt) and given empty differ: a given key that
    // isValidIdempotencyKey() refuses, an empty one included, is never sent (a fresh key in its
    // place would defeat the caller's record): the job finishes with a Protocol error
    // (ClientStop::InvalidIdempotencyKey) without any request.
    ApiJob *patch(const QString &path, const QJsonObject &body,
                  const ResponseShape &shape = ResponseShape::object(),
                  const std::optional<QByteArray> &idempotencyKey = std::nullopt);
    // `ifMatch`, when given, is sent as If-Match: the server answers 412 if the resource's ETag
    // is no longer that one.
    ApiJob *put(const QString &path, const QJsonObject &body,
                const ResponseShape &shape = ResponseShape::object(),
                const QByteArray &ifMatch = {},
                const std::optional<QByteArray> &idempotencyKey = std::nullopt);

    // An image at an absolute address (a profile photo, often on another host): no credentials
    // are sent, redirects are followed within that address's origin only, and the job has the
    // client's deadlines and `maxBytes` as its cap. ApiResult::body holds the bytes.
    ApiJob *getImage(const QUrl &url, qint64 maxBytes);

    // The identity service's calls (Dialect::Identity): a form-encoded POST, and a DELETE.
    ApiJob *postForm(const QString &path, const QUrlQuery &form,
                     const ResponseShape &shape = ResponseShape::object());
    ApiJob *deleteResource(const QString &path,
                           const ResponseShape &shape = ResponseShape::object());

    // A fresh key of the kind the client makes for every write: a random UUID v4, lower-case,
    // without braces (36 characters).
    static QByteArray newIdempotencyKey();
    // What C2 lets a key be: 1 to 255 visible ASCII characters (0x21 to 0x7E, so no spaces and
    // nothing that could break a header line).
    static bool isValidIdempotencyKey(const QByteArray &key);

    // "ValaraDesk/<version> (<OS name and version>)"
    static QByteArray userAgent();
    // localhost, 127.0.0.0/8 and ::1.
    static bool isLoopbackHost(const QString &host);
    // https with a host anywhere; http only to a loopback host. `reason` explains a refusal.
    static bool isAllowedBaseUrl(const QUrl &url, QString *reason = nullptr);
    // Percent-encodes one path segment, such as a user id.
    static QString pathSegment(const QString &segment);

Q_SIGNALS:
    // Every finished job, for observers such as a status bar or a request log; not those their
    // caller aborted (a search typed further), which say nothing of the connection.
    void requestFinished(const QByteArray &method, const QString &path, const ApiResult &result);
    // A job's attempt failed and it tries again in `delayMs` (a 429's Retry-After, a backoff):
    // for observers that pace their own requests, such as a bulk change.
    void retryScheduled(const QByteArray &method, const QString &path, int delayMs,
                        const ApiResult &lastResult);

private:
    ApiJob *send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray *body, const ResponseShape &shape, const QByteArray &ifMatch = {},
                 const std::optional<QByteArray> &idempotencyKey = std::nullopt);
    // The one place a request is built: URL, headers, timeout, redirect policy.
    // The headers and redirect policy every request has, credentials aside.
    static QNetworkRequest basicRequest(const QUrl &url, const QByteArray &accept, bool hasBody);
    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query,
                                 const QByteArray &idempotencyKey, bool hasBody,
                                 const QByteArray &ifMatch) const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QByteArray m_token;
    BearerTokenProvider *m_provider = nullptr;
    ApiJob::Limits m_limits{DefaultAttemptTimeoutMs, DefaultJobTimeoutMs, DefaultMaxAnswerBytes};
    RetryPolicy m_retryPolicy;
    Dialect m_dialect = Dialect::Valara;
};

} // namespace valara
