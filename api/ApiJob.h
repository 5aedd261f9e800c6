// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/http/RetryPolicy.h"
#include "api/json/ResponseShape.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace valara {

class AnswerReader;
class BearerTokenProvider;

// One logical request. It may take several attempts (RetryPolicy: at most three, all with the same
// X-Idempotency-Key), and emits finished() exactly once, whatever happens (answer, network error,
// timeout, abort()), then deletes itself. Created by ApiClient; connect right after creating it.
//
// Every attempt has a total deadline (not only an inactivity timer), the whole job (all attempts
// and the waits between them) has one too, and an answer larger than the cap is aborted while it
// streams: a job ends in bounded time and memory whatever the server does.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int attemptTimeoutMs = 10000; // one attempt, from sending to the last byte
        int jobTimeoutMs = 30000;     // every attempt and every wait between them
        qint64 maxAnswerBytes = 4 * 1024 * 1024;
    };

    // Sends one attempt; the job takes the reply over.
    using Sender = std::function<QNetworkReply *()>;
    // Sends one attempt with a bearer token from a BearerTokenProvider.
    using AuthorizedSender = std::function<QNetworkReply *(const QByteArray &token)>;

    ApiJob(const QByteArray &method, const QString &path, const QByteArray &idempotencyKey,
           const RetryPolicy &policy, const Limits &limits, const ResponseShape &shape,
           QObject *parent = nullptr);
    // Destroying an unfinished job cancels its transfer without emitting finished().
    ~ApiJob() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // The X-Idempotency-Key sent with every attempt of a write; empty for reads.
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    // Redirects one attempt may follow (within the origin, each to a new address).
    static constexpr int MaxRedirects = 5;

    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; }
    Limits limits() const { return m_limits; }

    // Cancels the request, also while waiting to retry: finished() reports a Network error
    // ("cancelled") unless it was already emitted. Safe at any time, also from a slot connected
    // to finished().
    void abort();

    // For ApiClient: sends the first attempt through `sender`, and later ones after a retryable
    // failure. Redirects are followed only within `origin` (scheme, host and port).
    void start(Sender sender, const QUrl &origin);
    // For ApiClient: as start(), each attempt with a token `provider` gives just before it (the
    // wait counts against the job's deadline). A 401 answer invalidates the token sent and the
    // request goes once more with a new one. `provider` must outlive the job.
    void startAuthorized(AuthorizedSender sender, const QUrl &origin,
                         BearerTokenProvider *provider);
    // For ApiClient: finishes with `error` on the next turn of the event loop, without sending.
    void failWithoutSending(const ApiError &error);

Q_SIGNALS:
    // A retryable failure: attempt `nextAttempt` goes out in `delayMs` with the same key.
    void retrying(int nextAttempt, int delayMs, const ApiResult &lastResult);
    void finished(const ApiResult &result);

private:
    // Why the job itself ended an attempt.
    enum class Stop
    {
        None,
        AttemptTimedOut,
        JobTimedOut,
        RefusedRedirect,
        RedirectLoop,
        Cancelled
    };

    void sendAttempt();
    void sendReply(QNetworkReply *reply);
    void onToken(const QByteArray &token, const ApiError &error);
    void onAttemptTimer();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    // The result of an attempt that ended, and whether it may be retried.
    ApiResult resultOf(QNetworkReply *reply, RetryPolicy::Outcome *outcome);
    // Retries after a failed attempt if the policy and the time left allow, else finishes (with
    // when to try again, if the server said).
    void retryOrFinish(const ApiResult &result, const RetryPolicy::Outcome &outcome);
    qint64 msLeft() const;
    void stopAttempt(Stop why);
    void finish(const ApiResult &result);
    void releaseReply();

    QByteArray m_method;
    QString m_path;
    QByteArray m_idempotencyKey;
    RetryPolicy m_policy;
    Limits m_limits;
    ResponseShape m_shape;
    Sender m_sender;
    AuthorizedSender m_authorizedSender;
    BearerTokenProvider *m_provider = nullptr;
    QByteArray m_sentToken; // the provider's token the current attempt carries
    bool m_awaitingToken = false;
    bool m_tokenRenewed = false; // a 401 was met and a new token asked for, once
    QUrl m_origin;
    QPointer<QNetworkReply> m_reply;
    AnswerReader *m_reader = nullptr;
    QTimer m_retryTimer;
    QTimer m_attemptTimer;
    QElapsedTimer m_elapsed;
    QString m_refusedRedirectHost;
    QList<QUrl> m_redirects; // this attempt's addresses, to see a loop before Qt's own limit
    Stop m_stop = Stop::None;
    int m_attempts = 0;
    bool m_finished = false;
};

} // namespace valara
