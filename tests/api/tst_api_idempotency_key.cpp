// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A write's idempotency key chosen by its caller (docs/api-contract.md K22), against the real
// sandbox: sent as given on every attempt (K3, K4), applied once however often it is sent (C3),
// never sent when C2 does not allow it; and the key the client makes itself is a UUID v4 (K3).
#include "CountingNetworkAccessManager.h"
#include "SandboxExchanges.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "sandbox/http/FaultInjector.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QString PreferencesPath = QStringLiteral("/api/v1/users/g2/preferences");

QJsonObject timezoneChange(const QString &zone)
{
    return QJsonObject{{QStringLiteral("timezone"), zone}};
}

bool isUuidV4(const QByteArray &key)
{
    static const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return uuidV4.match(QString::fromLatin1(key)).hasMatch();
}

} // namespace

class TestApiIdempotencyKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_client = makeTestClient(*m_sandbox, m_network.get(), "key-broker-b1");
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void theGivenKeyIsSentOnEveryAttempt_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("PUT") << QByteArray("PUT");
    }
    void theGivenKeyIsSentOnEveryAttempt()
    {
        QFETCH(QByteArray, method);
        const QByteArray key = "journal-entry-0042";
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QJsonObject user = m_sandbox->storedUser(QStringLiteral("g2")); // what a PUT sends back
        QCOMPARE(user.value("id").toString(), QStringLiteral("g2"));
        user.insert(QStringLiteral("title"), QStringLiteral("Team lead"));
        exchanges.clear();
        m_sandbox->server().faults().failNext(2); // two 503s, then the change goes through
        ApiJob *job = nullptr;
        if (method == "PATCH") {
            job = m_client->patch(PreferencesPath, timezoneChange("Asia/Kolkata"),
                                  ResponseShape::object(), key);
        } else {
            m_client->setBearerToken("key-admin-a1");
            job = m_client->put(QStringLiteral("/api/v1/users/g2"), user, ResponseShape::object(),
                                {}, key);
        }
        QCOMPARE(job->idempotencyKey(), key);
        const ApiResult result = waitForJob(job);

        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const QList<SandboxExchange> seen = exchangesOf(exchanges);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0).status, 503);
        QCOMPARE(seen.at(1).status, 503);
        QCOMPARE(seen.at(2).status, 200);
        int applied = 0;
        for (const SandboxExchange &exchange : seen) {
            QCOMPARE(exchange.method, method);
            QCOMPARE(exchange.requestHeader("X-Idempotency-Key"), key);
            applied += exchange.applied ? 1 : 0;
        }
        QCOMPARE(applied, 1);
    }

    // What a change journal does after a crash: the change was sent with its recorded key, maybe
    // applied, and is sent again with the same key. Meanwhile another change landed; the resent
    // one must not undo it.
    void aChangeSentAgainWithItsKeyIsAppliedOnce()
    {
        const QByteArray key = ApiClient::newIdempotencyKey();
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);

        const ApiResult first = waitForJob(m_client->patch(
            PreferencesPath, timezoneChange("Asia/Kolkata"), ResponseShape::object(), key));
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        const ApiResult other =
            waitForJob(m_client->patch(PreferencesPath, timezoneChange("Europe/Paris")));
        QVERIFY2(other.ok(), qPrintable(other.error.message));
        const ApiResult again = waitForJob(m_client->patch(
            PreferencesPath, timezoneChange("Asia/Kolkata"), ResponseShape::object(), key));
        QVERIFY2(again.ok(), qPrintable(again.error.message));

        const QList<SandboxExchange> seen = exchangesOf(exchanges);
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.at(0).applied);
        QVERIFY(seen.at(1).applied);
        QVERIFY(!seen.at(2).applied);
        QVERIFY(seen.at(2).replayed);
        QCOMPARE(seen.at(2).requestHeader("X-Idempotency-Key"), key);
        // The replay answers what the first sending answered; the stored value is the later one.
        QCOMPARE(again.value.toObject().value("timezone").toString(),
                 QStringLiteral("Asia/Kolkata"));
        QCOMPARE(m_sandbox->get(PreferencesPath, "key-agent-g2").json().value("timezone"),
                 QJsonValue("Europe/Paris"));
    }

    void theClientsOwnKeyIsAFreshUuidV4()
    {
        const QByteArray made = ApiClient::newIdempotencyKey();
        QVERIFY2(isUuidV4(made), made.constData());
        QVERIFY(ApiClient::isValidIdempotencyKey(made));
        QVERIFY(ApiClient::newIdempotencyKey() != made);

        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        ApiJob *first = m_client->patch(PreferencesPath, timezoneChange("Asia/Kolkata"));
        const QByteArray firstKey = first->idempotencyKey();
        QVERIFY(waitForJob(first).ok());
        ApiJob *second = m_client->patch(PreferencesPath, timezoneChange("Asia/Kolkata"));
        const QByteArray secondKey = second->idempotencyKey();
        QVERIFY(waitForJob(second).ok());

        QVERIFY2(isUuidV4(firstKey), firstKey.constData());
        QVERIFY2(isUuidV4(secondKey), secondKey.constData());
        QVERIFY(firstKey != secondKey);
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchangesOf(exchanges).at(0).requestHeader("X-Idempotency-Key"), firstKey);
        QCOMPARE(exchangesOf(exchanges).at(1).requestHeader("X-Idempotency-Key"), secondKey);
    }

    void anInvalidKeyIsNeverSent_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("256 bytes") << QByteArray(256, 'k');
        QTest::newRow("space") << QByteArray("change 42");
        QTest::newRow("tab") << QByteArray("change\t42");
        QTest::newRow("header injection") << QByteArray("k42\r\nX-Evil: 1");
        QTest::newRow("NUL") << QByteArray("k42\0x", 5);
        QTest::newRow("DEL") << QByteArray("k42\x7f");
        QTest::newRow("non-ASCII") << QString::fromUtf8("clé-42").toUtf8();
    }
    void anInvalidKeyIsNeverSent()
    {
        QFETCH(QByteArray, key);
        QVERIFY(!ApiClient::isValidIdempotencyKey(key));
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy finishedRequests(m_client.get(), &ApiClient::requestFinished);

        const ApiResult patched = waitForJob(m_client->patch(
            PreferencesPath, timezoneChange("Asia/Kolkata"), ResponseShape::object(), key));
        const ApiResult put =
            waitForJob(m_client->put(QStringLiteral("/api/v1/users/g2"), QJsonObject{{"name", "G"}},
                                     ResponseShape::object(), {}, key));

        for (const ApiResult &result : {patched, put}) {
            QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
            QCOMPARE(result.error.clientStop, ApiError::ClientStop::InvalidIdempotencyKey);
            QCOMPARE(result.httpStatus, 0);
            QVERIFY(result.error.message.contains(QStringLiteral("not sent")));
        }
        QCOMPARE(finishedRequests.size(), 2); // observers still hear of both
        QCOMPARE(m_network->requests, 0);
        QCOMPARE(exchanges.size(), 0);
        QCOMPARE(m_sandbox->get(PreferencesPath, "key-agent-g2").json().value("timezone"),
                 QJsonValue("America/New_York"));
    }

    // The edges C2 allows are sent as given, and the sandbox (which reads C2 on its own) takes
    // them: the client is not stricter than the contract.
    void keysAtTheEdgesOfC2AreSent_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("one character") << QByteArray("!");
        QTest::newRow("255 bytes") << QByteArray(255, '~');
        QTest::newRow("every visible character")
            << QByteArray("!\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~");
    }
    void keysAtTheEdgesOfC2AreSent()
    {
        QFETCH(QByteArray, key);
        QVERIFY(ApiClient::isValidIdempotencyKey(key));
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        const ApiResult result = waitForJob(m_client->patch(
            PreferencesPath, timezoneChange("Asia/Kolkata"), ResponseShape::object(), key));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchangesOf(exchanges).at(0).requestHeader("X-Idempotency-Key"), key);
    }

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiIdempotencyKey)
#include "tst_api_idempotency_key.moc"
