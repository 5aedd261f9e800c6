// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli's Me API commands, failures (server errors after retries, no server), secrets and
// --help: the real binary against an in-process sandbox on loopback.
#include "CliProcess.h"
#include "SandboxHarness.h"
#include "sandbox/http/FaultInjector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {
const QByteArray AgentG1 = "key-agent-g1";
} // namespace

class TestValaraCliMeAndFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meApiWithSessionToken();
    void meApiWithApiKeyIsExplained();
    void meGetFallsBackToAnEmptyPatch();
    void theDeadlineCoversEveryRequestOfTheCommand_data();
    void theDeadlineCoversEveryRequestOfTheCommand();
    void serverErrorsExit6AfterRetries();
    void unreachableServerExits6();
    void tokensAreNeverPrinted();
    void helpAndVersion();
};

void TestValaraCliMeAndFailures::meApiWithSessionToken()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const QByteArray token = h.sessionToken(QStringLiteral("g1"));
    // With both set, the me commands use the session token.
    Environment environment = withKey(h, AgentG1);
    environment.append({QStringLiteral("VALARA_SESSION_TOKEN"), QString::fromLatin1(token)});

    Run run = runCli({"me", "get"}, environment);
    VERIFY_RUN(run, 0);
    QVERIFY(!run.shows(token));
    QCOMPARE(run.json().value("user_id").toString(), QStringLiteral("g1"));
    QCOMPARE(run.json().value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("America/Denver"));

    run = runCli({"me", "set-timezone", "America/Los_Angeles"}, environment);
    VERIFY_RUN(run, 0);
    QVERIFY(!run.shows(token));
    QCOMPARE(run.json().value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("America/Los_Angeles"));

    run = runCli({"me", "clear-timezone"}, environment);
    VERIFY_RUN(run, 0);
    QVERIFY(!run.shows(token));
    QVERIFY(run.json().value("preferences").toObject().value("timezone").isNull());

    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.size(), 3);
    for (const SandboxExchange &exchange : seen) {
        QCOMPARE(exchange.path, QStringLiteral("/v1/me"));
        QCOMPARE(exchange.requestHeader("Authorization"), "Bearer " + token);
    }
    QCOMPARE(bodyOf(seen.at(1)),
             (QJsonObject{{"preferences", QJsonObject{{"timezone", "America/Los_Angeles"}}}}));
    QCOMPARE(bodyOf(seen.at(2)),
             (QJsonObject{{"preferences", QJsonObject{{"timezone", QJsonValue::Null}}}}));
}

void TestValaraCliMeAndFailures::meApiWithApiKeyIsExplained()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QStringList &arguments :
         {QStringList{"me", "get"}, QStringList{"me", "set-timezone", "Etc/UTC"}}) {
        const Run run = runCli(arguments, withKey(h, AgentG1));
        VERIFY_RUN(run, 3);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("(HTTP 403, FORBIDDEN, request ") &&
                     run.err.contains("API keys are not user-scoped: sign in with a session "
                                      "token (set VALARA_SESSION_TOKEN)"),
                 qPrintable(run.describe()));
    }
    // An expired session.
    Environment environment = withKey(h, AgentG1);
    environment.append({QStringLiteral("VALARA_SESSION_TOKEN"),
                        QString::fromLatin1(h.sessionToken(QStringLiteral("g1"), -10))});
    const Run expired = runCli({"me", "get"}, environment);
    VERIFY_RUN(expired, 3);
    QVERIFY2(expired.err.contains("UNAUTHORIZED"), qPrintable(expired.describe()));
}

// A service without GET /v1/me: "me get" reads with an empty PATCH, a no-op (docs/api-contract.md
// M1-M13).
void TestValaraCliMeAndFailures::meGetFallsBackToAnEmptyPatch()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    h.server().faults().answerNext(
        404, R"({"success":false,"error":{"code":"NOT_FOUND","message":"not found",)"
             R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})");
    const Environment environment = {
        {QStringLiteral("VALARA_BASE_URL"), h.url(QStringLiteral("/")).toString()},
        {QStringLiteral("VALARA_SESSION_TOKEN"), QString::fromLatin1(h.sessionToken("g1"))}};
    const Run run = runCli({"me", "get"}, environment);
    VERIFY_RUN(run, 0);
    QCOMPARE(run.json().value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("America/Denver"));
    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).status, 404);
    const SandboxExchange &patch = seen.at(1);
    QCOMPARE(patch.method, QByteArray("PATCH"));
    QCOMPARE(patch.requestBody, QByteArray("{}"));
    QCOMPARE(patch.status, 200);
}

// --timeout bounds the whole command: after a first request (the caller's lookup, or a GET /v1/me
// the service does not offer) the next one gets only the time left. Every answer takes 800 ms and
// the command has 1.2 s: the first answer arrives, the second cannot.
void TestValaraCliMeAndFailures::theDeadlineCoversEveryRequestOfTheCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("session");
    QTest::addColumn<QString>("firstPath");
    QTest::newRow("prefs get, the caller first")
        << QStringList{"prefs", "get"} << false << QStringLiteral("/api/v1/users/me");
    QTest::newRow("me get, without a GET")
        << QStringList{"me", "get"} << true << QStringLiteral("/v1/me");
}

void TestValaraCliMeAndFailures::theDeadlineCoversEveryRequestOfTheCommand()
{
    QFETCH(QStringList, command);
    QFETCH(bool, session);
    QFETCH(QString, firstPath);
    SandboxConfig config;
    config.latencyMs = 800;
    SandboxHarness h(config);
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    if (session)
        h.server().faults().answerNext(
            405, R"({"success":false,"error":{"code":"METHOD_NOT_ALLOWED","message":"no",)"
                 R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})");
    Environment environment = withKey(h, AgentG1);
    if (session) {
        environment.removeLast();
        environment.append(
            {QStringLiteral("VALARA_SESSION_TOKEN"), QString::fromLatin1(h.sessionToken("g1"))});
    }

    const Run run = runCli(QStringList{"--timeout=1.2"} + command, environment);
    VERIFY_RUN(run, 6);
    QVERIFY2(run.err.contains("did not answer"), qPrintable(run.describe()));
    // The first request was answered in time; the second was sent, and given up on.
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.at(0).path, firstPath);
    QVERIFY(seen.at(0).status == 200 || seen.at(0).status == 405);
    QCOMPARE(seen.at(1).method, session ? QByteArray("PATCH") : QByteArray("GET"));
}

void TestValaraCliMeAndFailures::serverErrorsExit6AfterRetries()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    h.server().faults().failNext(5);

    const Run run = runCli({"prefs", "set", "g1", "theme=light"}, withKey(h, AgentG1));
    h.server().faults().failNext(0);
    VERIFY_RUN(run, 6);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("(HTTP 503"), qPrintable(run.describe()));
    // At most three attempts, all with one idempotency key, none applied.
    const QList<SandboxExchange> seen = exchanges(spy);
    QVERIFY2(!seen.isEmpty() && seen.size() <= 3, qPrintable(QString::number(seen.size())));
    for (const SandboxExchange &exchange : seen) {
        QCOMPARE(exchange.status, 503);
        QVERIFY(!exchange.applied);
        QCOMPARE(exchange.requestHeader("X-Idempotency-Key"),
                 seen.first().requestHeader("X-Idempotency-Key"));
    }
    QCOMPARE(h.get(QStringLiteral("/api/v1/users/g1/preferences"), AgentG1).json().value("theme"),
             QJsonValue("system"));
}

void TestValaraCliMeAndFailures::unreachableServerExits6()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);

    const Run run = runCli({"--base-url", url, "--timeout", "5", "whoami"},
                           {{QStringLiteral("VALARA_API_KEY"), QStringLiteral("key-agent-g1")}});
    VERIFY_RUN(run, 6);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("no answer from " + url.toUtf8()), qPrintable(run.describe()));
}

void TestValaraCliMeAndFailures::tokensAreNeverPrinted()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QByteArray token = h.sessionToken(QStringLiteral("g1"));
    const QString unknownKey = QStringLiteral("key-unknown-7f3a9c");
    const QString badToken = QStringLiteral("not.a.jwt-5e1d");
    const QString url = h.url(QStringLiteral("/")).toString();
    // Every path, with every log category switched on.
    const Environment verbose = {
        {QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}};
    const QList<QPair<QStringList, Environment>> runs = {
        {{"--base-url", url, "whoami"}, {{"VALARA_API_KEY", "key-agent-g1"}}},
        {{"--base-url", url, "prefs", "set", "theme=dark"}, {{"VALARA_API_KEY", "key-agent-g1"}}},
        {{"--base-url", url, "whoami"}, {{"VALARA_API_KEY", unknownKey}}},
        {{"--base-url", url, "me", "get"}, {{"VALARA_API_KEY", "key-agent-g1"}}},
        {{"--base-url", url, "me", "get"}, {{"VALARA_SESSION_TOKEN", QString::fromLatin1(token)}}},
        {{"--base-url", url, "me", "get"}, {{"VALARA_SESSION_TOKEN", badToken}}},
        {{"--base-url", "http://127.0.0.1:9", "me", "clear-timezone"},
         {{"VALARA_SESSION_TOKEN", QString::fromLatin1(token)}}},
        {{"--base-url", "http://example.com", "whoami"}, {{"VALARA_API_KEY", unknownKey}}},
        {{"--base-url", url, "whoami"}, {{"VALARA_API_KEY", "bad key with spaces"}}},
    };
    for (const auto &[arguments, variables] : runs) {
        const Run run = runCli(arguments, variables + verbose);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        for (const QByteArray &secret :
             FixtureKeys + QList<QByteArray>{token, unknownKey.toUtf8(), badToken.toUtf8(),
                                             "bad key with spaces"})
            QVERIFY2(!run.shows(secret), qPrintable(secret + '\n' + run.describe()));
    }
}

void TestValaraCliMeAndFailures::helpAndVersion()
{
    Run run = runCli({"--help"}, {});
    VERIFY_RUN(run, 0);
    for (const char *text : {"whoami",
                             "users [--query TEXT]",
                             "prefs get [USER]",
                             "prefs set [USER] FIELD=VALUE",
                             "profile get [USER]",
                             "profile set [USER] FIELD=VALUE",
                             "profile set --users ID[,ID...] FIELD=VALUE",
                             "me get",
                             "me set-timezone ZONE",
                             "me clear-timezone",
                             "--base-url",
                             "--timeout",
                             "VALARA_API_KEY",
                             "VALARA_SESSION_TOKEN",
                             "VALARA_BASE_URL",
                             "Exit codes",
                             "sends null",
                             "date_time_format",
                             "friendly, us, uk",
                             "light, dark, system",
                             "imperial, metric",
                             "cell_phone | cellPhone",
                             "administrator",
                             "https://valara.cloud"})
        QVERIFY2(run.out.contains(text), text);

    run = runCli({"--version"}, {});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("valara-cli " VALARA_VERSION "\n"));

    run = runCli({"--frobnicate"}, {});
    VERIFY_RUN(run, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("valara-cli --help"), qPrintable(run.describe()));
}

int runValaraCliMeAndFailureTests(int argc, char *argv[])
{
    TestValaraCliMeAndFailures test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_valara_cli_me.moc"
