// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CallerLookup against the real sandbox: who an API key signs in as, read into a Caller once; a
// refusal or a malformed answer as an error; the request gate (valara-cli's deadline); cancel.
#include "SandboxHarness.h"
#include "ServiceReadResult.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/caller/CallerLookup.h"
#include "sandbox/http/FaultInjector.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestCallerLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    void cleanup()
    {
        m_lookup.reset();
        m_exchanges.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void aBrokerIsReadWithTheirTeams()
    {
        const ApiResult result = lookUp("key-broker-b1");
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const Caller caller = m_lookup->caller();
        QCOMPARE(caller.id(), QStringLiteral("b1"));
        QCOMPARE(caller.displayName(), QStringLiteral("Bruno Broker"));
        QCOMPARE(caller.email(), QStringLiteral("bruno@valara.test"));
        QCOMPARE(caller.role(), Caller::Role::Broker);
        QCOMPARE(caller.teamId(), QStringLiteral("t1"));
        QCOMPARE(caller.managedTeamIds(), QStringList{"t1"});
        QVERIFY(caller.mayEditPreferencesOf("g1", "t1"));
        QVERIFY(!caller.mayEditProfileOf("g1"));
        QCOMPARE(m_exchanges->size(), 1);
        QCOMPARE(exchange(0).method, QByteArray("GET"));
        QCOMPARE(exchange(0).path, QStringLiteral("/api/v1/users/me"));
        QCOMPARE(result.requestId, QString::fromLatin1(exchange(0).requestId));
        QVERIFY(!m_lookup->isBusy());
    }

    void anAdminIsAnAdmin()
    {
        QVERIFY(lookUp("key-admin-a1").ok());
        QVERIFY(m_lookup->caller().isAdmin());
        QCOMPARE(m_lookup->caller().id(), QStringLiteral("a1"));
    }

    void aRefusedKeyIsAnErrorAndNobody()
    {
        const ApiResult result = lookUp("key-nobody");
        QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(result.error.httpStatus, 401);
        QVERIFY(!m_lookup->caller().isValid());
    }

    void anAnswerThatIsNotAUserIsAProtocolError()
    {
        m_sandbox->server().faults().answerNext(200, R"({"name":"No Id","role":"admin"})");
        const ApiResult result = lookUp("key-admin-a1");
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
        QVERIFY(!m_lookup->caller().isValid());
    }

    void aNewLookupForgetsTheLastCaller()
    {
        QVERIFY(lookUp("key-admin-a1").ok());
        m_client->setBearerToken("key-nobody");
        QSignalSpy finished(m_lookup.get(), &CallerLookup::finished);
        m_lookup->start();
        QVERIFY(!m_lookup->caller().isValid());
        QVERIFY(finished.wait(5000));
        QVERIFY(!m_lookup->caller().isValid());
    }

    void aClosedGateSendsNothingAndReportsLater()
    {
        makeLookup("key-admin-a1");
        ApiError refusal;
        refusal.kind = ApiError::Kind::Timeout;
        refusal.message = QStringLiteral("no time left");
        m_lookup->setRequestGate([refusal] { return std::optional<ApiError>(refusal); });
        QSignalSpy finished(m_lookup.get(), &CallerLookup::finished);
        m_lookup->start();
        QCOMPARE(finished.size(), 0); // never from inside start()
        QVERIFY(finished.wait(5000));
        const ApiResult result = finished.at(0).at(0).value<ApiResult>();
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(result.error.message, refusal.message);
        QCOMPARE(m_exchanges->size(), 0);
        QVERIFY(!m_lookup->isBusy());
    }

    void cancelAndRestartDropThePendingLookup()
    {
        makeLookup("key-admin-a1");
        QSignalSpy finished(m_lookup.get(), &CallerLookup::finished);
        m_lookup->start();
        QVERIFY(m_lookup->isBusy());
        m_lookup->cancel();
        QVERIFY(!m_lookup->isBusy());
        m_lookup->start();
        m_lookup->start(); // drops the one before
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1); // the last one only
        QVERIFY(finished.at(0).at(0).value<ApiResult>().ok());
        QCOMPARE(m_lookup->caller().id(), QStringLiteral("a1"));
    }

private:
    void makeLookup(const QByteArray &key)
    {
        m_client = makeTestClient(*m_sandbox, &m_network, key);
        m_lookup = std::make_unique<CallerLookup>(m_client.get());
    }
    ApiResult lookUp(const QByteArray &key)
    {
        makeLookup(key);
        return startAndWait(m_lookup.get());
    }
    SandboxExchange exchange(int i) const
    {
        return m_exchanges->at(i).at(0).value<SandboxExchange>();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CallerLookup> m_lookup;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_GUILESS_MAIN(TestCallerLookup)
#include "tst_caller_lookup.moc"
