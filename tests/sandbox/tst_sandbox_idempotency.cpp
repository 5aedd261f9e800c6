// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of idempotency keys over HTTP: replays and conflicts (docs/api-contract.md C3,
// C4, M12). What is stored, for how long, and the order of checks: tst_sandbox_idempotency_storage.
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "ServiceWrites.h"
#include "sandbox/http/FaultInjector.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

SandboxHarness::Headers key(const QByteArray &value)
{
    return {{"X-Idempotency-Key", value}};
}

} // namespace

class TstSandboxIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_h.reset(); }

    void c3_replayAnswersStoredResponseWithoutApplying_data() { ServiceWrite::addRows(); }
    void c3_replayAnswersStoredResponseWithoutApplying();
    void c3_bodiesAreComparedAsCanonicalJson_data();
    void c3_bodiesAreComparedAsCanonicalJson();
    void c3_keysAreScopedToThePrincipal_data() { ServiceWrite::addRows(); }
    void c3_keysAreScopedToThePrincipal();
    void c4_sameKeyDifferentRequestIs422_data();
    void c4_sameKeyDifferentRequestIs422();
    void c4_duplicateWhileInFlightIs409_data() { ServiceWrite::addRows(); }
    void c4_duplicateWhileInFlightIs409();
    void c4_differentKeysInFlightDoNotConflict();

private:
    SandboxHarness &h() { return *m_h; }

    std::unique_ptr<SandboxHarness> m_h;
};

void TstSandboxIdempotency::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TstSandboxIdempotency::c3_replayAnswersStoredResponseWithoutApplying()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    const HttpReply first = h().patch(w.path, w.bearer(h()), w.bodyA, key("replay-1"));
    CHECK(status(first, 200));
    QVERIFY(first.header("Idempotent-Replayed") != "true");
    QTRY_COMPARE(spy.size(), 1);
    QVERIFY(recordedExchanges(spy).at(0).applied);
    QVERIFY(!recordedExchanges(spy).at(0).replayed);

    CHECK(status(h().patch(w.path, w.bearer(h()), w.bodyB), 200)); // no key
    QCOMPARE(w.value(h()), w.valueB);

    QByteArray previousId = first.header("X-Request-Id");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int before = int(spy.size());
        const HttpReply again = h().patch(w.path, w.bearer(h()), w.bodyA, key("replay-1"));
        CHECK(status(again, first.status));
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QVERIFY(isUlid(again.header("X-Request-Id")));
        QVERIFY(again.header("X-Request-Id") != previousId);
        previousId = again.header("X-Request-Id");
        QTRY_COMPARE(int(spy.size()), before + 1);
        QVERIFY(recordedExchanges(spy).last().replayed);
        QVERIFY(!recordedExchanges(spy).last().applied);
        QCOMPARE(w.value(h()), w.valueB); // not applied again
    }
}

void TstSandboxIdempotency::c3_bodiesAreComparedAsCanonicalJson_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("valara key order")
        << "valara" << QByteArray(R"({"theme":"light","language":"de"})")
        << QByteArray("{ \"language\" : \"de\",\n  \"theme\" : \"light\" }");
    QTest::newRow("valara escapes") << "valara" << QByteArray(R"({"language":"de"})")
                                    << QByteArray(R"({"language":"\u0064e"})");
    QTest::newRow("me whitespace")
        << "me" << QByteArray(R"({"preferences":{"timezone":"UTC"}})")
        << QByteArray("{\n \"preferences\" : { \"timezone\" : \"UTC\" }\n}");
}

void TstSandboxIdempotency::c3_bodiesAreComparedAsCanonicalJson()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    const ServiceWrite w = ServiceWrite::of(service);
    const HttpReply a = h().patch(w.path, w.bearer(h()), first, key("canonical"));
    CHECK(status(a, 200));
    const HttpReply b = h().patch(w.path, w.bearer(h()), second, key("canonical"));
    CHECK(status(b, 200));
    QCOMPARE(b.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(b.body, a.body);
}

void TstSandboxIdempotency::c3_keysAreScopedToThePrincipal()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    CHECK(status(h().patch(w.path, w.bearer(h()), w.bodyA, key("shared")), 200));
    // Another principal, same key, another request: runs as new (neither 422 nor a replay).
    const HttpReply other = h().patch(w.pathFor("g2"), w.bearer(h(), "g2"), w.bodyB, key("shared"));
    CHECK(status(other, 200));
    QVERIFY(other.header("Idempotent-Replayed") != "true");
    QCOMPARE(w.value(h(), "g2"), w.valueB);
    QCOMPARE(w.value(h()), w.valueA);
    if (!w.isMe()) { // an admin sending g1's exact request is not replayed g1's answer
        QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
        const HttpReply admin = h().patch(w.path, "key-admin-a1", w.bodyA, key("shared"));
        CHECK(status(admin, 200));
        QVERIFY(admin.header("Idempotent-Replayed") != "true");
        QTRY_COMPARE(spy.size(), 1);
        QVERIFY(!recordedExchanges(spy).at(0).replayed);
    }
}

void TstSandboxIdempotency::c4_sameKeyDifferentRequestIs422_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("bearer"); // empty: the user's own
    QTest::addColumn<QString>("secondPath");
    QTest::newRow("valara other body")
        << "valara" << QByteArray() << "/api/v1/users/g1/preferences";
    QTest::newRow("valara other path")
        << "valara" << QByteArray("key-admin-a1") << "/api/v1/users/g2/preferences";
    QTest::newRow("me other body (M12)") << "me" << QByteArray() << "/v1/me";
}

void TstSandboxIdempotency::c4_sameKeyDifferentRequestIs422()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, bearer);
    QFETCH(QString, secondPath);
    const ServiceWrite w = ServiceWrite::of(service);
    if (bearer.isEmpty())
        bearer = w.bearer(h());
    const bool otherPath = secondPath != w.path;
    const QString g2Before = w.value(h(), "g2");
    CHECK(status(h().patch(w.path, bearer, w.bodyA, key("reused")), 200));
    CHECK(keyReused(service,
                    h().patch(secondPath, bearer, otherPath ? w.bodyA : w.bodyB, key("reused"))));
    QCOMPARE(w.value(h()), w.valueA);
    QCOMPARE(w.value(h(), "g2"), g2Before);
    const HttpReply replay = h().patch(w.path, bearer, w.bodyA, key("reused"));
    CHECK(status(replay, 200));
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
}

void TstSandboxIdempotency::c4_duplicateWhileInFlightIs409()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    h().server().faults().setLatencyMs(300);
    AsyncHttp http(h().server().baseUrl());
    const AsyncHttp::Headers headers{{"Content-Type", "application/json"},
                                     {"X-Idempotency-Key", "in-flight"}};
    QNetworkReply *one = http.start("PATCH", w.path, w.bearer(h()), w.bodyA, headers);
    QNetworkReply *two = http.start("PATCH", w.path, w.bearer(h()), w.bodyA, headers);
    QVERIFY(AsyncHttp::waitAll({one, two}));
    HttpReply first = AsyncHttp::collect(one);
    HttpReply second = AsyncHttp::collect(two);
    if (first.status == 409)
        std::swap(first, second);
    CHECK(status(first, 200));
    CHECK(serviceError(service, second, 409, QStringLiteral("IDEMPOTENCY_KEY_IN_USE")));
    QCOMPARE(second.header("Retry-After"), QByteArray("1"));
    QVERIFY(first.header("Retry-After").isEmpty());
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(appliedCount(spy), 1);
    h().server().faults().setLatencyMs(0);
    const HttpReply later = h().patch(w.path, w.bearer(h()), w.bodyA, key("in-flight"));
    CHECK(status(later, 200));
    QCOMPARE(later.header("Idempotent-Replayed"), QByteArray("true")); // the 409 was not stored
    QCOMPARE(later.body, first.body);
}

void TstSandboxIdempotency::c4_differentKeysInFlightDoNotConflict()
{
    h().server().faults().setLatencyMs(300);
    AsyncHttp http(h().server().baseUrl());
    const QString path = QStringLiteral("/api/v1/users/g1/preferences");
    QNetworkReply *one =
        http.start("PATCH", path, "key-agent-g1", R"({"theme":"light"})",
                   {{"Content-Type", "application/json"}, {"X-Idempotency-Key", "k-1"}});
    QNetworkReply *two =
        http.start("PATCH", path, "key-agent-g1", R"({"language":"de"})",
                   {{"Content-Type", "application/json"}, {"X-Idempotency-Key", "k-2"}});
    QVERIFY(AsyncHttp::waitAll({one, two}));
    CHECK(status(AsyncHttp::collect(one), 200));
    CHECK(status(AsyncHttp::collect(two), 200));
}

QTEST_GUILESS_MAIN(TstSandboxIdempotency)
#include "tst_sandbox_idempotency.moc"
