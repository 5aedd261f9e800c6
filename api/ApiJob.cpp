// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiJob.h"

#include "api/ApiLogging.h"
#include "api/http/AnswerReader.h"
#include "api/http/ApiJobErrors.h"
#include "api/http/HttpDate.h"
#include "api/json/ApiErrorDecoder.h"
#include "api/json/ApiResponseDecoder.h"
#include "api/session/BearerTokenProvider.h"

#include <QNetworkReply>

#include <algorithm>

namespace valara {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// A failure below HTTP (connection, DNS, TLS, proxy): whatever status arrived before it, the
// answer is incomplete.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) &&
           error != QNetworkReply::TooManyRedirectsError;
}

// An answer that broke HTTP itself (a malformed chunk, a failed decompression). Qt also reports an
// HTTP 400 as ProtocolInvalidOperationError: that one is an answer, decoded by its status.
bool isProtocolError(QNetworkReply::NetworkError error, int status)
{
    return error == QNetworkReply::ProtocolFailure ||
           error == QNetworkReply::ProtocolUnknownError ||
           (error == QNetworkReply::ProtocolInvalidOperationError && status == 0);
}

} // namespace

ApiJob::ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
               const RetryPolicy &policy, const Limits &limits, const ResponseShape &shape,
               QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_idempotencyKey(idempotencyKey)
    , m_policy(policy)
    , m_limits(limits)
    , m_shape(shape)
{
    m_elapsed.start();
    m_retryTimer.setSingleShot(true);
    m_attemptTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    connect(&m_attemptTimer, &QTimer::timeout, this, &ApiJob::onAttemptTimer);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::start(Sender sender, const QUrl &origin)
{
    Q_ASSERT(sender && !m_sender);
    m_sender = std::move(sender);
    m_origin = origin;
    sendAttempt();
}

void ApiJob::startAuthorized(AuthorizedSender sender, const QUrl &origin,
                             BearerTokenProvider *provider)
{
    Q_ASSERT(sender && provider && !m_sender && !m_authorizedSender);
    m_authorizedSender = std::move(sender);
    m_provider = provider;
    m_origin = origin;
    sendAttempt();
}

qint64 ApiJob::msLeft() const
{
    return std::max<qint64>(0, m_limits.jobTimeoutMs - m_elapsed.elapsed());
}

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    if (msLeft() <= 0) {
        ApiResult result;
        result.error = ApiJobErrors::jobTimedOut(m_limits.jobTimeoutMs);
        finish(result);
        return;
    }
    if (m_provider) {
        // The wait for a token is bounded by the job's deadline (onAttemptTimer).
        m_awaitingToken = true;
        m_attemptTimer.start(int(msLeft()));
        m_provider->withToken(this, [this](const QByteArray &token, const ApiError &error) {
            onToken(token, error);
        });
        return;
    }
    sendReply(m_sender());
}

void ApiJob::onToken(const QByteArray &token, const ApiError &error)
{
    if (m_finished || !m_awaitingToken)
        return;
    m_awaitingToken = false;
    m_attemptTimer.stop();
    if (error.isError() || token.isEmpty()) {
        ApiError refusal = error;
        if (!error.isError()) {
            refusal.kind = ApiError::Kind::Unauthorized;
            refusal.message = tr("No session token to send.");
        }
        // The provider may answer at once, inside ApiClient's call, before anyone listens:
        // finished() comes on the next turn of the event loop, as for any refusal.
        failWithoutSending(refusal);
        return;
    }
    m_sentToken = token;
    sendReply(m_authorizedSender(token));
}

void ApiJob::sendReply(QNetworkReply *reply)
{
    ++m_attempts;
    m_stop = Stop::None;
    m_refusedRedirectHost.clear();
    m_reply = reply;
    reply->setParent(this);
    m_reader = new AnswerReader(reply, m_limits.maxAnswerBytes, reply);
    m_redirects = {reply->url()}; // a redirect back to where the attempt began is a loop too
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
    m_attemptTimer.start(int(std::min<qint64>(m_limits.attemptTimeoutMs, msLeft())));
}

void ApiJob::failWithoutSending(const ApiError &error)
{
    ApiResult result;
    result.error = error;
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_awaitingToken = false;
    stopAttempt(Stop::Cancelled); // normally finishes the reply, and so this job, right away
    if (!m_finished) {
        ApiResult result;
        result.error =
            ApiErrorDecoder::fromNetworkError(QNetworkReply::OperationCanceledError, {}, false);
        result.error.clientStop = ApiError::ClientStop::Cancelled;
        finish(result);
    }
}

void ApiJob::onAttemptTimer()
{
    if (m_awaitingToken) {
        m_awaitingToken = false;
        ApiResult result;
        result.error = ApiJobErrors::jobTimedOut(m_limits.jobTimeoutMs);
        finish(result);
        return;
    }
    stopAttempt(msLeft() <= 0 ? Stop::JobTimedOut : Stop::AttemptTimedOut);
}

void ApiJob::stopAttempt(Stop why)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    // Aborting from outside Qt's own signal emission: the reply finishes once, right here.
    m_reply->abort();
}

// Only same-origin redirects are followed, so the Authorization header never reaches another
// site; a redirect elsewhere ends the job without being followed.
void ApiJob::onRedirected(const QUrl &target)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    Stop stop = Stop::None;
    if (!sameOrigin(target, m_origin)) {
        m_refusedRedirectHost = target.host().isEmpty() ? target.toString() : target.host();
        stop = Stop::RefusedRedirect;
    } else if (m_redirects.contains(target) || m_redirects.size() > MaxRedirects) {
        // Seen before Qt's own limit, whose handling finishes a reply twice.
        stop = Stop::RedirectLoop;
    } else {
        m_redirects.append(target);
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    // Decided now, whatever the reply reports next. Not aborted from inside Qt's signal (Qt would
    // then finish the reply twice): the reply waits for the decision, and is ended on the next
    // turn of the event loop.
    m_stop = stop;
    QMetaObject::invokeMethod(
        this,
        [reply = m_reply] {
            if (reply && reply->isRunning())
                reply->abort();
        },
        Qt::QueuedConnection);
}

ApiResult ApiJob::resultOf(QNetworkReply *reply, RetryPolicy::Outcome *outcome)
{
    using Transport = RetryPolicy::Outcome::Transport;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    const QByteArray body = m_reader->takeBody();
    outcome->transport = Transport::Other;

    ApiResult result;
    result.httpStatus = status;
    result.requestId = ApiErrorDecoder::cleanRequestId(QString::fromLatin1(requestId));
    if (!m_refusedRedirectHost.isEmpty()) {
        result.error = ApiJobErrors::refusedRedirect(m_refusedRedirectHost, m_origin.host());
    } else if (m_stop == Stop::RedirectLoop) {
        result.error =
            ApiErrorDecoder::fromNetworkError(QNetworkReply::TooManyRedirectsError, {}, false);
        result.error.clientStop = ApiError::ClientStop::Redirect;
    } else if (m_reader->exceeded()) {
        result.error = ApiJobErrors::tooLarge(m_limits.maxAnswerBytes);
    } else if (m_stop == Stop::JobTimedOut) {
        result.error = ApiJobErrors::jobTimedOut(m_limits.jobTimeoutMs);
    } else if (m_stop == Stop::AttemptTimedOut) {
        result.error = ApiErrorDecoder::fromNetworkError(QNetworkReply::TimeoutError, {}, true);
        outcome->transport = Transport::TimedOut;
    } else if (m_stop == Stop::Cancelled) {
        result.error = ApiErrorDecoder::fromNetworkError(error, {}, false);
        result.error.clientStop = ApiError::ClientStop::Cancelled;
    } else if (m_redirects.size() > 1 && status >= 300 && status < 400) {
        // Qt gave up on a redirect it had been allowed to follow (a write's body cannot always be
        // sent again): still the server's redirect, not a network failure.
        result.error = ApiJobErrors::unexpectedStatus(status);
    } else if (isTransportError(error) || isProtocolError(error, status) ||
               error == QNetworkReply::TooManyRedirectsError) {
        result.error = ApiErrorDecoder::fromNetworkError(error, reply->errorString(), false);
        outcome->transport = RetryPolicy::transportOf(error);
    } else if (m_reader->unreadable()) {
        result.error = ApiJobErrors::unreadableEncoding();
    } else if (status >= 300 && status < 400 && m_method != "GET") {
        result.error = ApiJobErrors::redirectedChange(status);
    } else if (status < 200 || (status >= 300 && status < 400)) {
        result.error = ApiJobErrors::unexpectedStatus(status);
    } else {
        result = ApiResponseDecoder::decode(status, body, requestId, m_shape);
        result.etag = reply->rawHeader("ETag");
        *outcome = {Transport::Answered, status, reply->rawHeader("Retry-After")};
    }
    if (status > 0) {
        result.authorization = reply->rawHeader("Authorization");
        result.serverDate = HttpDate::parse(reply->rawHeader("Date"));
    }
    if (result.error.isError()) {
        result.error.httpStatus = result.error.httpStatus ? result.error.httpStatus : status;
        if (result.error.requestId.isEmpty())
            result.error.requestId = result.requestId;
    }
    return result;
}

void ApiJob::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_attemptTimer.stop();
    RetryPolicy::Outcome outcome;
    const ApiResult result = resultOf(m_reply, &outcome);
    const Stop stop = m_stop;
    releaseReply();
    if (m_provider && stop == Stop::None && result.httpStatus == 401 && !m_tokenRenewed) {
        // The session token was refused (expired early, revoked, clocks apart): one new token,
        // one more attempt; a second 401 is the answer.
        qCInfo(lcApi).noquote() << m_method << m_path << "401: once more with a new token";
        m_tokenRenewed = true;
        m_provider->invalidate(m_sentToken);
        sendAttempt();
        return;
    }
    if (stop == Stop::Cancelled || result.ok())
        finish(result);
    else
        retryOrFinish(result, outcome);
}

void ApiJob::retryOrFinish(const ApiResult &result, const RetryPolicy::Outcome &outcome)
{
    const auto delay = m_policy.delayBeforeRetry(m_attempts, outcome);
    // What the server asked for, when it did: reported when the job cannot wait that long.
    const auto asked = RetryPolicy::retryAfterMs(outcome.retryAfter, m_policy.now());
    if (delay && *delay < msLeft()) {
        qCInfo(lcApi).noquote() << m_method << m_path << "attempt" << m_attempts
                                << ApiError::kindName(result.error.kind) << result.httpStatus
                                << "retrying in" << *delay << "ms";
        Q_EMIT retrying(m_attempts + 1, *delay, result);
        m_retryTimer.start(*delay);
        return;
    }
    if (asked && RetryPolicy::isRetryable(outcome)) {
        ApiResult hinted = result;
        hinted.error = ApiJobErrors::withRetryHint(result.error, *asked);
        finish(hinted);
        return;
    }
    finish(result);
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_attemptTimer.stop();
    releaseReply();
    if (result.ok()) {
        qCDebug(lcApi).noquote() << m_method << m_path << result.httpStatus << result.requestId
                                 << m_attempts << "attempt(s)" << m_elapsed.elapsed() << "ms";
    } else {
        qCInfo(lcApi).noquote() << m_method << m_path << result.httpStatus
                                << ApiError::kindName(result.error.kind) << result.requestId
                                << m_attempts << "attempt(s)" << m_elapsed.elapsed() << "ms";
    }
    Q_EMIT finished(result);
    deleteLater();
}

void ApiJob::releaseReply()
{
    m_reader = nullptr; // a child of the reply
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
}

} // namespace valara
