// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionTester against the real sandbox on loopback: who a key or a session token signs in
// as, the 401s explained for people, and everything refused locally without a request.
#include "SandboxHarness.h"
#include "api/session/SessionTokenInfo.h"
#include "models/caller/ConnectionTester.h"
#include "models/meapi/MeApiPreferences.h"
#include "sandbox/http/FaultInjector.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

struct Outcome
{
    int reports = 0;
    bool ok = false;
    Account account;
    ApiError error;
};

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<SandboxExchange>();
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_tester = std::make_unique<ConnectionTester>(&m_network);
    }
    void cleanup()
    {
        m_tester.reset();
        m_exchanges.reset();
        m_sandbox.reset();
    }

    void aGoodAdminKeyShowsWhoAndTheRole()
    {
        const Outcome outcome = run(Account::Kind::Valara, base(), "key-admin-a1");
        QCOMPARE(outcome.reports, 1);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.account.kind, Account::Kind::Valara);
        QCOMPARE(outcome.account.userId, QStringLiteral("a1"));
        QCOMPARE(outcome.account.role, QStringLiteral("admin"));
        QCOMPARE(outcome.account.displayName, QStringLiteral("Alice Admin"));
        QCOMPARE(outcome.account.baseUrl, Account::normalizedBaseUrl(base()));
        QVERIFY(outcome.account.isValid());
        QVERIFY(!outcome.error.isError());
        QCOMPARE(paths(), QStringList{QStringLiteral("GET /api/v1/users/me 200")});
        QCOMPARE(exchange(0).requestHeader("Authorization"), QByteArray("Bearer key-admin-a1"));
        QVERIFY(!m_tester->isBusy());
    }

    void aBadKeyGetsThe401ExplainedWithTheRequestId()
    {
        const Outcome outcome = run(Account::Kind::Valara, base(), "key-admin-a1-typo");
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.message,
                 QStringLiteral("The API key was not accepted. Check that it is complete and has "
                                "not been revoked."));
        QCOMPARE(outcome.error.requestId.size(), 26);
        QCOMPARE(m_exchanges->size(), 1); // a 401 is never retried
        QCOMPARE(outcome.error.requestId, QString::fromLatin1(exchange(0).requestId));
        QVERIFY(!outcome.account.isValid());
    }

    void aSessionTokenForAValaraAccountIsRefusedWithoutARequest()
    {
        const Outcome outcome =
            run(Account::Kind::Valara, base(), m_sandbox->sessionToken(QStringLiteral("a1")));
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.message,
                 QStringLiteral("This looks like a session token: choose a Me API account, or use "
                                "an API key."));
        QCOMPARE(outcome.error.httpStatus, 0);
        QCOMPARE(m_exchanges->size(), 0);
    }

    void aSessionTokenSignsInToTheMeApi()
    {
        const Outcome outcome =
            run(Account::Kind::MeApi, base(), m_sandbox->sessionToken(QStringLiteral("g1")));
        QCOMPARE(outcome.reports, 1);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.account.kind, Account::Kind::MeApi);
        QCOMPARE(outcome.account.userId, QStringLiteral("g1"));
        QVERIFY(outcome.account.role.isEmpty());
        QCOMPARE(outcome.account.displayName, QStringLiteral("g1 (organisation org-1)"));
        QVERIFY(outcome.account.isValid());
        QCOMPARE(paths(), QStringList{QStringLiteral("GET /v1/me 200")});
    }

    void withoutAGetTheMeApiIsReadWithAnEmptyPatch()
    {
        m_sandbox->server().faults().answerNext(
            404, R"({"success":false,"error":{"code":"NOT_FOUND","message":"not found",)"
                 R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})");
        const Outcome outcome =
            run(Account::Kind::MeApi, base(), m_sandbox->sessionToken(QStringLiteral("g1")));
        QCOMPARE(outcome.reports, 1);
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message));
        QCOMPARE(outcome.account.userId, QStringLiteral("g1"));
        QCOMPARE(paths(), (QStringList{"GET /v1/me 404", "PATCH /v1/me 200"}));
        QCOMPARE(exchange(1).requestBody, QByteArray("{}"));
    }

    void aRefusedSessionTokenIsExplained()
    {
        // Well formed and unexpired, but for an organisation that is not the user's (M1).
        const QByteArray token = m_sandbox->sessionToken(QStringLiteral("g1"), 3600, "org-2");
        const Outcome outcome = run(Account::Kind::MeApi, base(), token);
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.message,
                 QStringLiteral("The session token was not accepted: it may have ended. Sign in "
                                "to the dashboard again and copy a new one."));
        QCOMPARE(outcome.error.requestId, QString::fromLatin1(exchange(0).requestId));
    }

    void anApiKeyForAMeApiAccountIsRefusedWithoutARequest()
    {
        const Outcome outcome = run(Account::Kind::MeApi, base(), "key-agent-g1");
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.message, SessionTokenInfo::decode("key-agent-g1").problem());
        QVERIFY2(outcome.error.message.contains("not a session token"),
                 qPrintable(outcome.error.message));
        QCOMPARE(m_exchanges->size(), 0);
    }

    void anExpiredSessionTokenIsRefusedWithoutARequest()
    {
        const QByteArray token = m_sandbox->sessionToken(QStringLiteral("g1"), -60);
        const Outcome outcome = run(Account::Kind::MeApi, base(), token);
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.message.startsWith("This session token expired at "),
                 qPrintable(outcome.error.message));
        QCOMPARE(m_exchanges->size(), 0);
    }

    void plainHttpToAnotherHostIsRefusedWithoutARequest()
    {
        for (const Account::Kind kind : {Account::Kind::Valara, Account::Kind::MeApi}) {
            const QByteArray secret = kind == Account::Kind::Valara
                                          ? QByteArray("key-admin-a1")
                                          : m_sandbox->sessionToken(QStringLiteral("g1"));
            const Outcome outcome = run(kind, QUrl("http://example.com"), secret);
            QCOMPARE(outcome.reports, 1);
            QVERIFY(!outcome.ok);
            QCOMPARE(outcome.error.kind, ApiError::Kind::Protocol);
            QVERIFY2(outcome.error.message.contains("plain http://"),
                     qPrintable(outcome.error.message));
            QVERIFY(!outcome.error.message.contains(QString::fromLatin1(secret)));
        }
        QCOMPARE(m_exchanges->size(), 0);
    }

    void anEmptySecretIsRefusedWithoutARequest()
    {
        const Outcome outcome = run(Account::Kind::Valara, base(), "  ");
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.message, QStringLiteral("Enter the API key."));
        QCOMPARE(m_exchanges->size(), 0);
    }

    void anUnreachableServerGetsAHintToCheckTheAddress()
    {
        // A loopback port that was free a moment ago: the connection is refused (and retried).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        const Outcome outcome = run(Account::Kind::Valara, closed, "key-admin-a1");
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Network);
        QVERIFY2(outcome.error.message.contains("Check the address (" + closed.toString() + ")"),
                 qPrintable(outcome.error.message));
    }

    void aNewTestReplacesThePendingOne()
    {
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->test(Account::Kind::Valara, base(), "key-admin-a1-typo");
        QVERIFY(m_tester->isBusy());
        m_tester->test(Account::Kind::Valara, base(), "key-broker-b1");
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(finished.at(0).at(1).value<Account>().userId, QStringLiteral("b1"));
        QVERIFY(!m_tester->isBusy());

        // cancel() drops a pending test without a report.
        m_tester->test(Account::Kind::Valara, base(), "key-admin-a1");
        m_tester->cancel();
        QVERIFY(!m_tester->isBusy());
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }

    void sessionTokensAreToldFromApiKeys()
    {
        QVERIFY(ConnectionTester::looksLikeSessionToken(m_sandbox->sessionToken("g1")));
        QVERIFY(ConnectionTester::looksLikeSessionToken(" eyJa.b.c\n"));
        QVERIFY(!ConnectionTester::looksLikeSessionToken("key-admin-a1"));
        QVERIFY(!ConnectionTester::looksLikeSessionToken("eyJabc"));
        QVERIFY(!ConnectionTester::looksLikeSessionToken("a.b.c"));
    }

private:
    QUrl base() const { return m_sandbox->server().baseUrl(); }

    // Runs one test, waits for its report, then a little longer to catch a second one.
    Outcome run(Account::Kind kind, const QUrl &url, const QByteArray &secret)
    {
        QSignalSpy finished(m_tester.get(), &ConnectionTester::finished);
        m_tester->test(kind, url, secret);
        Outcome outcome;
        if (!finished.wait(15000))
            return outcome;
        QTest::qWait(50);
        outcome.reports = int(finished.size());
        outcome.ok = finished.at(0).at(0).toBool();
        outcome.account = finished.at(0).at(1).value<Account>();
        outcome.error = finished.at(0).at(2).value<ApiError>();
        return outcome;
    }
    SandboxExchange exchange(int index) const
    {
        return m_exchanges->at(index).at(0).value<SandboxExchange>();
    }
    // "METHOD /path STATUS" of every exchange so far.
    QStringList paths() const
    {
        QStringList result;
        for (int i = 0; i < m_exchanges->size(); ++i) {
            const SandboxExchange e = exchange(i);
            result.append(QStringLiteral("%1 %2 %3")
                              .arg(QString::fromLatin1(e.method), e.path)
                              .arg(e.status));
        }
        return result;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<QSignalSpy> m_exchanges;
    std::unique_ptr<ConnectionTester> m_tester;
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connection_tester.moc"
