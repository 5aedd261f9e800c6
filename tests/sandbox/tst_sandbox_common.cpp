// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the rules common to both services (docs/api-contract.md C1, C2, C6, C9,
// C10; C7 and C8 are in tst_sandbox_request_bodies.cpp).
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "ServiceWrites.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/store/Ulid.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

const QByteArray ValaraKey = "key-agent-g1";

} // namespace

class TstSandboxCommon : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_h.reset(); }

    void c1_everyResponseCarriesAFreshUlid_data() { addResponseRows(); }
    void c1_everyResponseCarriesAFreshUlid();
    void c1_requestIdsAreUniquePerRequest();
    void c1_clientRequestIdIsNotEchoed_data();
    void c1_clientRequestIdIsNotEchoed();
    void c2_malformedIdempotencyKeyIs400_data();
    void c2_malformedIdempotencyKeyIs400();
    void c2_wellFormedIdempotencyKeyIsAccepted_data();
    void c2_wellFormedIdempotencyKeyIsAccepted();
    void c6_authenticationComesBeforeKeyValidation_data();
    void c6_authenticationComesBeforeKeyValidation();
    void c9_responsesAreJsonAndNoStore_data() { addResponseRows(); }
    void c9_responsesAreJsonAndNoStore();
    void c9_injectedFailuresAreJsonAndNoStore();
    void c10_timesAreUtcWithZAndSecondPrecision();
    void c10_serverClockIsWrittenInUtc();

private:
    SandboxHarness &h() { return *m_h; }
    QByteArray bearerFor(const QString &service) const
    {
        return ServiceWrite::of(service).bearer(*m_h);
    }
    // The service's write A with an X-Idempotency-Key sent byte for byte (raw HTTP).
    HttpReply patchWithKey(const QString &service, const QByteArray &key)
    {
        const ServiceWrite write = ServiceWrite::of(service);
        return AsyncHttp(m_h->server().baseUrl())
            .raw(AsyncHttp::rawRequest("PATCH", write.path,
                                       {{"Authorization", "Bearer " + bearerFor(service)},
                                        {"Content-Type", "application/json"},
                                        {"X-Idempotency-Key", key}},
                                       write.bodyA));
    }
    static void addResponseRows();
    HttpReply sendRow();

    std::unique_ptr<SandboxHarness> m_h;
};

void TstSandboxCommon::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

// Responses of every kind: success and errors, both services, and paths of neither.
void TstSandboxCommon::addResponseRows()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("auth"); // "", "key" or "token"
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray big(70000, ' ');
    QTest::newRow("valara 200") << QByteArray("GET") << "/api/v1/users/me"
                                << "key" << QByteArray() << 200;
    QTest::newRow("valara 401") << QByteArray("GET") << "/api/v1/users/me"
                                << "" << QByteArray() << 401;
    QTest::newRow("valara 403") << QByteArray("GET") << "/api/v1/users/a1"
                                << "key" << QByteArray() << 403;
    QTest::newRow("valara 404") << QByteArray("GET") << "/api/v1/nothing"
                                << "key" << QByteArray() << 404;
    QTest::newRow("valara 405") << QByteArray("DELETE") << "/api/v1/users/me"
                                << "key" << QByteArray() << 405;
    QTest::newRow("valara 413") << QByteArray("PATCH") << "/api/v1/users/g1"
                                << "key" << big << 413;
    QTest::newRow("valara 422") << QByteArray("PATCH") << "/api/v1/users/g1"
                                << "key" << QByteArray("{") << 422;
    QTest::newRow("me 200") << QByteArray("GET") << "/v1/me"
                            << "token" << QByteArray() << 200;
    QTest::newRow("me 401") << QByteArray("GET") << "/v1/me"
                            << "" << QByteArray() << 401;
    QTest::newRow("me 400") << QByteArray("PATCH") << "/v1/me"
                            << "token" << QByteArray("{") << 400;
    QTest::newRow("me 404") << QByteArray("GET") << "/v1/nothing"
                            << "token" << QByteArray() << 404;
    QTest::newRow("me 405") << QByteArray("DELETE") << "/v1/me"
                            << "token" << QByteArray() << 405;
    QTest::newRow("me 413") << QByteArray("PATCH") << "/v1/me"
                            << "token" << big << 413;
    QTest::newRow("root 404") << QByteArray("GET") << "/"
                              << "" << QByteArray() << 404;
    QTest::newRow("elsewhere 404") << QByteArray("GET") << "/nothing/here"
                                   << "" << QByteArray() << 404;
}

HttpReply TstSandboxCommon::sendRow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, auth);
    QFETCH(QByteArray, body);
    const QByteArray bearer = auth == QLatin1String("key")     ? ValaraKey
                              : auth == QLatin1String("token") ? h().sessionToken("g1")
                                                               : QByteArray();
    SandboxHarness::Headers headers;
    if (!body.isEmpty())
        headers.push_back({"Content-Type", "application/json"});
    return h().send(method, path, bearer, body, headers);
}

void TstSandboxCommon::c1_everyResponseCarriesAFreshUlid()
{
    QFETCH(int, status);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpReply reply = sendRow();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    CHECK(ContractChecks::status(reply, status));
    const QByteArray id = reply.header("X-Request-Id");
    QVERIFY2(isUlid(id), id.constData());
    QVERIFY(Ulid::isValid(id));
    // A fresh ULID: its time is the time of this request (generous slack for slow machines).
    const QDateTime stamp = Ulid::timestamp(id);
    QVERIFY2(stamp >= before.addSecs(-5) && stamp <= after.addSecs(5),
             qPrintable(stamp.toString(Qt::ISODateWithMs)));
    if (QByteArray(QTest::currentDataTag()).startsWith("me ") && status >= 400)
        QCOMPARE(reply.json().value("error").toObject().value("request_id").toString().toLatin1(),
                 id);
}

void TstSandboxCommon::c1_requestIdsAreUniquePerRequest()
{
    QSet<QByteArray> ids;
    const QByteArray token = h().sessionToken(QStringLiteral("g1"));
    for (int i = 0; i < 20; ++i) {
        for (const HttpReply &reply :
             {h().get(QStringLiteral("/v1/me"), token),
              h().get(QStringLiteral("/api/v1/users/me"), ValaraKey),
              h().get(QStringLiteral("/v1/me"), {}), h().get(QStringLiteral("/nowhere"), {})}) {
            QVERIFY(isUlid(reply.header("X-Request-Id")));
            ids.insert(reply.header("X-Request-Id"));
        }
    }
    QCOMPARE(ids.size(), 80);
}

void TstSandboxCommon::c1_clientRequestIdIsNotEchoed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("auth");
    QTest::newRow("valara 200") << "/api/v1/users/me"
                                << "key";
    QTest::newRow("valara 404") << "/api/v1/nothing"
                                << "key";
    QTest::newRow("me 200") << "/v1/me"
                            << "token";
    QTest::newRow("me 401") << "/v1/me"
                            << "";
}

void TstSandboxCommon::c1_clientRequestIdIsNotEchoed()
{
    QFETCH(QString, path);
    QFETCH(QString, auth);
    const QByteArray clientId = "01JTBQH2FZ8K1RXC0WJ4Z9P3VM";
    const QByteArray bearer = auth == QLatin1String("key")     ? ValaraKey
                              : auth == QLatin1String("token") ? h().sessionToken("g1")
                                                               : QByteArray();
    const HttpReply reply = h().send("GET", path, bearer, {}, {{"X-Request-Id", clientId}});
    CHECK(answered(reply));
    QVERIFY2(isUlid(reply.header("X-Request-Id")), reply.header("X-Request-Id").constData());
    QVERIFY(reply.header("X-Request-Id") != clientId);
    QVERIFY(!reply.body.contains(clientId));
}

void TstSandboxCommon::c2_malformedIdempotencyKeyIs400_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("key");
    addServiceRows("malformed", {QByteArray(""), QByteArray(256, 'k'), QByteArray("tab\tkey"),
                                 QByteArray("del\x7fkey"), QByteArray("ctl\x01key"),
                                 QByteArray("na\xc3\xafve")});
}

void TstSandboxCommon::c2_malformedIdempotencyKeyIs400()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, key);
    const HttpReply reply = patchWithKey(service, key);
    CHECK(serviceError(service, reply, 400, QString()));
    if (service == QLatin1String("me"))
        QVERIFY(!reply.errorCode().isEmpty());
    QVERIFY(!ServiceWrite::of(service).appliedIn(*m_h));
}

void TstSandboxCommon::c2_wellFormedIdempotencyKeyIsAccepted_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("key");
    addServiceRows("valid", {QByteArray("k"), QByteArray(255, 'k'),
                             QByteArray("3f2c1a9e-6b1d-4c3e-9a57-0f4b2d8e7c61"),
                             QByteArray("!#$%&'*+-.^_`|~:/=?@[]{}()<>,;\"\\")});
}

void TstSandboxCommon::c2_wellFormedIdempotencyKeyIsAccepted()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, key);
    const HttpReply reply = patchWithKey(service, key);
    CHECK(status(reply, 200));
    QVERIFY(ServiceWrite::of(service).appliedIn(*m_h));
    // Optional: the same write without a key works too.
    const ServiceWrite write = ServiceWrite::of(service);
    CHECK(status(h().patch(write.path, bearerFor(service), write.bodyA), 200));
}

void TstSandboxCommon::c6_authenticationComesBeforeKeyValidation_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("valara") << "valara";
    QTest::newRow("me") << "me";
}

void TstSandboxCommon::c6_authenticationComesBeforeKeyValidation()
{
    QFETCH(QString, service);
    const ServiceWrite write = ServiceWrite::of(service);
    const HttpReply reply =
        h().patch(write.path, {}, write.bodyA, {{"X-Idempotency-Key", QByteArray(300, 'k')}});
    if (service == QLatin1String("me"))
        CHECK(meError(reply, 401, QStringLiteral("UNAUTHORIZED")));
    else
        CHECK(valaraDetail(reply, 401, QStringLiteral("Not authenticated")));
}

void TstSandboxCommon::c9_responsesAreJsonAndNoStore()
{
    QFETCH(int, status);
    const HttpReply reply = sendRow();
    CHECK(ContractChecks::status(reply, status));
    const QByteArray contentType = reply.header("Content-Type");
    QCOMPARE(contentType.split(';').value(0).trimmed().toLower(), QByteArray("application/json"));
    QVERIFY2(reply.header("Cache-Control").toLower().contains("no-store"),
             reply.header("Cache-Control").constData());
    QJsonParseError parseError;
    QJsonDocument::fromJson(reply.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
}

void TstSandboxCommon::c9_injectedFailuresAreJsonAndNoStore()
{
    for (const QString &path : {QStringLiteral("/api/v1/users/me"), QStringLiteral("/v1/me")}) {
        h().server().faults().failNext(1);
        HttpReply reply = h().get(path, {});
        CHECK(status(reply, 503));
        QCOMPARE(reply.header("Content-Type").split(';').value(0).trimmed(),
                 QByteArray("application/json"));
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
        h().server().faults().rateLimitNext(1, 1);
        reply = h().get(path, {});
        CHECK(status(reply, 429));
        QCOMPARE(reply.header("Content-Type").split(';').value(0).trimmed(),
                 QByteArray("application/json"));
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
    }
}

void TstSandboxCommon::c10_timesAreUtcWithZAndSecondPrecision()
{
    const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    const HttpReply list = h().get(QStringLiteral("/api/v1/users?limit=200"), "key-admin-a1");
    CHECK(status(list, 200));
    const QJsonArray items = list.json().value("items").toArray();
    QCOMPARE(items.size(), 7);
    for (const auto &item : items) {
        for (const char *field : {"created_at", "updated_at"}) {
            const QString value = item.toObject().value(QLatin1String(field)).toString();
            QVERIFY2(iso.match(value).hasMatch(), qPrintable(value));
            QVERIFY(QDateTime::fromString(value, Qt::ISODate).isValid());
        }
    }
}

void TstSandboxCommon::c10_serverClockIsWrittenInUtc()
{
    // A clock with milliseconds and a +02:00 offset: the answer is the same instant in UTC, in
    // whole seconds, with a Z.
    const QDateTime local(QDate(2031, 5, 6), QTime(7, 8, 9, 654), QTimeZone(2 * 3600));
    h().server().setClock([local] { return local; });
    const HttpReply reply =
        h().patch(QStringLiteral("/api/v1/users/g1"), ValaraKey, R"({"title":"Team Lead"})");
    CHECK(status(reply, 200));
    QCOMPARE(reply.json().value("updated_at").toString(), QStringLiteral("2031-05-06T05:08:09Z"));
    QCOMPARE(h().get(QStringLiteral("/api/v1/users/g1"), ValaraKey)
                 .json()
                 .value("updated_at")
                 .toString(),
             QStringLiteral("2031-05-06T05:08:09Z"));
}

QTEST_GUILESS_MAIN(TstSandboxCommon)
#include "tst_sandbox_common.moc"
