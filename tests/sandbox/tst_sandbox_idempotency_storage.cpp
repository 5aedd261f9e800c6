// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of idempotency keys over HTTP: what is stored, for how long, and the order of
// checks (docs/api-contract.md C5, C6, M12).
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "ServiceWrites.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/store/SandboxStore.h"

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

// Me error bodies hold error.request_id, which C1 ties to the (new) X-Request-Id of a replay
// while C3 says "same body": compared without it (an open point of the contract).
QJsonObject withoutRequestId(QJsonObject body)
{
    QJsonObject error = body.value("error").toObject();
    error.remove("request_id");
    if (!error.isEmpty())
        body.insert("error", error);
    return body;
}

} // namespace

class TstSandboxIdempotencyStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_h.reset(); }

    void c5_clientErrorsAreStoredAndReplayed_data();
    void c5_clientErrorsAreStoredAndReplayed();
    void c5_unauthorizedIsNotStored_data() { ServiceWrite::addRows(); }
    void c5_unauthorizedIsNotStored();
    void c5_conflictIsNotStored();
    void c5_rateLimitedIsNotStored_data() { ServiceWrite::addRows(); }
    void c5_rateLimitedIsNotStored();
    void c5_serverErrorsAreNotStored_data();
    void c5_serverErrorsAreNotStored();
    void c5_keysAreRetainedFor24Hours_data() { ServiceWrite::addRows(); }
    void c5_keysAreRetainedFor24Hours();
    void c6_injectedFaultsStoreAndApplyNothing_data() { ServiceWrite::addRows(); }
    void c6_injectedFaultsStoreAndApplyNothing();
    void c6_authenticationComesBeforeIdempotency_data() { ServiceWrite::addRows(); }
    void c6_authenticationComesBeforeIdempotency();

private:
    SandboxHarness &h() { return *m_h; }

    std::unique_ptr<SandboxHarness> m_h;
    QDateTime m_clock;
};

void TstSandboxIdempotencyStorage::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TstSandboxIdempotencyStorage::c5_clientErrorsAreStoredAndReplayed_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString prefs = QStringLiteral("/api/v1/users/%1/preferences");
    QTest::newRow("valara 400") << "valara" << prefs.arg("g1") << QByteArray(R"({"theme":"neon"})")
                                << 400;
    QTest::newRow("valara 403") << "valara" << prefs.arg("g3") << QByteArray(R"({"theme":"dark"})")
                                << 403;
    QTest::newRow("valara 404") << "valara" << prefs.arg("zz") << QByteArray(R"({"theme":"dark"})")
                                << 404;
    QTest::newRow("valara 422") << "valara" << prefs.arg("g1") << QByteArray(R"({"colour":"red"})")
                                << 422;
    QTest::newRow("me 400 (M12)") << "me"
                                  << "/v1/me"
                                  << QByteArray(R"({"preferences":{"timezone":"Mars/Base"}})")
                                  << 400;
}

void TstSandboxIdempotencyStorage::c5_clientErrorsAreStoredAndReplayed()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QByteArray bearer = ServiceWrite::of(service).bearer(h());
    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    const HttpReply first = h().patch(path, bearer, body, key("client-error"));
    CHECK(ContractChecks::status(first, status));
    QVERIFY(first.header("Idempotent-Replayed") != "true");
    const HttpReply again = h().patch(path, bearer, body, key("client-error"));
    CHECK(ContractChecks::status(again, status));
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QVERIFY(again.header("X-Request-Id") != first.header("X-Request-Id"));
    QCOMPARE(withoutRequestId(again.json()), withoutRequestId(first.json()));
    if (service == QLatin1String("valara"))
        QCOMPARE(again.body, first.body);
    QTRY_COMPARE(spy.size(), 2);
    QVERIFY(recordedExchanges(spy).at(1).replayed);
}

void TstSandboxIdempotencyStorage::c5_unauthorizedIsNotStored()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    const QByteArray refused =
        w.isMe() ? h().sessionToken(QStringLiteral("g1"), -10) : QByteArray("key-unknown");
    CHECK(status(h().patch(w.path, refused, w.bodyA, key("after-401")), 401));
    const HttpReply accepted = h().patch(w.path, w.bearer(h()), w.bodyA, key("after-401"));
    CHECK(status(accepted, 200));
    QVERIFY(accepted.header("Idempotent-Replayed") != "true");
    QCOMPARE(w.value(h()), w.valueA);
}

void TstSandboxIdempotencyStorage::c5_conflictIsNotStored()
{
    // A4's 409 is final, yet C5 excludes 409: a retry once the conflict is gone executes.
    const QByteArray gusTakesGinasEmail =
        R"({"name":"Gus Agent","email":"gina@valara.test","role":"agent","is_active":true,)"
        R"("email_verified":false,"account_status":"active"})";
    const QString g2 = QStringLiteral("/api/v1/users/g2");
    const HttpReply conflict = h().put(g2, "key-admin-a1", gusTakesGinasEmail, key("put-g2"));
    CHECK(valaraDetail(conflict, 409, QStringLiteral("Email already in use")));
    QVERIFY(conflict.header("Retry-After").isEmpty()); // C4: only the in-flight 409 has it
    CHECK(status(h().put(QStringLiteral("/api/v1/users/g1"), "key-admin-a1",
                         R"({"name":"Gina Agent","email":"gina.new@valara.test","role":"agent",)"
                         R"("is_active":true,"email_verified":true,"account_status":"active"})"),
                 200));
    const HttpReply retry = h().put(g2, "key-admin-a1", gusTakesGinasEmail, key("put-g2"));
    CHECK(status(retry, 200));
    QVERIFY(retry.header("Idempotent-Replayed") != "true");
    QCOMPARE(retry.json().value("email").toString(), QStringLiteral("gina@valara.test"));
}

void TstSandboxIdempotencyStorage::c5_rateLimitedIsNotStored()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    h().server().faults().rateLimitNext(1, 2);
    const HttpReply limited = h().patch(w.path, w.bearer(h()), w.bodyA, key("after-429"));
    CHECK(serviceError(service, limited, 429, QStringLiteral("RATE_LIMITED"),
                       QStringLiteral("Too many requests")));
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QVERIFY(w.value(h()) != w.valueA);
    const HttpReply retry = h().patch(w.path, w.bearer(h()), w.bodyA, key("after-429"));
    CHECK(status(retry, 200));
    QVERIFY(retry.header("Idempotent-Replayed") != "true");
    QCOMPARE(w.value(h()), w.valueA);
    QTRY_VERIFY(spy.size() >= 3);
    QCOMPARE(appliedCount(spy), 1);
}

void TstSandboxIdempotencyStorage::c5_serverErrorsAreNotStored_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("valara profile (U10)")
        << "valara"
        << "/api/v1/users/g1" << QByteArray(R"({"title":"Team Lead"})");
    QTest::newRow("valara preferences")
        << "valara"
        << "/api/v1/users/g1/preferences" << QByteArray(R"({"theme":"light"})");
    QTest::newRow("me") << "me"
                        << "/v1/me" << QByteArray(R"({"preferences":{"timezone":"Europe/Paris"}})");
}

void TstSandboxIdempotencyStorage::c5_serverErrorsAreNotStored()
{
    QFETCH(QString, service);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QByteArray bearer = ServiceWrite::of(service).bearer(h());
    const QByteArray before = h().get(path, bearer).body; // each path also reads

    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    h().server().store().simulateWriteFailure(true);
    const HttpReply failed = h().patch(path, bearer, body, key("after-500"));
    h().server().store().simulateWriteFailure(false);
    CHECK(status(failed, 500));
    if (path.endsWith(QLatin1String("/g1")))
        QCOMPARE(failed.detail(), QStringLiteral("Update failed"));
    QCOMPARE(h().get(path, bearer).body, before); // nothing was applied
    const HttpReply retry = h().patch(path, bearer, body, key("after-500"));
    CHECK(status(retry, 200));
    QVERIFY(retry.header("Idempotent-Replayed") != "true");
    QVERIFY(h().get(path, bearer).body != before);
    QTRY_COMPARE(spy.size(), 4);
    const auto exchanges = recordedExchanges(spy);
    QVERIFY(!exchanges.at(0).applied);
    QVERIFY(exchanges.at(2).applied);
    QVERIFY(!exchanges.at(2).replayed);
}

void TstSandboxIdempotencyStorage::c5_keysAreRetainedFor24Hours()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    m_clock = start;
    h().server().setClock([this] { return m_clock; });
    // Tokens are minted per request from the sandbox clock, so they stay valid as it moves.
    CHECK(status(h().patch(w.path, w.bearer(h()), w.bodyA, key("day")), 200));
    CHECK(status(h().patch(w.path, w.bearer(h()), w.bodyB), 200));

    m_clock = start.addSecs(24 * 3600 - 60);
    const HttpReply withinDay = h().patch(w.path, w.bearer(h()), w.bodyA, key("day"));
    CHECK(status(withinDay, 200));
    QCOMPARE(withinDay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(w.value(h()), w.valueB);

    m_clock = start.addSecs(24 * 3600 + 60);
    const HttpReply afterDay = h().patch(w.path, w.bearer(h()), w.bodyA, key("day"));
    CHECK(status(afterDay, 200));
    QVERIFY(afterDay.header("Idempotent-Replayed") != "true");
    QCOMPARE(w.value(h()), w.valueA); // executed again
    // ...and stored anew: another body under that key is now a reuse.
    CHECK(keyReused(service, h().patch(w.path, w.bearer(h()), w.bodyB, key("day"))));
}

void TstSandboxIdempotencyStorage::c6_injectedFaultsStoreAndApplyNothing()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    const QString valueBefore = w.value(h());
    QSignalSpy spy(&h().server(), &SandboxServer::exchangeCompleted);
    h().server().faults().failNext(2);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const HttpReply reply = h().patch(w.path, w.bearer(h()), w.bodyA, key("flaky"));
        if (w.isMe())
            CHECK(meError(reply, 503, QStringLiteral("SERVICE_UNAVAILABLE")));
        else
            CHECK(valaraDetail(reply, 503, QStringLiteral("Service temporarily unavailable")));
        QVERIFY(reply.header("Retry-After").isEmpty());
    }
    QCOMPARE(w.value(h()), valueBefore);
    const HttpReply third = h().patch(w.path, w.bearer(h()), w.bodyA, key("flaky"));
    CHECK(status(third, 200));
    QVERIFY(third.header("Idempotent-Replayed") != "true");
    const HttpReply fourth = h().patch(w.path, w.bearer(h()), w.bodyA, key("flaky"));
    QCOMPARE(fourth.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(w.value(h()), w.valueA);
    QTRY_VERIFY(spy.size() >= 4);
    QCOMPARE(appliedCount(spy), 1);
    // Faults come before authentication.
    h().server().faults().failNext(1);
    CHECK(status(h().patch(w.path, {}, w.bodyA), 503));
}

void TstSandboxIdempotencyStorage::c6_authenticationComesBeforeIdempotency()
{
    QFETCH(QString, service);
    const ServiceWrite w = ServiceWrite::of(service);
    CHECK(status(h().patch(w.path, w.bearer(h()), w.bodyA, key("mine")), 200));
    const HttpReply anonymous = h().patch(w.path, {}, w.bodyA, key("mine"));
    CHECK(status(anonymous, 401));
    QVERIFY(anonymous.header("Idempotent-Replayed") != "true");
    // Not 422: the key is not looked at before authentication.
    CHECK(status(h().patch(w.path, {}, w.bodyB, key("mine")), 401));
}

QTEST_GUILESS_MAIN(TstSandboxIdempotencyStorage)
#include "tst_sandbox_idempotency_storage.moc"
