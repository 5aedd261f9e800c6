#include "ApiJob.h"

#include "ApiErrorDecoder.h"
#include "ApiLogging.h"
#include "ApiResponseDecoder.h"

#include <QNetworkReply>

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

RetryPolicy::Outcome::Transport transportOf(QNetworkReply::NetworkError error, bool timedOut)
{
    using Transport = RetryPolicy::Outcome::Transport;
    if (timedOut)
        return Transport::TimedOut;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Transport::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return Transport::ConnectionReset;
    default:
        return Transport::Other;
    }
}

} // namespace

ApiJob::ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
               const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_idempotencyKey(idempotencyKey)
    , m_policy(policy)
{
    m_elapsed.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
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

void ApiJob::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    QNetworkReply *reply = m_sender();
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::redirected, this, &ApiJob::onRedirected);
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
    m_abortRequested = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // normally finishes the reply, and so this job, right away
    if (!m_finished) {
        ApiResult result;
        result.error =
            ApiErrorDecoder::fromNetworkError(QNetworkReply::OperationCanceledError, {}, false);
        finish(result);
    }
}

// Only same-origin redirects are followed, so the Authorization header never reaches another
// site; a redirect elsewhere ends the job without being followed.
void ApiJob::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    if (sameOrigin(target, m_origin)) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_refusedRedirectHost = target.host().isEmpty() ? target.toString() : target.host();
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    ApiResult result;
    RetryPolicy::Outcome outcome;
    if (!m_refusedRedirectHost.isEmpty()) {
        result.error.kind = ApiError::Kind::Protocol;
        result.error.httpStatus = status;
        result.error.message =
            tr("The server redirected the request to %1. It was not followed, so that your "
               "credentials are sent to %2 only.")
                .arg(m_refusedRedirectHost, m_origin.host());
        outcome.transport = RetryPolicy::Outcome::Transport::Other;
    } else if (const bool cancelled = reply->error() == QNetworkReply::OperationCanceledError ||
                                      reply->error() == QNetworkReply::TimeoutError;
               status > 0 && !cancelled) {
        result =
            ApiResponseDecoder::decode(status, reply->readAll(), reply->rawHeader("X-Request-Id"));
        result.etag = reply->rawHeader("ETag");
        outcome =
            RetryPolicy::Outcome{RetryPolicy::Outcome::Transport::Answered, status, retryAfter};
    } else {
        // No HTTP answer. An abort we did not ask for is the transfer timeout firing.
        const bool timedOut = !m_abortRequested;
        result.error =
            ApiErrorDecoder::fromNetworkError(reply->error(), reply->errorString(), timedOut);
        outcome.transport = transportOf(reply->error(), timedOut);
    }
    releaseReply();

    if (!result.ok() && !m_abortRequested) {
        if (const auto delay = m_policy.delayBeforeRetry(m_attempts, outcome)) {
            qCInfo(lcApi).noquote() << m_method << m_path << "attempt" << m_attempts
                                    << ApiError::kindName(result.error.kind) << result.httpStatus
                                    << "retrying in" << *delay << "ms";
            Q_EMIT retrying(m_attempts + 1, *delay, result);
            m_retryTimer.start(*delay);
            return;
        }
    }
    finish(result);
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
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
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
}
