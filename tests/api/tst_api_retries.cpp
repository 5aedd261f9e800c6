// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Retries and idempotency against the real sandbox with fault injection: one key per logical
// change, reused by every attempt; retry only where the outcome is unknown or the server asks.
#include "SandboxExchanges.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/store/SandboxStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QJsonObject TimezoneChange{{QStringLiteral("timezone"), QStringLiteral("Asia/Kolkata")}};

} // namespace

class TestApiRetries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, "key-broker-b1");
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void twoServiceErrorsThenSuccessApplyTheChangeOnce()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().faults().failNext(2);
        ApiJob *job =
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange);
        QSignalSpy retrying(job, &ApiJob::retrying);
        const QByteArray key = job->idempotencyKey();
        const ApiResult result = waitForJob(job);

        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.toObject().value("timezone").toString(),
                 QStringLiteral("Asia/Kolkata"));
        const QList<SandboxExchange> seen = exchangesOf(exchanges);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).status, 503);
        QCOMPARE(seen.at(1).status, 503);
        QCOMPARE(seen.at(2).status, 200);
        int applied = 0;
        for (const SandboxExchange &exchange : seen) {
            QCOMPARE(exchange.requestHeader("X-Idempotency-Key"), key);
            applied += exchange.applied ? 1 : 0;
        }
        QCOMPARE(applied, 1);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(0).toInt(), 2);
        QCOMPARE(retrying.at(1).at(0).toInt(), 3);
    }

    void threeServiceErrorsEndInAServerError()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().faults().failNext(3); // a fourth attempt would succeed
        const ApiResult result = waitForJob(
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange));
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(result.httpStatus, 503);
        QCOMPARE(exchanges.size(), 3); // at most three attempts
        QCOMPARE(
            m_sandbox->get("/api/v1/users/g2/preferences", "key-agent-g2").json().value("timezone"),
            QJsonValue("America/New_York"));
    }

    void aServerSlowerThanTheTimeoutEndsInATimeoutWithTheKeyReused()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().faults().setLatencyMs(1500);
        m_client->setAttemptTimeout(300);
        ApiJob *job =
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange);
        const QByteArray key = job->idempotencyKey();
        const ApiResult result = waitForJob(job);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);

        // The server still answers every attempt (to nobody): all carried the same key, the first
        // applied the change, the duplicates found it in flight and applied nothing.
        QTRY_COMPARE_WITH_TIMEOUT(exchanges.size(), 3, 10000);
        int applied = 0;
        for (const SandboxExchange &exchange : exchangesOf(exchanges)) {
            QCOMPARE(exchange.requestHeader("X-Idempotency-Key"), key);
            applied += exchange.applied ? 1 : 0;
        }
        QCOMPARE(applied, 1);
    }

    void rateLimitWaitsForRetryAfter()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().faults().rateLimitNext(1, 1);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = waitForJob(
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QVERIFY2(timer.elapsed() >= 900,
                 qPrintable(QString::number(timer.elapsed()))); // 1 s, with slack
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchangesOf(exchanges).at(0).status, 429);
    }

    void refusalsAreNeverRetried_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("400") << "/api/v1/users/g2/preferences" << QByteArray("key-broker-b1")
                             << QJsonObject{{"timezone", "Mars/Olympus"}} << 400;
        QTest::newRow("401") << "/api/v1/users/g2/preferences" << QByteArray("nope")
                             << TimezoneChange << 401;
        QTest::newRow("403") << "/api/v1/users/g3/preferences" << QByteArray("key-broker-b1")
                             << TimezoneChange << 403;
        QTest::newRow("404") << "/api/v1/users/zz/preferences" << QByteArray("key-broker-b1")
                             << TimezoneChange << 404;
        QTest::newRow("422") << "/api/v1/users/g2/preferences" << QByteArray("key-broker-b1")
                             << QJsonObject{{"colour", "blue"}} << 422;
    }
    void refusalsAreNeverRetried()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, key);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        m_client->setBearerToken(key);
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        const ApiResult result = waitForJob(m_client->patch(path, body));
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(exchanges.size(), 1);
    }

    void aServerErrorIsNeverRetried()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().store().simulateWriteFailure(true);
        const ApiResult result = waitForJob(
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange));
        QCOMPARE(result.httpStatus, 500);
        QCOMPARE(exchanges.size(), 1);
    }

    void tokensNeverReachTheLog()
    {
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("valara.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { lines.append(text); });
        m_sandbox->server().faults().failNext(1);
        m_client->setBearerToken("key-broker-b1");
        waitForJob(m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange));
        m_client->setBearerToken("not-a-key-7f3e");
        waitForJob(m_client->get(QStringLiteral("/api/v1/users/me")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(lines.size() >= 3); // the retry, both outcomes: the log was really captured
        for (const QString &line : std::as_const(lines)) {
            QVERIFY2(!line.contains(QStringLiteral("key-broker-b1")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("not-a-key-7f3e")), qPrintable(line));
        }
    }

    void abortWhileWaitingToRetryStopsEverything()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_sandbox->server().faults().failNext(3);
        m_client->setRetryPolicy(RetryPolicy()); // real backoff: 50 to 500 ms before attempt 2
        ApiJob *job =
            m_client->patch(QStringLiteral("/api/v1/users/g2/preferences"), TimezoneChange);
        QSignalSpy finished(job, &ApiJob::finished);
        QSignalSpy retrying(job, &ApiJob::retrying);
        QVERIFY(retrying.wait(5000));
        job->abort();
        QCOMPARE(finished.size(), 1);
        const auto result = finished.at(0).at(0).value<ApiResult>();
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QTest::qWait(800); // longer than any first backoff: no second attempt goes out
        QCOMPARE(exchanges.size(), 1);
    }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiRetries)
#include "tst_api_retries.moc"
