// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-sandbox's command line (docs/api-contract.md, "Sandbox-only behaviour"), run as a process.
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "sandbox/services/SessionToken.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace valara::testing;
using namespace ContractChecks;

namespace {

const QByteArray Secret = "cli-test-secret";

QString fixturePath()
{
    return SandboxHarness::testDataPath(QStringLiteral("contract-fixture.json"));
}

QByteArray tokenFor(const QString &user, const QString &org, qint64 ttl = 3600)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return SessionToken::mint({user, org, now, now.addSecs(ttl)}, Secret);
}

// A request line: METHOD PATH STATUS REQUEST_ID MS ms. `exact` demands nothing else on the line;
// otherwise a prefix (a logging category, say) is tolerated so the content can still be checked.
QList<QRegularExpressionMatch> logMatches(const QByteArray &stderrData, bool exact)
{
    static const QString request = QStringLiteral("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\\S+) "
                                                  "(\\d{3}) ([0-9A-HJKMNP-TV-Z]{26}) (\\d+) ms$");
    static const QRegularExpression exactLine(QLatin1Char('^') + request);
    static const QRegularExpression anyLine(QStringLiteral("(?:^|\\s)") + request);
    QList<QRegularExpressionMatch> matches;
    for (const QByteArray &line : stderrData.split('\n')) {
        const auto match = (exact ? exactLine : anyLine).match(QString::fromUtf8(line));
        if (match.hasMatch())
            matches.append(match);
    }
    return matches;
}

} // namespace

class TstSandboxCli : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void startup_firstLineNamesTheRealPort();
    void log_oneLinePerRequestWithoutSecrets();
    void fixture_badFixtureExitsWith2NamingTheProblem_data();
    void fixture_badFixtureExitsWith2NamingTheProblem();
    void usage_badArgumentsExitWith2_data();
    void usage_badArgumentsExitWith2();
    void startup_unusablePortOrDatabaseExitsWith1();
    void mintToken_tokenIsAcceptedBySandboxWithTheSameSecret();
    void mintToken_negativeTtlGivesARefusedToken();
    void faults_failRateOneAnswers503();
    void faults_latencyDelaysAnswers();
    void db_restartKeepsChanges();

private:
    QProcess *launch(const QStringList &arguments);
    // Starts a sandbox and waits for its first stdout line; returns its base URL (empty on
    // failure).
    QUrl startSandbox(const QStringList &extraArguments, QProcess **process = nullptr);
    // Runs to completion (bounded); returns the exit code, -1 if it did not finish.
    int runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err);

    QList<QProcess *> m_processes;
    QByteArray m_firstLine;
};

void TstSandboxCli::cleanup()
{
    for (QProcess *process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
        delete process;
    }
    m_processes.clear();
}

QProcess *TstSandboxCli::launch(const QStringList &arguments)
{
    auto *process = new QProcess;
    m_processes.append(process);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES")); // the tests silence the HTTP log
    environment.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(VALARA_SANDBOX_BIN), arguments);
    return process;
}

QUrl TstSandboxCli::startSandbox(const QStringList &extraArguments, QProcess **out)
{
    QProcess *process =
        launch(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments);
    if (out)
        *out = process;
    if (!process->waitForStarted(10000))
        return {};
    QByteArray stdoutData;
    QElapsedTimer timer;
    timer.start();
    while (!stdoutData.contains('\n') && timer.elapsed() < 15000 &&
           process->state() == QProcess::Running) {
        process->waitForReadyRead(500);
        stdoutData += process->readAllStandardOutput();
    }
    m_firstLine = stdoutData.left(stdoutData.indexOf('\n'));
    static const QRegularExpression listening(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = listening.match(QString::fromUtf8(m_firstLine));
    if (!match.hasMatch() || match.captured(1).toInt() == 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));
}

int TstSandboxCli::runToEnd(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess *process = launch(arguments);
    if (!process->waitForFinished(15000))
        return -1;
    if (out)
        *out = process->readAllStandardOutput();
    if (err)
        *err = process->readAllStandardError();
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

void TstSandboxCli::startup_firstLineNamesTheRealPort()
{
    const QUrl url = startSandbox({QStringLiteral("--fixture"), fixturePath()});
    QVERIFY2(url.isValid() && !url.isEmpty(), m_firstLine.constData());
    QVERIFY(url.port() > 0);
    CHECK(status(AsyncHttp(url).request("GET", QStringLiteral("/api/v1/users/me"), "key-agent-g1"),
                 200));
}

void TstSandboxCli::log_oneLinePerRequestWithoutSecrets()
{
    QProcess *process = nullptr;
    const QUrl url = startSandbox({"--fixture", fixturePath(), "--jwt-secret", Secret}, &process);
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    AsyncHttp http(url);
    const QByteArray token = tokenFor("g1", "org-1");
    struct Expected
    {
        HttpReply reply;
        QString method;
        QString path;
    };
    const QList<Expected> sent{
        {http.request("GET", "/api/v1/users/me", "key-agent-g1"), "GET", "/api/v1/users/me"},
        {http.request("GET", "/api/v1/users?q=querysecret&limit=5", "key-agent-g1"), "GET",
         "/api/v1/users"},
        {http.request("GET", "/v1/me", token), "GET", "/v1/me"},
        {http.request("PATCH", "/v1/me", token, R"({"preferences":{"timezone":"UTC"}})",
                      {{"Content-Type", "application/json"},
                       {"X-Idempotency-Key", "idemsecret"},
                       {"X-Custom", "headersecret"}}),
         "PATCH", "/v1/me"},
        {http.request("GET", "/nothing/here?token=querysecret2", {}), "GET", "/nothing/here"},
        {http.request("PATCH", "/v1/me", "key-agent-g1", "{}",
                      {{"Content-Type", "application/json"}}),
         "PATCH", "/v1/me"},
    };
    QByteArray err;
    const auto enoughLines = [&] {
        err += process->readAllStandardError();
        return logMatches(err, false).size() >= sent.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(enoughLines(), 10000);
    const auto matches = logMatches(err, false);
    QCOMPARE(matches.size(), sent.size());
    for (const Expected &expected : sent) {
        CHECK(answered(expected.reply));
        const QString id = QString::fromLatin1(expected.reply.header("X-Request-Id"));
        const auto line = std::find_if(matches.begin(), matches.end(),
                                       [&id](const auto &m) { return m.captured(4) == id; });
        QVERIFY2(line != matches.end(), qPrintable(id + QLatin1String(" not logged:\n") + err));
        QCOMPARE(line->captured(1), expected.method);
        QCOMPARE(line->captured(2), expected.path);
        QCOMPARE(line->captured(3).toInt(), expected.reply.status);
    }
    for (const QByteArray &secret :
         {QByteArray("key-agent-g1"), token, QByteArray("Bearer"), QByteArray("querysecret"),
          QByteArray("idemsecret"), QByteArray("headersecret"), Secret})
        QVERIFY2(!err.contains(secret), secret.constData());
    // Last, the exact format: nothing but the fields on the line.
    QVERIFY2(logMatches(err, true).size() == sent.size(), err.constData());
}

void TstSandboxCli::fixture_badFixtureExitsWith2NamingTheProblem_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QStringList>("mentions");
    const auto user = [](const char *id, const char *extra) {
        return QByteArray(R"({"id":")") + id + R"(","role":"agent","api_key":"key-)" + id +
               R"(","org_id":"org-1","team":null,"manages":[],"profile":{"email":")" + id +
               R"(@valara.test","name":"Some One"},"preferences":{})" + extra + "}";
    };
    QTest::newRow("not json") << QByteArray(R"({"users":[{"id":"a1",)") << QStringList{"json"};
    QTest::newRow("duplicate id")
        << "{\"users\":[" + user("dup1", "") + ',' +
               QByteArray(user("dup1", "")).replace("key-dup1", "key-other") + "]}"
        << QStringList{"dup1"};
    QTest::newRow("duplicate api key")
        << "{\"users\":[" + user("u1", "") + ',' +
               QByteArray(user("u2", "")).replace("key-u2", "key-u1") + "]}"
        << QStringList{"api_key"};
    QTest::newRow("unknown role")
        << "{\"users\":[" + QByteArray(user("r9", "")).replace("\"agent\"", "\"wizard\"") + "]}"
        << QStringList{"r9", "role"};
    QTest::newRow("refused preference")
        << "{\"users\":[" +
               QByteArray(user("v1", ""))
                   .replace("\"preferences\":{}", "\"preferences\":{\"theme\":\"neon\"}") +
               "]}"
        << QStringList{"v1", "theme"};
    QTest::newRow("refused profile value")
        << "{\"users\":[" +
               QByteArray(user("v2", ""))
                   .replace("\"name\":\"Some One\"",
                            "\"name\":\"Some One\",\"phone\":\"call me\"") +
               "]}"
        << QStringList{"v2", "phone"};
    QTest::newRow("refused me timezone")
        << "{\"users\":[" + user("v3", R"(,"me_preferences":{"timezone":"Mars/Base"})") + "]}"
        << QStringList{"v3", "timezone"};
}

void TstSandboxCli::fixture_badFixtureExitsWith2NamingTheProblem()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("fixture.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fixture);
    file.close();
    QByteArray out;
    QByteArray err;
    QCOMPARE(runToEnd({"--port", "0", "--fixture", file.fileName()}, &out, &err), 2);
    QVERIFY(!out.contains("listening on"));
    for (const QString &mention : mentions)
        QVERIFY2(QString::fromUtf8(err).contains(mention, Qt::CaseInsensitive), err.constData());
}

void TstSandboxCli::usage_badArgumentsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{"--bogus"};
    QTest::newRow("port not a number") << QStringList{"--port", "http"};
    QTest::newRow("port out of range") << QStringList{"--port", "70000"};
    QTest::newRow("fail rate not a number") << QStringList{"--fail-rate", "often"};
    QTest::newRow("latency not a number") << QStringList{"--latency-ms", "slow"};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("mint without user") << QStringList{"mint-token", "--secret", "S"};
    QTest::newRow("mint without secret") << QStringList{"mint-token", "--user", "g1"};
    QTest::newRow("mint unknown option")
        << QStringList{"mint-token", "--user", "g1", "--secret", "S", "--bogus"};
}

void TstSandboxCli::usage_badArgumentsExitWith2()
{
    QFETCH(QStringList, arguments);
    QByteArray out;
    QByteArray err;
    QCOMPARE(runToEnd(arguments, &out, &err), 2);
    QVERIFY(!out.contains("listening on"));
    QVERIFY(!err.trimmed().isEmpty());
}

void TstSandboxCli::startup_unusablePortOrDatabaseExitsWith1()
{
    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    QByteArray out;
    QCOMPARE(
        runToEnd({"--port", QString::number(occupied.serverPort()), "--fixture", fixturePath()},
                 &out, nullptr),
        1);
    QVERIFY(!out.contains("listening on"));
    QTemporaryDir dir;
    const QString impossible = dir.filePath(QStringLiteral("missing/dir/sandbox.sqlite"));
    QCOMPARE(runToEnd({"--port", "0", "--db", impossible}, &out, nullptr), 1);
    QVERIFY(!out.contains("listening on"));
}

void TstSandboxCli::mintToken_tokenIsAcceptedBySandboxWithTheSameSecret()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        runToEnd({"mint-token", "--user", "g1", "--secret", Secret, "--fixture", fixturePath()},
                 &out, &err),
        0);
    const QByteArray token = out.trimmed();
    QCOMPARE(token.count('.'), 2);
    SessionToken::Claims claims;
    QCOMPARE(SessionToken::verify(token, Secret, QDateTime::currentDateTimeUtc(), &claims),
             SessionToken::Status::Valid);
    QCOMPARE(claims.subject, QStringLiteral("g1"));
    QCOMPARE(claims.orgId, QStringLiteral("org-1")); // taken from the fixture

    const QUrl url = startSandbox({"--fixture", fixturePath(), "--jwt-secret", Secret});
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    const HttpReply me = AsyncHttp(url).request("GET", QStringLiteral("/v1/me"), token);
    CHECK(meSuccess(me));
    QCOMPARE(me.data().value("user_id").toString(), QStringLiteral("g1"));
    // The same token against a sandbox with another secret is refused.
    const QUrl other = startSandbox({"--fixture", fixturePath(), "--jwt-secret", "another"});
    QVERIFY2(!other.isEmpty(), m_firstLine.constData());
    CHECK(meError(AsyncHttp(other).request("GET", QStringLiteral("/v1/me"), token), 401,
                  QStringLiteral("UNAUTHORIZED")));
}

void TstSandboxCli::mintToken_negativeTtlGivesARefusedToken()
{
    QByteArray out;
    QCOMPARE(runToEnd({"mint-token", "--user", "g1", "--secret", Secret, "--fixture", fixturePath(),
                       "--ttl", "-10"},
                      &out, nullptr),
             0);
    const QByteArray token = out.trimmed();
    QCOMPARE(SessionToken::verify(token, Secret, QDateTime::currentDateTimeUtc()),
             SessionToken::Status::Expired);
    const QUrl url = startSandbox({"--fixture", fixturePath(), "--jwt-secret", Secret});
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    CHECK(meError(AsyncHttp(url).request("GET", QStringLiteral("/v1/me"), token), 401,
                  QStringLiteral("UNAUTHORIZED"), QStringLiteral("authentication failed")));
}

void TstSandboxCli::faults_failRateOneAnswers503()
{
    const QUrl url =
        startSandbox({"--fixture", fixturePath(), "--jwt-secret", Secret, "--fail-rate", "1"});
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    AsyncHttp http(url);
    for (int i = 0; i < 3; ++i) {
        CHECK(valaraDetail(http.request("GET", QStringLiteral("/api/v1/users/me"), "key-agent-g1"),
                           503, QStringLiteral("Service temporarily unavailable")));
        CHECK(meError(http.request("GET", QStringLiteral("/v1/me"), tokenFor("g1", "org-1")), 503,
                      QStringLiteral("SERVICE_UNAVAILABLE")));
    }
}

void TstSandboxCli::faults_latencyDelaysAnswers()
{
    const QUrl url =
        startSandbox({"--fixture", fixturePath(), "--latency-ms", "300", "--seed", "5"});
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    QElapsedTimer timer;
    timer.start();
    CHECK(status(AsyncHttp(url).request("GET", QStringLiteral("/api/v1/users/me"), "key-agent-g1"),
                 200));
    QVERIFY(timer.elapsed() >= 240);
}

void TstSandboxCli::db_restartKeepsChanges()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    QProcess *first = nullptr;
    QUrl url = startSandbox({"--fixture", fixturePath(), "--db", db}, &first);
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    CHECK(status(AsyncHttp(url).request("PATCH", QStringLiteral("/api/v1/users/g1/preferences"),
                                        "key-agent-g1", R"({"theme":"light"})",
                                        {{"Content-Type", "application/json"}}),
                 200));
    first->kill();
    QVERIFY(first->waitForFinished(5000));
    url = startSandbox({"--fixture", fixturePath(), "--db", db});
    QVERIFY2(!url.isEmpty(), m_firstLine.constData());
    const HttpReply read = AsyncHttp(url).request(
        "GET", QStringLiteral("/api/v1/users/g1/preferences"), "key-agent-g1");
    CHECK(status(read, 200));
    QCOMPARE(read.json().value("theme").toString(), QStringLiteral("light"));
}

QTEST_GUILESS_MAIN(TstSandboxCli)
#include "tst_sandbox_cli.moc"
