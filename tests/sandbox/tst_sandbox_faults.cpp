// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection of the sandbox (docs/api-contract.md, "Sandbox-only behaviour"): latency,
// fail rate, seeds. Timing is asserted with lower bounds only.
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/store/SandboxStore.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

SandboxConfig withFaults(int latencyMs, double failRate, quint32 seed = 0)
{
    SandboxConfig config;
    config.latencyMs = latencyMs;
    config.failRate = failRate;
    config.seed = seed;
    return config;
}

// At least 80% of the configured latency (timers may fire a little early).
qint64 lowerBound(int latencyMs)
{
    return latencyMs * 8 / 10;
}

QString storedTheme(SandboxHarness &h)
{
    return h.server().store().userById(QStringLiteral("g1"))->preferences.value("theme").toString();
}

} // namespace

class TstSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void latency_delaysEveryAnswer_data();
    void latency_delaysEveryAnswer();
    void latency_concurrentRequestsAreAllDelayedAndAnswered();
    void latency_doesNotBlockOtherWorkAndProcessesAtTheEnd();
    void failRate_oneAnswersEveryRequest503_data();
    void failRate_oneAnswersEveryRequest503();
    void failRate_zeroFailsNothing();
    void failRate_shareIsRoughlyTheRate();
    void failNext_forcesExactlyTheNextFailures();
    void rateLimitNext_answers429WithRetryAfterBeforeAnythingElse();
    void seed_sameSeedGivesTheSameDecisions();
    void seed_sameSeedGivesTheSameAnswersOverHttp();
};

void TstSandboxFaults::latency_delaysEveryAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bearer");
    QTest::newRow("valara") << "/api/v1/users/me" << QByteArray("key-agent-g1");
    QTest::newRow("valara 401") << "/api/v1/users/me" << QByteArray();
    QTest::newRow("me 401") << "/v1/me" << QByteArray();
    QTest::newRow("unknown path") << "/nothing" << QByteArray();
}

void TstSandboxFaults::latency_delaysEveryAnswer()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bearer);
    SandboxHarness h(withFaults(300, 0.0));
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = h.get(path, bearer);
    const qint64 elapsed = timer.elapsed();
    CHECK(answered(reply));
    QVERIFY2(elapsed >= lowerBound(300), qPrintable(QString::number(elapsed)));
    // The Me API too, with a valid token.
    timer.restart();
    CHECK(meSuccess(h.get(QStringLiteral("/v1/me"), h.sessionToken(QStringLiteral("g1")))));
    QVERIFY(timer.elapsed() >= lowerBound(300));
}

void TstSandboxFaults::latency_concurrentRequestsAreAllDelayedAndAnswered()
{
    SandboxHarness h(withFaults(400, 0.0));
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    AsyncHttp http(h.server().baseUrl());
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(http.start("GET", QStringLiteral("/api/v1/users/me"), "key-agent-g1"));
    QVERIFY(AsyncHttp::waitAll(replies));
    QVERIFY(timer.elapsed() >= lowerBound(400));
    for (QNetworkReply *reply : replies)
        CHECK(status(AsyncHttp::collect(reply), 200));
}

void TstSandboxFaults::latency_doesNotBlockOtherWorkAndProcessesAtTheEnd()
{
    // A slow sandbox and a fast one in the same thread: while the slow one delays a write, the
    // fast one answers (the slow one does not block the event loop), and the write has not been
    // applied yet (it is processed at the end of the delay).
    const int latency = 1500;
    SandboxHarness slow(withFaults(latency, 0.0));
    SandboxHarness fast(withFaults(0, 0.0));
    QVERIFY2(slow.isReady() && fast.isReady(), qPrintable(slow.error() + fast.error()));
    AsyncHttp toSlow(slow.server().baseUrl());
    AsyncHttp toFast(fast.server().baseUrl());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *write =
        toSlow.start("PATCH", QStringLiteral("/api/v1/users/g1/preferences"), "key-agent-g1",
                     R"({"theme":"light"})", {{"Content-Type", "application/json"}});
    for (int i = 0; i < 3; ++i) {
        const HttpReply quick =
            toFast.request("GET", QStringLiteral("/api/v1/users/me"), "key-agent-g1");
        CHECK(status(quick, 200));
    }
    QVERIFY2(!write->isFinished(), "the delayed write finished before three fast requests");
    QVERIFY(storedTheme(slow) != QLatin1String("light"));
    QVERIFY(AsyncHttp::waitAll({write}));
    QVERIFY2(timer.elapsed() >= lowerBound(latency), qPrintable(QString::number(timer.elapsed())));
    CHECK(status(AsyncHttp::collect(write), 200));
    QCOMPARE(storedTheme(slow), QStringLiteral("light"));
}

void TstSandboxFaults::failRate_oneAnswersEveryRequest503_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("auth");
    QTest::newRow("valara get") << QByteArray("GET") << "/api/v1/users/me"
                                << "key";
    QTest::newRow("valara patch") << QByteArray("PATCH") << "/api/v1/users/g1/preferences"
                                  << "key";
    QTest::newRow("valara anonymous") << QByteArray("GET") << "/api/v1/users/me"
                                      << "";
    QTest::newRow("valara unknown path") << QByteArray("GET") << "/api/v1/nothing"
                                         << "key";
    QTest::newRow("me get") << QByteArray("GET") << "/v1/me"
                            << "token";
    QTest::newRow("me patch") << QByteArray("PATCH") << "/v1/me"
                              << "token";
    QTest::newRow("me anonymous") << QByteArray("PATCH") << "/v1/me"
                                  << "";
    QTest::newRow("me api key") << QByteArray("GET") << "/v1/me"
                                << "key";
    QTest::newRow("elsewhere") << QByteArray("GET") << "/nothing"
                               << "";
}

void TstSandboxFaults::failRate_oneAnswersEveryRequest503()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, auth);
    SandboxHarness h(withFaults(0, 1.0));
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QByteArray bearer = auth == QLatin1String("key")     ? QByteArray("key-agent-g1")
                              : auth == QLatin1String("token") ? h.sessionToken("g1")
                                                               : QByteArray();
    const QByteArray body = path.startsWith(QLatin1String("/v1"))
                                ? R"({"preferences":{"timezone":"UTC"}})"
                                : R"({"theme":"light"})";
    for (int i = 0; i < 5; ++i) {
        const HttpReply reply =
            h.send(method, path, bearer, method == "PATCH" ? body : QByteArray(),
                   {{"Content-Type", "application/json"}});
        if (path.startsWith(QLatin1String("/v1/")))
            CHECK(meError(reply, 503, QStringLiteral("SERVICE_UNAVAILABLE"), QString(),
                          Details::Absent));
        else if (path.startsWith(QLatin1String("/api/")))
            CHECK(valaraDetail(reply, 503, QStringLiteral("Service temporarily unavailable")));
        else
            CHECK(status(reply, 503));
        QVERIFY(reply.header("Retry-After").isEmpty());
        QVERIFY(isUlid(reply.header("X-Request-Id")));
    }
    const auto g1 = h.server().store().userById(QStringLiteral("g1"));
    QVERIFY(!g1->preferences.contains("theme"));
    QCOMPARE(g1->mePreferences.value("timezone").toString(), QStringLiteral("America/Denver"));
}

void TstSandboxFaults::failRate_zeroFailsNothing()
{
    SandboxHarness h(withFaults(0, 0.0, 12345));
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (int i = 0; i < 40; ++i) {
        CHECK(status(h.get(QStringLiteral("/api/v1/users/me"), "key-agent-g1"), 200));
        CHECK(status(h.get(QStringLiteral("/v1/me"), h.sessionToken("g1")), 200));
    }
}

void TstSandboxFaults::failRate_shareIsRoughlyTheRate()
{
    FaultInjector injector(0.25, 0, 7);
    int failures = 0;
    for (int i = 0; i < 2000; ++i)
        failures += injector.shouldFail() ? 1 : 0;
    QVERIFY2(failures >= 350 && failures <= 650, qPrintable(QString::number(failures)));
    QCOMPARE(injector.failRate(), 0.25);
}

void TstSandboxFaults::failNext_forcesExactlyTheNextFailures()
{
    FaultInjector injector(0.0, 0, 1);
    injector.failNext(3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(injector.shouldFail());
    for (int i = 0; i < 50; ++i)
        QVERIFY(!injector.shouldFail());
    injector.setFailRate(1.0);
    QVERIFY(injector.shouldFail());
    injector.setLatencyMs(250);
    QCOMPARE(injector.latencyMs(), 250);
}

void TstSandboxFaults::rateLimitNext_answers429WithRetryAfterBeforeAnythingElse()
{
    SandboxHarness h(withFaults(0, 0.0));
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    h.server().faults().rateLimitNext(4, 30);
    const QByteArray token = h.sessionToken(QStringLiteral("g1"));
    const QList<HttpReply> limited{
        h.get(QStringLiteral("/api/v1/users/me"), "key-agent-g1"),
        h.patch(QStringLiteral("/api/v1/users/g1/preferences"), {}, R"({"theme":"light"})"),
        h.get(QStringLiteral("/v1/me"), token),
        h.patch(QStringLiteral("/v1/me"), {}, R"({"preferences":{"timezone":"UTC"}})"),
    };
    for (qsizetype i = 0; i < limited.size(); ++i) {
        if (i < 2)
            CHECK(valaraDetail(limited[i], 429, QStringLiteral("Too many requests")));
        else
            CHECK(meError(limited[i], 429, QStringLiteral("RATE_LIMITED"), QString(),
                          Details::Absent));
        QCOMPARE(limited[i].header("Retry-After"), QByteArray("30"));
    }
    QVERIFY(!h.server().store().userById(QStringLiteral("g1"))->preferences.contains("theme"));
    const HttpReply after = h.get(QStringLiteral("/v1/me"), token);
    CHECK(meSuccess(after));
    QVERIFY(after.header("Retry-After").isEmpty());
}

void TstSandboxFaults::seed_sameSeedGivesTheSameDecisions()
{
    FaultInjector a(0.5, 0, 1234);
    FaultInjector b(0.5, 0, 1234);
    FaultInjector c(0.5, 0, 4321);
    QList<bool> first, second, third;
    for (int i = 0; i < 200; ++i) {
        first.append(a.shouldFail());
        second.append(b.shouldFail());
        third.append(c.shouldFail());
    }
    QCOMPARE(first, second);
    QVERIFY(first.contains(true) && first.contains(false));
    QVERIFY(first != third);
}

void TstSandboxFaults::seed_sameSeedGivesTheSameAnswersOverHttp()
{
    QList<int> runs[2];
    for (auto &statuses : runs) {
        SandboxHarness h(withFaults(0, 0.5, 99));
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        for (int i = 0; i < 40; ++i)
            statuses.append(h.get(QStringLiteral("/api/v1/users/me"), "key-agent-g1").status);
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].contains(200) && runs[0].contains(503));
    for (int status : runs[0])
        QVERIFY(status == 200 || status == 503);
}

QTEST_GUILESS_MAIN(TstSandboxFaults)
#include "tst_sandbox_faults.moc"
