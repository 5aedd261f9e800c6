// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli's Valara commands, the real binary against an in-process sandbox on loopback:
// what is sent (and when nothing is), what is printed, and the exit codes.
#include "CliProcess.h"
#include "SandboxHarness.h"
#include "sandbox/http/FaultInjector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {
const QByteArray AgentG1 = "key-agent-g1";
const QByteArray BrokerB1 = "key-broker-b1";
} // namespace

class TestValaraCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localProblemsSendNothing_data();
    void localProblemsSendNothing();
    void brokerSetsTeamMemberPreferences();
    void ownProfileInCamelCaseIsSentInSnakeCase();
    void emptyValueSendsNull();
    void whoamiAndUsers();
    void forbiddenExits3WithRequestId();
    void notFoundExits4();
    void serverRefusalExits5();
};

void TestValaraCli::localProblemsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("keyed");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("unknown timezone")
        << QStringList{"prefs", "set", "g1", "timezone=Mars/Olympus"} << true
        << QByteArray("valara-cli: timezone: \"Mars/Olympus\" is not a timezone");
    QTest::newRow("unknown timezone for the caller")
        << QStringList{"prefs", "set", "timezone=Mars/Olympus", "theme=dark"} << true
        << QByteArray("Mars/Olympus");
    QTest::newRow("admin-only field") << QStringList{"profile", "set", "email=x@y.co"} << true
                                      << QByteArray("can only be changed by an administrator");
    QTest::newRow("same field twice")
        << QStringList{"profile", "set", "cellPhone=1", "cell_phone=2"} << true
        << QByteArray("given twice");
    QTest::newRow("me timezone") << QStringList{"me", "set-timezone", "UTC+05:00"} << true
                                 << QByteArray("UTC+05:00");
    QTest::newRow("missing key") << QStringList{"prefs", "get"} << false
                                 << QByteArray("VALARA_API_KEY is not set");
    QTest::newRow("unknown command")
        << QStringList{"preferences"} << true << QByteArray("unknown command");
}

void TestValaraCli::localProblemsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, keyed);
    QFETCH(QByteArray, expected);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    Environment environment = withKey(h, AgentG1);
    if (!keyed)
        environment.removeLast();
    const Run run = runCli(arguments, environment);
    VERIFY_RUN(run, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
    // Give a stray request every chance to arrive: there must be none.
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
}

void TestValaraCli::brokerSetsTeamMemberPreferences()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    const Run run =
        runCli({"prefs", "set", "g2", "timezone=Europe/Paris", "theme=dark"}, withKey(h, BrokerB1));
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QJsonObject expected{{"date_time_format", "uk"},
                               {"timezone", "Europe/Paris"},
                               {"language", "en-US"},
                               {"measurement_unit", "metric"},
                               {"theme", "dark"}};
    QCOMPARE(run.json(), expected);

    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().method, QByteArray("PATCH"));
    QCOMPARE(seen.first().path, QStringLiteral("/api/v1/users/g2/preferences"));
    QCOMPARE(bodyOf(seen.first()), (QJsonObject{{"timezone", "Europe/Paris"}, {"theme", "dark"}}));
    QCOMPARE(seen.first().requestHeader("Authorization"), QByteArray("Bearer ") + BrokerB1);
    QVERIFY(!seen.first().requestHeader("X-Idempotency-Key").isEmpty());
    QVERIFY(seen.first().applied);
    QCOMPARE(h.get(QStringLiteral("/api/v1/users/g2/preferences"), BrokerB1).json(), expected);
}

void TestValaraCli::ownProfileInCamelCaseIsSentInSnakeCase()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    const Run run =
        runCli({"profile", "set", "displayName=G.", "cellPhone=+1-555-0123"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("id").toString(), QStringLiteral("g1"));
    QCOMPARE(run.json().value("display_name").toString(), QStringLiteral("G."));
    QCOMPARE(run.json().value("cell_phone").toString(), QStringLiteral("+15550123")); // E.164
    // Possible but not a number in use: said on stderr, not refused.
    QVERIFY2(run.err.contains("valara-cli: warning: cellPhone: ") && run.err.contains("+15550123"),
             qPrintable(run.describe()));
    QCOMPARE(run.json().value("title").toString(), QStringLiteral("Agent"));

    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).method, QByteArray("GET"));
    QCOMPARE(seen.at(0).path, QStringLiteral("/api/v1/users/me"));
    QCOMPARE(seen.at(1).method, QByteArray("PATCH"));
    QCOMPARE(seen.at(1).path, QStringLiteral("/api/v1/users/g1"));
    QCOMPARE(bodyOf(seen.at(1)),
             (QJsonObject{{"display_name", "G."}, {"cell_phone", "+15550123"}}));
}

void TestValaraCli::emptyValueSendsNull()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    Run run = runCli({"profile", "set", "g1", "title="}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QVERIFY(run.json().value("title").isNull());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bodyOf(exchanges(spy).first()), (QJsonObject{{"title", QJsonValue::Null}}));

    spy.clear();
    run = runCli({"prefs", "set", "g1", "language=", "dateTimeFormat=us"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("language").toString(), QStringLiteral("en-US")); // the default
    QCOMPARE(run.json().value("date_time_format").toString(), QStringLiteral("us"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bodyOf(exchanges(spy).first()),
             (QJsonObject{{"language", QJsonValue::Null}, {"date_time_format", "us"}}));
}

void TestValaraCli::whoamiAndUsers()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));

    // --base-url wins over VALARA_BASE_URL.
    Environment environment = withKey(h, AgentG1);
    environment.first().second = QStringLiteral("http://127.0.0.1:9/");
    Run run = runCli({"--base-url", h.url(QStringLiteral("/")).toString(), "whoami"}, environment);
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("id").toString(), QStringLiteral("g1"));
    QCOMPARE(run.json().value("email").toString(), QStringLiteral("gina@valara.test"));

    run = runCli({"users", "--query", "agent"}, withKey(h, BrokerB1));
    VERIFY_RUN(run, 0);
    QStringList ids;
    for (const QJsonValue &user : run.json().value("items").toArray())
        ids.append(user.toObject().value("id").toString());
    QCOMPARE(ids, (QStringList{"g1", "g2"}));
    QCOMPARE(run.json().value("total").toInt(), 2);

    run = runCli({"profile", "get", "g2"}, withKey(h, BrokerB1));
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("name").toString(), QStringLiteral("Gus Agent"));

    run = runCli({"prefs", "get"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("timezone").toString(), QStringLiteral("America/Chicago"));
}

void TestValaraCli::forbiddenExits3WithRequestId()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    const Run run = runCli({"prefs", "set", "g2", "theme=dark"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(spy.count(), 1);
    const SandboxExchange seen = exchanges(spy).first();
    QCOMPARE(seen.status, 403);
    QVERIFY(!seen.requestId.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QCOMPARE(run.errLines().first(),
             "valara-cli: Not authorized to update this user's preferences (HTTP 403, request " +
                 seen.requestId + ")");
}

void TestValaraCli::notFoundExits4()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QStringList &arguments : {QStringList{"prefs", "get", "nobody"},
                                         QStringList{"profile", "set", "nobody", "title=x"}}) {
        const Run run = runCli(arguments, withKey(h, AgentG1));
        VERIFY_RUN(run, 4);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("User not found (HTTP 404, request "),
                 qPrintable(run.describe()));
    }
}

void TestValaraCli::serverRefusalExits5()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    // A refusal the client cannot foresee (the client already refuses what the service's rules
    // refuse), scripted in the sandbox with the service's 422 shape.
    h.server().faults().answerNext(
        422, R"({"detail":[{"type":"value_error","loc":["body","cell_phone"],)"
             R"("msg":"Value error, not a valid phone number"}]})");
    const Run run =
        runCli({"profile", "set", "g1", "cellPhone=+1 650 253 0000"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 5);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("cell_phone: ") && run.err.contains("(HTTP 422, "),
             qPrintable(run.describe()));
    QCOMPARE(spy.count(), 1);
    QVERIFY2(run.err.contains("request " + exchanges(spy).first().requestId),
             qPrintable(run.describe()));
}

int runValaraCliTests(int argc, char *argv[])
{
    TestValaraCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_valara_cli.moc"
