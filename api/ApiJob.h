#pragma once

#include "ApiResult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkReply;

// One request in flight. Emits finished() exactly once, whatever happens (answer, network error,
// timeout, abort()), then deletes itself. Created by ApiClient; connect right after creating it.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
           QObject *parent = nullptr);
    // Destroying an unfinished job cancels its transfer without emitting finished().
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // The X-Idempotency-Key sent with a write; empty for reads.
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    bool isFinished() const { return m_finished; }

    // Cancels the request: finished() reports a Network error ("cancelled") unless it was
    // already emitted. Safe to call at any time, also from a slot connected to finished().
    void abort();

    // For ApiClient: runs the job on a reply, which the job takes over.
    void start(QNetworkReply *reply);
    // For ApiClient: finishes with `error` on the next turn of the event loop, without sending.
    void failWithoutSending(const ApiError &error);

Q_SIGNALS:
    void finished(const ApiResult &result);

private:
    void onReplyFinished();
    void finish(const ApiResult &result);
    void releaseReply();

    QByteArray m_method;
    QString m_path;
    QByteArray m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    bool m_finished = false;
    bool m_abortRequested = false;
};
