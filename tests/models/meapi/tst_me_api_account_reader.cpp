// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MeApiAccountReader against the real sandbox with session tokens (docs/api-contract.md K15): GET
// /v1/me; where the service answers 404 or 405, an empty PATCH; other failures as they came; the
// request gate between the two requests (valara-cli's whole-command deadline).
#include "SandboxHarness.h"
#include "ServiceReadResult.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/meapi/MeApiAccountReader.h"
#include "sandbox/http/FaultInjector.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

QByteArray meError(int status)
{
    const QByteArray code = status == 404 ? "NOT_FOUND" : "METHOD_NOT_ALLOWED";
    return R"({"success":false,"error":{"code":")" + code +
           R"(","message":"no","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})";
}

} // namespace

class TestMeApiAccountReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, m_sandbox->sessionToken("g1"));
        m_reader = std::make_unique<MeApiAccountReader>(m_client.get());
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    void cleanup()
    {
        m_exchanges.reset();
        m_reader.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void aGetReadsThePayload()
    {
        const ApiResult result = startAndWait(m_reader.get());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.toObject().value("user_id").toString(), QStringLiteral("g1"));
        QCOMPARE(zone(result), QStringLiteral("America/Denver"));
        QCOMPARE(m_exchanges->size(), 1);
        QCOMPARE(exchange(0).method, QByteArray("GET"));
        QCOMPARE(exchange(0).path, QStringLiteral("/v1/me"));
        QVERIFY(!m_reader->isBusy());
    }

    void withoutAGetAnEmptyPatchReads_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("404") << 404;
        QTest::newRow("405") << 405;
    }
    void withoutAGetAnEmptyPatchReads()
    {
        QFETCH(int, status);
        m_sandbox->server().faults().answerNext(status, meError(status));
        QSignalSpy sent(m_reader.get(), &MeApiAccountReader::requestSent);
        const ApiResult result = startAndWait(m_reader.get());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(zone(result), QStringLiteral("America/Denver"));
        QCOMPARE(m_exchanges->size(), 2);
        QCOMPARE(exchange(0).status, status);
        QCOMPARE(exchange(1).method, QByteArray("PATCH"));
        QCOMPARE(exchange(1).path, QStringLiteral("/v1/me"));
        QCOMPARE(exchange(1).requestBody, QByteArray("{}"));
        QCOMPARE(result.requestId, QString::fromLatin1(exchange(1).requestId));
        QCOMPARE(sent.size(), 2); // both requests, for whoever tracks jobs
        QCOMPARE(m_sandbox->meTimezone("g1"), QJsonValue("America/Denver")); // nothing changed
    }

    void otherFailuresAreNotReadAgain_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("an API key") << QByteArray("key-agent-g1") << 403;
        QTest::newRow("an ended session") << QByteArray() << 401;
    }
    void otherFailuresAreNotReadAgain()
    {
        QFETCH(QByteArray, token);
        QFETCH(int, status);
        m_client->setBearerToken(token.isEmpty() ? m_sandbox->sessionToken("g1", -60) : token);
        const ApiResult result = startAndWait(m_reader.get());
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(m_exchanges->size(), 1);
        QCOMPARE(exchange(0).method, QByteArray("GET"));
    }

    void aFailedPatchIsTheAnswer()
    {
        m_sandbox->server().faults().answerNext(405, meError(405));
        m_sandbox->server().faults().answerNext(
            500, R"({"success":false,"error":{"code":"INTERNAL_ERROR","message":"write failed",)"
                 R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VN"},"meta":null,"data":null})");
        const ApiResult result = startAndWait(m_reader.get());
        QCOMPARE(result.error.kind, ApiError::Kind::Server);
        QCOMPARE(m_exchanges->size(), 2);
        QCOMPARE(exchange(1).method, QByteArray("PATCH"));
    }

    void aClosedGateEndsTheReadBeforeThePatch()
    {
        m_sandbox->server().faults().answerNext(404, meError(404));
        int asked = 0;
        ApiError refusal;
        refusal.kind = ApiError::Kind::Timeout;
        refusal.message = QStringLiteral("no time left");
        m_reader->setRequestGate([&asked, refusal]() -> std::optional<ApiError> {
            return ++asked == 1 ? std::nullopt : std::optional<ApiError>(refusal);
        });
        const ApiResult result = startAndWait(m_reader.get());
        QCOMPARE(asked, 2);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(result.error.message, refusal.message);
        // What the GET answered stays: its status and request id.
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.requestId, QString::fromLatin1(exchange(0).requestId));
        QCOMPARE(m_exchanges->size(), 1);
    }

private:
    static QString zone(const ApiResult &result)
    {
        return result.value.toObject().value("preferences").toObject().value("timezone").toString();
    }
    SandboxExchange exchange(int i) const
    {
        return m_exchanges->at(i).at(0).value<SandboxExchange>();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MeApiAccountReader> m_reader;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_GUILESS_MAIN(TestMeApiAccountReader)
#include "tst_me_api_account_reader.moc"
