// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the Me API's payload and its changes (docs/api-contract.md M4-M11, M13;
// docs/api-contract.md M1-M13) against the real sandbox. Authentication and the envelope:
// tst_me_auth.
#include "AsyncHttp.h"
#include "ContractChecks.h"
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

const QString MePath = QStringLiteral("/v1/me");

} // namespace

class TstMeApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_h.reset(); }

    void m4_payloadHasTheMeFields();
    void m5_getReturnsTheCallersPayload();
    void m6_patchSetsTimezoneAndAnswersFullPayload();
    void m7_nullClearsTimezone();
    void m8_emptyPatchIsNoOp_data();
    void m8_emptyPatchIsNoOp();
    void m9_unknownTimezoneIsInvalidTimezone_data();
    void m9_unknownTimezoneIsInvalidTimezone();
    void m9_knownTimezonesAreAccepted_data();
    void m9_knownTimezonesAreAccepted();
    void m10_unknownKeysOrBadPreferencesAreValidationErrors_data();
    void m10_unknownKeysOrBadPreferencesAreValidationErrors();
    void m11_malformedJsonIsInvalidJson_data();
    void m11_malformedJsonIsInvalidJson();
    void m11_nonJsonContentTypeIsUnsupportedMediaType_data();
    void m11_nonJsonContentTypeIsUnsupportedMediaType();
    void m11_tooLargeBodyIsPayloadTooLarge();
    void m11_unknownPathUnderV1IsNotFound_data();
    void m11_unknownPathUnderV1IsNotFound();
    void m11_wrongMethodIsMethodNotAllowedWithAllow_data();
    void m11_wrongMethodIsMethodNotAllowedWithAllow();

private:
    SandboxHarness &h() { return *m_h; }
    QByteArray token(const QString &user) const { return m_h->sessionToken(user); }

    std::unique_ptr<SandboxHarness> m_h;
};

void TstMeApi::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TstMeApi::m4_payloadHasTheMeFields()
{
    const HttpReply reply = h().get(MePath, token(QStringLiteral("g1")));
    CHECK(meSuccess(reply));
    const QJsonObject data = reply.data();
    QCOMPARE(sortedKeys(data),
             (QStringList{"is_staff", "org_id", "preferences", "scopes", "user_id"}));
    QVERIFY(data.value("user_id").isString());
    QVERIFY(data.value("org_id").isString());
    QVERIFY(data.value("is_staff").isBool());
    QVERIFY(data.value("scopes").isArray());
    for (const auto &scope : data.value("scopes").toArray())
        QVERIFY(scope.isString());
    QCOMPARE(sortedKeys(data.value("preferences").toObject()), QStringList{"timezone"});
}

void TstMeApi::m5_getReturnsTheCallersPayload()
{
    const HttpReply reply = h().get(MePath, token(QStringLiteral("g1")));
    CHECK(meSuccess(reply));
    const QJsonObject data = reply.data();
    QCOMPARE(data.value("user_id").toString(), QStringLiteral("g1"));
    QCOMPARE(data.value("org_id").toString(), QStringLiteral("org-1"));
    QCOMPARE(data.value("is_staff").toBool(true), false);
    QCOMPARE(stringList(data.value("scopes").toArray()), (QStringList{"me:read", "me:write"}));
    QCOMPARE(data.value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("America/Denver"));
}

void TstMeApi::m6_patchSetsTimezoneAndAnswersFullPayload()
{
    const HttpReply patched =
        h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody("\"America/Los_Angeles\""));
    CHECK(meSuccess(patched));
    QCOMPARE(patched.data().value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("America/Los_Angeles"));
    const HttpReply read = h().get(MePath, token(QStringLiteral("g1")));
    CHECK(meSuccess(read));
    QCOMPARE(patched.data(), read.data()); // the full Me payload, usable as a refresh
}

void TstMeApi::m7_nullClearsTimezone()
{
    const HttpReply patched =
        h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody("null"));
    CHECK(meSuccess(patched));
    const QJsonObject preferences = patched.data().value("preferences").toObject();
    QVERIFY(preferences.contains("timezone"));
    QVERIFY(preferences.value("timezone").isNull());
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QJsonValue::Null));
    QVERIFY(
        h().get(MePath, token("g1")).data().value("preferences").toObject().contains("timezone"));
}

void TstMeApi::m8_emptyPatchIsNoOp_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("withContentType");
    QTest::newRow("empty body, json type") << QByteArray() << true;
    QTest::newRow("empty body, no type") << QByteArray() << false;
    QTest::newRow("empty object") << QByteArrayLiteral("{}") << true;
    QTest::newRow("empty preferences") << QByteArrayLiteral("{\"preferences\":{}}") << true;
}

void TstMeApi::m8_emptyPatchIsNoOp()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, withContentType);
    const HttpReply before = h().get(MePath, token(QStringLiteral("g1")));
    HttpReply reply;
    if (withContentType) {
        reply = h().patch(MePath, token(QStringLiteral("g1")), body);
    } else { // QNetworkAccessManager would add a Content-Type of its own
        reply = AsyncHttp(h().server().baseUrl())
                    .raw("PATCH /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                         token(QStringLiteral("g1")) + "\r\nContent-Length: 0\r\n\r\n");
    }
    CHECK(meSuccess(reply));
    QCOMPARE(reply.data(), before.data());
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m9_unknownTimezoneIsInvalidTimezone_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("detail");
    const QString unknown = QStringLiteral("unknown IANA timezone");
    const QString notString = QStringLiteral("must be a string or null");
    QTest::newRow("made up") << QByteArray("\"Mars/Olympus\"") << unknown;
    QTest::newRow("wrong case") << QByteArray("\"america/new_york\"") << unknown;
    QTest::newRow("padded") << QByteArray("\" Europe/Paris\"") << unknown;
    QTest::newRow("empty") << QByteArray("\"\"") << unknown;
    QTest::newRow("offset") << QByteArray("\"+02:00\"") << unknown;
    QTest::newRow("qt offset id") << QByteArray("\"UTC+05:00\"") << unknown;
    QTest::newRow("posixrules") << QByteArray("\"posixrules\"") << unknown;
    QTest::newRow("Factory") << QByteArray("\"Factory\"") << unknown;
    QTest::newRow("posix/") << QByteArray("\"posix/Europe/Paris\"") << unknown;
    QTest::newRow("right/") << QByteArray("\"right/UTC\"") << unknown;
    QTest::newRow("directory") << QByteArray("\"America\"") << unknown;
    QTest::newRow("data file") << QByteArray("\"leapseconds\"") << unknown;
    QTest::newRow("traversal") << QByteArray("\"Europe/../UTC\"") << unknown;
    QTest::newRow("number") << QByteArray("42") << notString;
    QTest::newRow("boolean") << QByteArray("true") << notString;
    QTest::newRow("object") << QByteArray("{\"id\":\"UTC\"}") << notString;
    QTest::newRow("array") << QByteArray("[\"UTC\"]") << notString;
}

void TstMeApi::m9_unknownTimezoneIsInvalidTimezone()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, detail);
    const HttpReply reply = h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody(value));
    CHECK(meError(reply, 400, QStringLiteral("INVALID_TIMEZONE"),
                  QStringLiteral("invalid timezone"), Details::Present));
    const QJsonObject details = reply.json().value("error").toObject().value("details").toObject();
    QCOMPARE(details.value("timezone").toString(), detail);
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m9_knownTimezonesAreAccepted_data()
{
    QTest::addColumn<QString>("zone");
    for (const char *zone :
         {"UTC", "Europe/Berlin", "Asia/Kolkata", "America/Argentina/Buenos_Aires",
          "Australia/Lord_Howe", "Pacific/Chatham", "US/Eastern", "Etc/UTC", "Etc/GMT+5"})
        QTest::newRow(zone) << QString::fromLatin1(zone); // canonical names and links (P6)
}

void TstMeApi::m9_knownTimezonesAreAccepted()
{
    QFETCH(QString, zone);
    const HttpReply reply =
        h().patch(MePath, token(QStringLiteral("g2")), meTimezoneBody('"' + zone.toLatin1() + '"'));
    CHECK(meSuccess(reply));
    QCOMPARE(h().meTimezone(QStringLiteral("g2")), QJsonValue(zone));
}

void TstMeApi::m10_unknownKeysOrBadPreferencesAreValidationErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    QTest::newRow("top-level extra")
        << QByteArray(R"({"preferences":{"timezone":"UTC"},"x":1})") << "x";
    QTest::newRow("timezone at top level") << QByteArray(R"({"timezone":"UTC"})") << "timezone";
    QTest::newRow("unknown preference")
        << QByteArray(R"({"preferences":{"timezone":"UTC","language":"de"}})") << "language";
    QTest::newRow("preferences string") << QByteArray(R"({"preferences":"UTC"})") << "preferences";
    QTest::newRow("preferences array") << QByteArray(R"({"preferences":[]})") << "preferences";
    QTest::newRow("preferences number") << QByteArray(R"({"preferences":1})") << "preferences";
    QTest::newRow("preferences null") << QByteArray(R"({"preferences":null})") << "preferences";
}

void TstMeApi::m10_unknownKeysOrBadPreferencesAreValidationErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    const HttpReply reply = h().patch(MePath, token(QStringLiteral("g1")), body);
    CHECK(meError(reply, 400, QStringLiteral("VALIDATION_ERROR"), QString(), Details::Present));
    const QJsonObject details = reply.json().value("error").toObject().value("details").toObject();
    // The contract says details.<key>; a nested key may also be reported with its path.
    QVERIFY2(details.value(key).isString() ||
                 details.value(QStringLiteral("preferences.") + key).isString(),
             reply.body.constData());
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m11_malformedJsonIsInvalidJson_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const char *body : {"{", "{\"preferences\":", "{'preferences':{}}", "nul", "{}}", "[]",
                             "[{\"preferences\":{}}]", "\"text\"", "42", "null", "true"})
        QTest::newRow(body) << QByteArray(body);
}

void TstMeApi::m11_malformedJsonIsInvalidJson()
{
    QFETCH(QByteArray, body);
    CHECK(meError(h().patch(MePath, token(QStringLiteral("g1")), body), 400,
                  QStringLiteral("INVALID_JSON")));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m11_nonJsonContentTypeIsUnsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    for (const char *type : {"text/plain", "application/x-www-form-urlencoded", "application/xml",
                             "text/json", "multipart/form-data; boundary=x"})
        QTest::newRow(type) << QByteArray(type);
}

void TstMeApi::m11_nonJsonContentTypeIsUnsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    CHECK(meError(h().send("PATCH", MePath, token(QStringLiteral("g1")), meTimezoneBody("\"UTC\""),
                           {{"Content-Type", contentType}}),
                  415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE")));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m11_tooLargeBodyIsPayloadTooLarge()
{
    const QByteArray body = meTimezoneBody("\"UTC\"") + QByteArray(64 * 1024, ' ');
    CHECK(meError(h().patch(MePath, token(QStringLiteral("g1")), body), 413,
                  QStringLiteral("PAYLOAD_TOO_LARGE")));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeApi::m11_unknownPathUnderV1IsNotFound_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"/v1/you", "/v1/me/preferences", "/v1/users/g1", "/v1/me/x/y"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TstMeApi::m11_unknownPathUnderV1IsNotFound()
{
    QFETCH(QString, path);
    CHECK(meError(h().get(path, token(QStringLiteral("g1"))), 404, QStringLiteral("NOT_FOUND")));
    CHECK(meError(h().patch(path, token(QStringLiteral("g1")), "{}"), 404,
                  QStringLiteral("NOT_FOUND")));
}

void TstMeApi::m11_wrongMethodIsMethodNotAllowedWithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    for (const char *method : {"POST", "PUT", "DELETE"})
        QTest::newRow(method) << QByteArray(method);
}

void TstMeApi::m11_wrongMethodIsMethodNotAllowedWithAllow()
{
    QFETCH(QByteArray, method);
    const HttpReply reply =
        h().send(method, MePath, token(QStringLiteral("g1")), meTimezoneBody("\"UTC\""),
                 {{"Content-Type", "application/json"}});
    CHECK(meError(reply, 405, QStringLiteral("METHOD_NOT_ALLOWED")));
    QStringList allowed;
    for (const QByteArray &item : reply.header("Allow").split(','))
        allowed.append(QString::fromLatin1(item.trimmed()));
    QVERIFY2(allowed.contains("GET") && allowed.contains("PATCH"),
             reply.header("Allow").constData());
    QVERIFY(!allowed.contains(QString::fromLatin1(method)));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

QTEST_GUILESS_MAIN(TstMeApi)
#include "tst_me_api.moc"
