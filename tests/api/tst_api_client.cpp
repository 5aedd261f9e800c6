// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountingNetworkAccessManager.h"
#include "SandboxHarness.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "sandbox/http/FaultInjector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QRegularExpression kUuidV4(
    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getSendsStandardHeaders();
    void patchSendsIdempotencyKey();
    void everyWriteGetsAFreshKey();
    void putSendsFullBody();
    void querySent();
    void baseUrlWithTrailingSlash();
    void unauthorizedDecoded();
    void missingTokenDecoded();
    void validationDecoded();
    void meApiEnvelope();
    void requestFinishedSignal();
    void anAbortedJobIsNotReportedToObservers();
    void refusesPlainHttpToRemoteHost();
    void baseUrlPolicy_data();
    void baseUrlPolicy();

private:
    SandboxExchange lastExchange();

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    QList<SandboxExchange> m_exchanges;
};

void TestApiClient::init()
{
    m_harness = std::make_unique<SandboxHarness>();
    QVERIFY2(m_harness->isReady(), qPrintable(m_harness->error()));
    m_exchanges.clear();
    connect(&m_harness->server(), &SandboxServer::exchangeCompleted, this,
            [this](const SandboxExchange &exchange) { m_exchanges.append(exchange); });
    m_network = std::make_unique<CountingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_harness->server().baseUrl());
    m_client->setBearerToken("key-admin-a1");
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_harness.reset();
}

SandboxExchange TestApiClient::lastExchange()
{
    QElapsedTimer timer;
    timer.start();
    while (m_exchanges.isEmpty() && timer.elapsed() < 5000)
        QTest::qWait(5);
    return m_exchanges.isEmpty() ? SandboxExchange() : m_exchanges.constLast();
}

void TestApiClient::getSendsStandardHeaders()
{
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users/me"));
    QVERIFY(job->idempotencyKey().isEmpty());
    const ApiResult result = waitForJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.value.toObject().value(QLatin1String("id")).toString(), QStringLiteral("a1"));

    const SandboxExchange exchange = lastExchange();
    QCOMPARE(exchange.method, QByteArray("GET"));
    QCOMPARE(exchange.path, QStringLiteral("/api/v1/users/me"));
    QCOMPARE(exchange.requestHeader("Authorization"), QByteArray("Bearer key-admin-a1"));
    QCOMPARE(exchange.requestHeader("Accept"), QByteArray("application/json"));
    QVERIFY(exchange.requestHeader("X-Idempotency-Key").isEmpty());
    QVERIFY(exchange.requestHeader("Content-Type").isEmpty());
    const QString agent = QString::fromUtf8(exchange.requestHeader("User-Agent"));
    const QRegularExpression agentFormat(
        QStringLiteral("^ValaraDesk/") +
        QRegularExpression::escape(QStringLiteral(VALARA_VERSION)) + QStringLiteral(" \\(.+\\)$"));
    QVERIFY2(agentFormat.match(agent).hasMatch(), qPrintable(agent));
    QCOMPARE(result.requestId.size(), 26);
    QCOMPARE(result.requestId.toLatin1(), exchange.requestId);
}

void TestApiClient::patchSendsIdempotencyKey()
{
    ApiJob *job = m_client->patch(QStringLiteral("/api/v1/users/a1/preferences"),
                                  QJsonObject{{QStringLiteral("theme"), QStringLiteral("light")}});
    const QByteArray key = job->idempotencyKey();
    QVERIFY2(kUuidV4.match(QString::fromLatin1(key)).hasMatch(), key.constData());
    QCOMPARE(QUuid::fromString(QLatin1String(key)).version(), QUuid::Random);
    const ApiResult result = waitForJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value.toObject().value(QLatin1String("theme")).toString(),
             QStringLiteral("light"));

    const SandboxExchange exchange = lastExchange();
    QCOMPARE(exchange.method, QByteArray("PATCH"));
    QCOMPARE(exchange.requestHeader("X-Idempotency-Key"), key);
    QCOMPARE(exchange.requestHeader("Content-Type"), QByteArray("application/json"));
    QCOMPARE(exchange.requestHeader("Accept"), QByteArray("application/json"));
    QCOMPARE(exchange.requestHeader("Authorization"), QByteArray("Bearer key-admin-a1"));
    QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
             QJsonObject({{QStringLiteral("theme"), QStringLiteral("light")}}));
    QVERIFY(exchange.applied);
}

void TestApiClient::everyWriteGetsAFreshKey()
{
    const QJsonObject body{{QStringLiteral("theme"), QStringLiteral("dark")}};
    ApiJob *first = m_client->patch(QStringLiteral("/api/v1/users/a1/preferences"), body);
    ApiJob *second = m_client->patch(QStringLiteral("/api/v1/users/a1/preferences"), body);
    QVERIFY(first->idempotencyKey() != second->idempotencyKey());
    QSignalSpy firstSpy(first, &ApiJob::finished);
    QSignalSpy secondSpy(second, &ApiJob::finished);
    QTRY_COMPARE(firstSpy.size() + secondSpy.size(), 2);
    QVERIFY(firstSpy.at(0).at(0).value<ApiResult>().ok());
    QVERIFY(secondSpy.at(0).at(0).value<ApiResult>().ok());
    QTRY_COMPARE(m_exchanges.size(), 2);
    QVERIFY(m_exchanges.at(0).requestHeader("X-Idempotency-Key") !=
            m_exchanges.at(1).requestHeader("X-Idempotency-Key"));
    QVERIFY(!m_exchanges.at(1).replayed);
}

void TestApiClient::putSendsFullBody()
{
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Gus Agent")},
                           {QStringLiteral("email"), QStringLiteral("gus@valara.test")},
                           {QStringLiteral("role"), QStringLiteral("agent")},
                           {QStringLiteral("is_active"), true},
                           {QStringLiteral("email_verified"), true},
                           {QStringLiteral("account_status"), QStringLiteral("active")},
                           {QStringLiteral("city"), QStringLiteral("Austin")}};
    ApiJob *job = m_client->put(QStringLiteral("/api/v1/users/g2"), body);
    const QByteArray key = job->idempotencyKey(); // the job deletes itself once finished
    const ApiResult result = waitForJob(job);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value.toObject().value(QLatin1String("city")).toString(),
             QStringLiteral("Austin"));
    const SandboxExchange exchange = lastExchange();
    QCOMPARE(exchange.method, QByteArray("PUT"));
    QCOMPARE(exchange.requestHeader("X-Idempotency-Key"), key);
    QVERIFY(
        kUuidV4.match(QString::fromLatin1(exchange.requestHeader("X-Idempotency-Key"))).hasMatch());
}

void TestApiClient::querySent()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
    const ApiResult result = waitForJob(m_client->get(QStringLiteral("/api/v1/users"), query));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const QJsonObject page = result.value.toObject();
    QCOMPARE(page.value(QLatin1String("limit")).toInt(), 2);
    QCOMPARE(page.value(QLatin1String("items")).toArray().size(), 2);
    QCOMPARE(page.value(QLatin1String("total")).toInt(), 7);
}

void TestApiClient::baseUrlWithTrailingSlash()
{
    QUrl base = m_harness->server().baseUrl();
    base.setPath(QStringLiteral("/"));
    m_client->setBaseUrl(base);
    const ApiResult result = waitForJob(m_client->get(QStringLiteral("api/v1/users/me")));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(lastExchange().path, QStringLiteral("/api/v1/users/me"));
}

void TestApiClient::unauthorizedDecoded()
{
    m_client->setBearerToken("not-a-key");
    const ApiResult result = waitForJob(m_client->get(QStringLiteral("/api/v1/users")));
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.message, QStringLiteral("Invalid API key"));
    QCOMPARE(result.error.requestId.size(), 26);
    QCOMPARE(result.error.requestId.toLatin1(), lastExchange().requestId);
    QCOMPARE(result.requestId, result.error.requestId);
}

void TestApiClient::missingTokenDecoded()
{
    m_client->setBearerToken({});
    const ApiResult result = waitForJob(m_client->get(QStringLiteral("/api/v1/users")));
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result.error.message, QStringLiteral("Not authenticated"));
    QVERIFY(lastExchange().requestHeader("Authorization").isEmpty());
}

void TestApiClient::validationDecoded()
{
    const ApiResult result = waitForJob(m_client->patch(
        QStringLiteral("/api/v1/users/a1"),
        QJsonObject{{QStringLiteral("displayEmail"), QStringLiteral("not-an-email")}}));
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.httpStatus, 422);
    QVERIFY2(result.error.fieldErrors.contains(QStringLiteral("display_email")),
             qPrintable(result.error.fieldErrors.keys().join(QLatin1Char(','))));
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(!result.error.requestId.isEmpty());
}

void TestApiClient::meApiEnvelope()
{
    m_client->setBearerToken(m_harness->sessionToken(QStringLiteral("g1")));
    const ApiResult me = waitForJob(m_client->get(QStringLiteral("/v1/me")));
    QVERIFY2(me.ok(), qPrintable(me.error.message));
    const QJsonObject data = me.value.toObject();
    QCOMPARE(data.value(QLatin1String("user_id")).toString(), QStringLiteral("g1"));
    QCOMPARE(data.value(QLatin1String("preferences"))
                 .toObject()
                 .value(QLatin1String("timezone"))
                 .toString(),
             QStringLiteral("America/Denver"));

    const ApiResult bad = waitForJob(m_client->patch(
        QStringLiteral("/v1/me"),
        QJsonObject{{QStringLiteral("preferences"),
                     QJsonObject{{QStringLiteral("timezone"), QStringLiteral("Mars/Olympus")}}}}));
    QCOMPARE(bad.error.kind, ApiError::Kind::Validation);
    QCOMPARE(bad.error.serverCode, QStringLiteral("INVALID_TIMEZONE"));
    QVERIFY(bad.error.fieldErrors.contains(QStringLiteral("timezone")));
    QCOMPARE(bad.error.requestId.toLatin1(), lastExchange().requestId);

    m_client->setBearerToken("key-admin-a1");
    const ApiResult forbidden = waitForJob(m_client->get(QStringLiteral("/v1/me")));
    QCOMPARE(forbidden.error.kind, ApiError::Kind::Forbidden);
    QCOMPARE(forbidden.error.serverCode, QStringLiteral("FORBIDDEN"));
}

void TestApiClient::requestFinishedSignal()
{
    QSignalSpy spy(m_client.get(), &ApiClient::requestFinished);
    waitForJob(m_client->get(QStringLiteral("/api/v1/users/me")));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("GET"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("/api/v1/users/me"));
}

// The caller's own abort (a search typed further) says nothing of the connection: the job
// finishes Cancelled, and observers such as the status bar do not hear of it.
void TestApiClient::anAbortedJobIsNotReportedToObservers()
{
    m_harness->server().faults().setLatencyMs(200);
    QSignalSpy spy(m_client.get(), &ApiClient::requestFinished);
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy finished(job, &ApiJob::finished);
    QTRY_COMPARE(m_network->requests, 1);
    job->abort();
    QCOMPARE(finished.size(), 1);
    const ApiResult result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(result.error.clientStop, ApiError::ClientStop::Cancelled);
    QVERIFY(spy.isEmpty());
    waitForJob(m_client->get(QStringLiteral("/api/v1/users/me")));
    QCOMPARE(spy.size(), 1); // an answered request still is
}

void TestApiClient::refusesPlainHttpToRemoteHost()
{
    m_client->setBaseUrl(QUrl(QStringLiteral("http://valara.cloud")));
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/users"));
    QSignalSpy spy(job, &ApiJob::finished);
    QCOMPARE(spy.size(), 0); // finished comes later, so callers can connect first
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    const ApiResult result = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.error.message.contains(QLatin1String("http://")));

    ApiJob *write = m_client->patch(QStringLiteral("/api/v1/users/a1"), {});
    QCOMPARE(waitForJob(write).error.kind, ApiError::Kind::Protocol);
    QCOMPARE(m_network->requests, 0);
    QTest::qWait(50);
    QVERIFY(m_exchanges.isEmpty());
}

void TestApiClient::baseUrlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://valara.cloud" << true;
    QTest::newRow("https legacy") << "https://dash.jacoballenmedia.com" << true;
    QTest::newRow("http remote") << "http://valara.cloud" << false;
    QTest::newRow("http private ip") << "http://192.168.1.10:8080" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10" << true;
    QTest::newRow("http ::1") << "http://[::1]:9000" << true;
    QTest::newRow("http localhost") << "http://localhost:9000" << true;
    QTest::newRow("http LOCALHOST.") << "http://LOCALHOST.:9000" << true;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("empty") << "" << false;
}

void TestApiClient::baseUrlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString reason;
    QCOMPARE(ApiClient::isAllowedBaseUrl(QUrl(url), &reason), allowed);
    QCOMPARE(reason.isEmpty(), allowed);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
