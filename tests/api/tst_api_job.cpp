// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "sandbox/http/FaultInjector.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

// An ApiJob's life against the real sandbox: finished() exactly once, abort, timeout.
class TestApiJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void finishedEmittedExactlyOnce();
    void abortEmitsOnce();
    void abortInsideFinishedIsHarmless();
    void destroyingAnUnfinishedJobIsSilent();
    void timeout();
    void theJobDeadlineEndsEveryAttemptAndWait();
    void abortWhileWaitingToRetry();

private:
    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiJob::init()
{
    m_harness = std::make_unique<SandboxHarness>();
    QVERIFY2(m_harness->isReady(), qPrintable(m_harness->error()));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_harness->server().baseUrl());
    m_client->setBearerToken("key-admin-a1");
}

void TestApiJob::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_harness.reset();
}

void TestApiJob::destroyingAnUnfinishedJobIsSilent()
{
    m_harness->server().faults().setLatencyMs(300);
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy spy(job, &ApiJob::finished);
    delete job;
    QTest::qWait(500);
    QCOMPARE(spy.size(), 0);
}

void TestApiJob::finishedEmittedExactlyOnce()
{
    QPointer<ApiJob> job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy spy(job.data(), &ApiJob::finished);
    QVERIFY(spy.wait(15000));
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
    QTRY_VERIFY(job.isNull()); // deleted itself
}

void TestApiJob::abortEmitsOnce()
{
    m_harness->server().faults().setLatencyMs(500);
    QPointer<ApiJob> job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy spy(job.data(), &ApiJob::finished);
    QTest::qWait(20);
    job->abort();
    QCOMPARE(spy.size(), 1);
    const ApiResult result = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    job->abort(); // still alive until the event loop runs; a second abort does nothing
    QTest::qWait(700);
    QCOMPARE(spy.size(), 1);
    QVERIFY(job.isNull());
}

void TestApiJob::abortInsideFinishedIsHarmless()
{
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users/me"));
    int calls = 0;
    connect(job, &ApiJob::finished, job, [&calls, job](const ApiResult &) {
        ++calls;
        job->abort();
    });
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestApiJob::timeout()
{
    // No jitter (injected): three attempts of 300 ms and backoffs of 50 and 100 ms.
    m_client->setRetryPolicy(fastRetryPolicy());
    m_harness->server().faults().setLatencyMs(3000);
    m_client->setAttemptTimeout(300);
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy retries(job, &ApiJob::retrying);
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = waitForJob(job);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(ApiError::kindName(result.error.kind), QStringLiteral("Timeout"));
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(retries.size(), 2);
    QCOMPARE(retries.at(0).at(1).toInt(), 50);
    QCOMPARE(retries.at(1).at(1).toInt(), 100);
    // Qt's coarse timers may fire up to 5% early.
    QVERIFY2(elapsed >= (3 * 300 + 150) * 95 / 100, qPrintable(QString::number(elapsed)));
}

void TestApiJob::theJobDeadlineEndsEveryAttemptAndWait()
{
    // Each attempt could take 10 s; the job may take 700 ms in all, whatever the server does.
    m_client->setRetryPolicy(fastRetryPolicy());
    m_harness->server().faults().setLatencyMs(5000);
    m_client->setJobTimeout(700);
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QCOMPARE(job->limits().attemptTimeoutMs, 700); // never longer than the job
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = waitForJob(job);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error.message.contains(QLatin1String("did not answer")),
             qPrintable(result.error.message));
    QVERIFY2(timer.elapsed() >= 700 * 95 / 100, qPrintable(QString::number(timer.elapsed())));
}

void TestApiJob::abortWhileWaitingToRetry()
{
    m_client->setRetryPolicy(RetryPolicy([] { return QDateTime::currentDateTimeUtc(); },
                                         [] { return 1.0; })); // 500 ms before the second attempt
    m_harness->server().faults().failNext(1);
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy retrying(job, &ApiJob::retrying);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(retrying.wait(5000));
    job->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiResult>().error.kind, ApiError::Kind::Network);
    QCOMPARE(job->attempts(), 1); // the second attempt was never sent
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_api_job.moc"
