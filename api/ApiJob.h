#pragma once

#include "ApiResult.h"
#include "RetryPolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

// One logical request. It may take several attempts (RetryPolicy: at most three, all with the same
// X-Idempotency-Key), and emits finished() exactly once, whatever happens (answer, network error,
// timeout, abort()), then deletes itself. Created by ApiClient; connect right after creating it.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    // Sends one attempt; the job takes the reply over.
    using Sender = std::function<QNetworkReply *()>;

    ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
           const RetryPolicy &policy, QObject *parent = nullptr);
    // Destroying an unfinished job cancels its transfer without emitting finished().
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // The X-Idempotency-Key sent with every attempt of a write; empty for reads.
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }

    // Cancels the request, also while waiting to retry: finished() reports a Network error
    // ("cancelled") unless it was already emitted. Safe at any time, also from a slot connected
    // to finished().
    void abort();

    // For ApiClient: sends the first attempt through `sender`, and later ones after a retryable
    // failure. Redirects are followed only within `origin` (scheme, host and port).
    void start(Sender sender, const QUrl &origin);
    // For ApiClient: finishes with `error` on the next turn of the event loop, without sending.
    void failWithoutSending(const ApiError &error);

Q_SIGNALS:
    // A retryable failure: attempt `nextAttempt` goes out in `delayMs` with the same key.
    void retrying(int nextAttempt, int delayMs, const ApiResult &lastResult);
    void finished(const ApiResult &result);

private:
    void sendAttempt();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    void finish(const ApiResult &result);
    void releaseReply();

    QByteArray m_method;
    QString m_path;
    QByteArray m_idempotencyKey;
    RetryPolicy m_policy;
    Sender m_sender;
    QUrl m_origin;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QString m_refusedRedirectHost;
    int m_attempts = 0;
    bool m_finished = false;
    bool m_abortRequested = false;
};
