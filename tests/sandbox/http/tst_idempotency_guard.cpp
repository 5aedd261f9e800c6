// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// IdempotencyGuard with a real in-memory SandboxStore (docs/api-contract.md C2-C5).
#include "sandbox/http/IdempotencyGuard.h"
#include "sandbox/store/SandboxStore.h"

#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;

namespace {

using Outcome = IdempotencyGuard::Outcome;
const QDateTime T0 = QDateTime(QDate(2030, 6, 1), QTime(12, 0, 0), Qt::UTC);

QByteArray fp(const QByteArray &body, const QString &path = QStringLiteral("/v1/me"),
              const QByteArray &method = "PATCH")
{
    return IdempotencyGuard::fingerprint(method, path, body);
}

} // namespace

class TstIdempotencyGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void c2_keyFormat_data();
    void c2_keyFormat();
    void c3_fingerprintComparesCanonicalJson_data();
    void c3_fingerprintComparesCanonicalJson();
    void c5_storableStatuses_data();
    void c5_storableStatuses();
    void c3_firstUseProceedsThenReplays();
    void c3_keysAreScopedToThePrincipal();
    void c4_differentRequestIsKeyReused();
    void c4_duplicateInFlight();
    void c4_abandonEndsTheFlightAndStoresNothing();
    void c5_unstorableResponsesAreNotStored_data();
    void c5_unstorableResponsesAreNotStored();
    void c5_retentionIs24Hours();

private:
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<IdempotencyGuard> m_guard;
};

void TstIdempotencyGuard::init()
{
    m_store = std::make_unique<SandboxStore>(QStringLiteral(":memory:"));
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_guard = std::make_unique<IdempotencyGuard>(*m_store);
}

void TstIdempotencyGuard::cleanup()
{
    m_guard.reset();
    m_store.reset();
}

void TstIdempotencyGuard::c2_keyFormat_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one character") << QByteArray("k") << true;
    QTest::newRow("255 characters") << QByteArray(255, 'k') << true;
    QTest::newRow("uuid") << QByteArray("3f2c1a9e-6b1d-4c3e-9a57-0f4b2d8e7c61") << true;
    QTest::newRow("punctuation") << QByteArray("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("256 characters") << QByteArray(256, 'k') << false;
    QTest::newRow("tab") << QByteArray("a\tb") << false;
    QTest::newRow("newline") << QByteArray("a\nb") << false;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    QTest::newRow("UTF-8") << QByteArray("cl\xc3\xa9") << false;
    QTest::newRow("Latin-1 byte") << QByteArray("cl\xe9") << false;
}

void TstIdempotencyGuard::c2_keyFormat()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QCOMPARE(IdempotencyGuard::isValidKey(key), valid);
}

void TstIdempotencyGuard::c3_fingerprintComparesCanonicalJson_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})") << true;
    QTest::newRow("whitespace") << QByteArray(R"({"a":1,"b":[1,2]})")
                                << QByteArray("{ \"a\" : 1 ,\n \"b\" : [ 1 , 2 ] }") << true;
    QTest::newRow("key order") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"a":1})")
                               << true;
    QTest::newRow("nested key order") << QByteArray(R"({"p":{"x":1,"y":null}})")
                                      << QByteArray(R"({"p":{"y":null,"x":1}})") << true;
    QTest::newRow("escapes") << QByteArray(R"({"a":"de"})") << QByteArray(R"({"a":"\u0064e"})")
                             << true;
    QTest::newRow("other value") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":2})") << false;
    QTest::newRow("string vs number")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":"1"})") << false;
    QTest::newRow("null vs absent") << QByteArray(R"({"a":null})") << QByteArray("{}") << false;
    QTest::newRow("array order") << QByteArray("[1,2]") << QByteArray("[2,1]") << false;
    QTest::newRow("extra key") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":1})")
                               << false;
    QTest::newRow("not json, different") << QByteArray("{a") << QByteArray("{b") << false;
    QTest::newRow("not json, equal") << QByteArray("{a") << QByteArray("{a") << true;
}

void TstIdempotencyGuard::c3_fingerprintComparesCanonicalJson()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, same);
    QCOMPARE(fp(a) == fp(b), same);
}

void TstIdempotencyGuard::c5_storableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("storable");
    for (int status : {200, 201, 204, 307, 400, 403, 404, 405, 413, 415, 422})
        QTest::addRow("%d", status) << status << true;
    for (int status : {401, 409, 429, 500, 502, 503, 504})
        QTest::addRow("%d", status) << status << false;
}

void TstIdempotencyGuard::c5_storableStatuses()
{
    QFETCH(int, status);
    QFETCH(bool, storable);
    QCOMPARE(IdempotencyGuard::isStorable(status), storable);
}

void TstIdempotencyGuard::c3_firstUseProceedsThenReplays()
{
    QVERIFY(fp("{}") != fp("{}", QStringLiteral("/v1/other")));     // the path is part of it
    QVERIFY(fp("{}") != fp("{}", QStringLiteral("/v1/me"), "PUT")); // so is the method
    const QByteArray print = fp(R"({"preferences":{"timezone":"UTC"}})");
    QCOMPARE(m_guard->begin("user:g1", "k1", print, T0).outcome, Outcome::Proceed);
    QVERIFY(m_guard->isInFlight("user:g1", "k1"));
    QVERIFY(m_guard->finish("user:g1", "k1", print, 200, R"({"ok":true})", T0));
    QVERIFY(!m_guard->isInFlight("user:g1", "k1"));
    for (int i = 0; i < 2; ++i) {
        const auto decision = m_guard->begin("user:g1", "k1", print, T0.addSecs(5));
        QCOMPARE(decision.outcome, Outcome::Replay);
        QCOMPARE(decision.stored.status, 200);
        QCOMPARE(decision.stored.body, QByteArray(R"({"ok":true})"));
        QVERIFY(!m_guard->isInFlight("user:g1", "k1"));
    }
    // The store holds it too.
    const auto stored = m_store->storedResponse("user:g1", "k1");
    QVERIFY(stored.has_value());
    QCOMPARE(stored->status, 200);
    QCOMPARE(stored->fingerprint, print);
}

void TstIdempotencyGuard::c3_keysAreScopedToThePrincipal()
{
    QCOMPARE(m_guard->begin("user:g1", "shared", fp("{}"), T0).outcome, Outcome::Proceed);
    QCOMPARE(m_guard->begin("user:g2", "shared", fp(R"({"x":1})"), T0).outcome, Outcome::Proceed);
    QVERIFY(m_guard->finish("user:g1", "shared", fp("{}"), 200, "one", T0));
    QVERIFY(m_guard->finish("user:g2", "shared", fp(R"({"x":1})"), 200, "two", T0));
    QCOMPARE(m_guard->begin("user:g1", "shared", fp("{}"), T0).stored.body, QByteArray("one"));
    QCOMPARE(m_guard->begin("user:g2", "shared", fp(R"({"x":1})"), T0).stored.body,
             QByteArray("two"));
    QCOMPARE(m_guard->begin("user:g3", "shared", fp("{}"), T0).outcome, Outcome::Proceed);
}

void TstIdempotencyGuard::c4_differentRequestIsKeyReused()
{
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"a":1})"), T0).outcome, Outcome::Proceed);
    QVERIFY(m_guard->finish("p", "k", fp(R"({"a":1})"), 200, "{}", T0));
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"a":2})"), T0).outcome, Outcome::KeyReused);
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"a":1})", "/v1/x"), T0).outcome, Outcome::KeyReused);
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"a":1})"), T0).outcome, Outcome::Replay);
}

void TstIdempotencyGuard::c4_duplicateInFlight()
{
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Proceed);
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::InFlight);
    QVERIFY(m_guard->isInFlight("p", "k"));
    QCOMPARE(m_guard->begin("p", "other", fp("{}"), T0).outcome, Outcome::Proceed);
    QCOMPARE(m_guard->begin("q", "k", fp("{}"), T0).outcome, Outcome::Proceed);
    QVERIFY(m_guard->finish("p", "k", fp("{}"), 200, "done", T0));
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Replay);
}

void TstIdempotencyGuard::c4_abandonEndsTheFlightAndStoresNothing()
{
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Proceed);
    m_guard->abandon("p", "k");
    QVERIFY(!m_guard->isInFlight("p", "k"));
    QVERIFY(!m_store->storedResponse("p", "k").has_value());
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"other":true})"), T0).outcome, Outcome::Proceed);
}

void TstIdempotencyGuard::c5_unstorableResponsesAreNotStored_data()
{
    QTest::addColumn<int>("status");
    for (int status : {401, 409, 429, 500, 503})
        QTest::addRow("%d", status) << status;
}

void TstIdempotencyGuard::c5_unstorableResponsesAreNotStored()
{
    QFETCH(int, status);
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Proceed);
    m_guard->finish("p", "k", fp("{}"), status, "{}", T0);
    QVERIFY(!m_guard->isInFlight("p", "k"));
    QVERIFY(!m_store->storedResponse("p", "k").has_value());
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Proceed); // runs again
}

void TstIdempotencyGuard::c5_retentionIs24Hours()
{
    QCOMPARE(IdempotencyGuard::RetentionSeconds, qint64(86400));
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0).outcome, Outcome::Proceed);
    QVERIFY(m_guard->finish("p", "k", fp("{}"), 400, "bad", T0));
    QCOMPARE(m_guard->begin("p", "k", fp("{}"), T0.addSecs(86400 - 1)).outcome, Outcome::Replay);
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"x":1})"), T0.addSecs(86400 - 1)).outcome,
             Outcome::KeyReused);
    // Past 24 hours the key is new again, whatever the request.
    const auto later = m_guard->begin("p", "k", fp(R"({"x":1})"), T0.addSecs(86400 + 1));
    QCOMPARE(later.outcome, Outcome::Proceed);
    QVERIFY(m_guard->finish("p", "k", fp(R"({"x":1})"), 200, "new", T0.addSecs(86400 + 1)));
    QCOMPARE(m_guard->begin("p", "k", fp(R"({"x":1})"), T0.addSecs(86400 + 2)).stored.body,
             QByteArray("new"));
}

QTEST_GUILESS_MAIN(TstIdempotencyGuard)
#include "tst_idempotency_guard.moc"
