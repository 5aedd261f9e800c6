#include "ApiClient.h"
#include "ApiJob.h"
#include "FaultInjector.h"
#include "SandboxHarness.h"
#include "WaitForJob.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

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
    m_harness->server().faults().setLatencyMs(3000);
    m_client->setAttemptTimeout(300);
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = waitForJob(m_client->get(QStringLiteral("/api/v1/users")));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(ApiError::kindName(result.error.kind), QStringLiteral("Timeout"));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(elapsed >= 250 && elapsed < 2500, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_api_job.moc"
