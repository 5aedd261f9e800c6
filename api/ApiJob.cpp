#include "ApiJob.h"

#include "ApiErrorDecoder.h"
#include "ApiLogging.h"
#include "ApiResponseDecoder.h"

#include <QNetworkReply>
#include <QTimer>

ApiJob::ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
               QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_path(path)
    , m_idempotencyKey(idempotencyKey)
{
    m_elapsed.start();
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ApiJob::start(QNetworkReply *reply)
{
    Q_ASSERT(reply && !m_reply);
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
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
    if (m_reply)
        m_reply->abort(); // normally finishes the reply, and so this job, right away
    if (!m_finished) {
        ApiResult result;
        result.error =
            ApiErrorDecoder::fromNetworkError(QNetworkReply::OperationCanceledError, {}, false);
        finish(result);
    }
}

void ApiJob::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResult result;
    const bool cancelled = reply->error() == QNetworkReply::OperationCanceledError ||
                           reply->error() == QNetworkReply::TimeoutError;
    if (status > 0 && !cancelled) {
        result =
            ApiResponseDecoder::decode(status, reply->readAll(), reply->rawHeader("X-Request-Id"));
    } else {
        // No HTTP answer. An abort we did not ask for is the transfer timeout firing.
        const bool timedOut = !m_abortRequested;
        result.error =
            ApiErrorDecoder::fromNetworkError(reply->error(), reply->errorString(), timedOut);
    }
    finish(result);
}

void ApiJob::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    releaseReply();
    if (result.ok()) {
        qCDebug(lcApi).noquote() << m_method << m_path << result.httpStatus << result.requestId
                                 << m_elapsed.elapsed() << "ms";
    } else {
        qCInfo(lcApi).noquote() << m_method << m_path << result.httpStatus
                                << ApiError::kindName(result.error.kind) << result.requestId
                                << m_elapsed.elapsed() << "ms";
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
