// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the Me API's authentication and envelope (docs/api-contract.md M1-M3, C6;
// docs/api-contract.md M1-M13) against the real sandbox. The payload and its changes: tst_me_api.
#include "ContractChecks.h"
#include "SandboxHarness.h"
#include "TestJwt.h"
#include "sandbox/services/SessionToken.h"

#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

const QString MePath = QStringLiteral("/v1/me");
const QString AuthFailed = QStringLiteral("authentication failed");

} // namespace

class TstMeAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_h.reset(); }

    void m1_validSessionTokenIsAccepted();
    void m1_missingOrMalformedAuthorizationIsUnauthorized_data();
    void m1_missingOrMalformedAuthorizationIsUnauthorized();
    void m1_tokenSignedWithAnotherSecretIsUnauthorized();
    void m1_algorithmOtherThanHs256IsUnauthorized_data();
    void m1_algorithmOtherThanHs256IsUnauthorized();
    void m1_expiredTokenIsUnauthorized();
    void m1_tokenMissingAClaimIsUnauthorized_data();
    void m1_tokenMissingAClaimIsUnauthorized();
    void m1_orgThatIsNotTheUsersIsUnauthorized();
    void m1_unknownUserIsUnauthorized();
    void m1_authenticationComesBeforeBodyChecks();
    void m2_apiKeyCannotUpdatePreferences();
    void m2_apiKeyCannotReadPreferences();
    void m3_successEnvelopeHasFourKeys();
    void m3_errorEnvelopeWithoutFieldDetails_data();
    void m3_errorEnvelopeWithoutFieldDetails();

private:
    SandboxHarness &h() { return *m_h; }
    QByteArray token(const QString &user) const { return m_h->sessionToken(user); }

    std::unique_ptr<SandboxHarness> m_h;
};

void TstMeAuth::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TstMeAuth::m1_validSessionTokenIsAccepted()
{
    CHECK(meSuccess(h().get(MePath, token(QStringLiteral("g1")))));
    CHECK(meSuccess(h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody("\"UTC\""))));
}

void TstMeAuth::m1_missingOrMalformedAuthorizationIsUnauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization"); // empty: no header at all
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("bearer without token") << QByteArrayLiteral("Bearer ");
    QTest::newRow("not a jwt") << QByteArrayLiteral("Bearer garbage");
    QTest::newRow("three junk parts") << QByteArrayLiteral("Bearer a.b.c");
    QTest::newRow("basic scheme") << QByteArrayLiteral("Basic ZzE6c2VjcmV0");
    QTest::newRow("unknown api-key-like") << QByteArrayLiteral("Bearer key-nobody");
}

void TstMeAuth::m1_missingOrMalformedAuthorizationIsUnauthorized()
{
    QFETCH(QByteArray, authorization);
    SandboxHarness::Headers headers;
    if (!authorization.isEmpty())
        headers.push_back({"Authorization", authorization});
    CHECK(meError(h().send("GET", MePath, {}, {}, headers), 401, QStringLiteral("UNAUTHORIZED"),
                  AuthFailed, Details::Absent));
    headers.push_back({"Content-Type", "application/json"});
    CHECK(meError(h().send("PATCH", MePath, {}, meTimezoneBody("\"UTC\""), headers), 401,
                  QStringLiteral("UNAUTHORIZED"), AuthFailed, Details::Absent));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeAuth::m1_tokenSignedWithAnotherSecretIsUnauthorized()
{
    const QDateTime now = h().server().now();
    SessionToken::Claims claims{QStringLiteral("g1"), QStringLiteral("org-1"), now,
                                now.addSecs(3600)};
    const QByteArray forged = SessionToken::mint(claims, "not-the-sandbox-secret");
    CHECK(meError(h().get(MePath, forged), 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
    CHECK(meError(h().patch(MePath, forged, meTimezoneBody("\"UTC\"")), 401,
                  QStringLiteral("UNAUTHORIZED"), AuthFailed));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeAuth::m1_algorithmOtherThanHs256IsUnauthorized_data()
{
    QTest::addColumn<QByteArray>("jwt");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray secret = SandboxConfig().jwtSecret;
    const QJsonObject claims =
        TestJwt::claims(QStringLiteral("g1"), QStringLiteral("org-1"), now, now.addSecs(3600));
    const QJsonObject none = TestJwt::header(QStringLiteral("none"));
    QTest::newRow("alg none, no signature") << TestJwt::unsignedToken(none, claims);
    // A verifier that ignores the header's alg would accept this one.
    const QByteArray noneInput =
        TestJwt::base64UrlJson(none) + '.' + TestJwt::base64UrlJson(claims);
    QTest::newRow("alg none, valid hs256 signature")
        << noneInput + '.' + TestJwt::signature(noneInput, secret);
    QTest::newRow("HS512") << TestJwt::make(TestJwt::header(QStringLiteral("HS512")), claims,
                                            secret, QCryptographicHash::Sha512);
    QTest::newRow("HS384") << TestJwt::make(TestJwt::header(QStringLiteral("HS384")), claims,
                                            secret, QCryptographicHash::Sha384);
    QTest::newRow("alg lower case")
        << TestJwt::make(TestJwt::header(QStringLiteral("hs256")), claims, secret);
    QTest::newRow("no alg") << TestJwt::make({{QStringLiteral("typ"), QStringLiteral("JWT")}},
                                             claims, secret);
    // Control: the same construction with HS256 is accepted, so the rows above fail for alg.
    QTest::newRow("control HS256") << TestJwt::make(TestJwt::header(), claims, secret);
}

void TstMeAuth::m1_algorithmOtherThanHs256IsUnauthorized()
{
    QFETCH(QByteArray, jwt);
    const HttpReply reply = h().get(MePath, jwt);
    if (QByteArray(QTest::currentDataTag()).startsWith("control"))
        CHECK(meSuccess(reply));
    else
        CHECK(meError(reply, 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
}

void TstMeAuth::m1_expiredTokenIsUnauthorized()
{
    const QByteArray expired = h().sessionToken(QStringLiteral("g1"), -10);
    CHECK(meError(h().get(MePath, expired), 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
    CHECK(meError(h().patch(MePath, expired, meTimezoneBody("null")), 401,
                  QStringLiteral("UNAUTHORIZED"), AuthFailed));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
}

void TstMeAuth::m1_tokenMissingAClaimIsUnauthorized_data()
{
    QTest::addColumn<QString>("claim");
    QTest::newRow("sub") << QStringLiteral("sub");
    QTest::newRow("org_id") << QStringLiteral("org_id");
    QTest::newRow("exp") << QStringLiteral("exp");
}

void TstMeAuth::m1_tokenMissingAClaimIsUnauthorized()
{
    QFETCH(QString, claim);
    const QDateTime now = h().server().now();
    QJsonObject claims =
        TestJwt::claims(QStringLiteral("g1"), QStringLiteral("org-1"), now, now.addSecs(3600));
    claims.remove(claim);
    const QByteArray jwt =
        TestJwt::make(TestJwt::header(), claims, h().server().config().jwtSecret);
    CHECK(meError(h().get(MePath, jwt), 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
}

void TstMeAuth::m1_orgThatIsNotTheUsersIsUnauthorized()
{
    const QByteArray g1InOrg2 =
        h().sessionToken(QStringLiteral("g1"), 3600, QStringLiteral("org-2"));
    CHECK(meError(h().get(MePath, g1InOrg2), 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
    const QByteArray s1InOrg1 =
        h().sessionToken(QStringLiteral("s1"), 3600, QStringLiteral("org-1"));
    CHECK(meError(h().patch(MePath, s1InOrg1, meTimezoneBody("\"UTC\"")), 401,
                  QStringLiteral("UNAUTHORIZED"), AuthFailed));
    CHECK(meSuccess(h().get(MePath, token(QStringLiteral("s1")))));
    QCOMPARE(h().get(MePath, token(QStringLiteral("s1"))).data().value("org_id").toString(),
             QStringLiteral("org-2"));
}

void TstMeAuth::m1_unknownUserIsUnauthorized()
{
    const QByteArray ghost =
        h().sessionToken(QStringLiteral("nobody"), 3600, QStringLiteral("org-1"));
    CHECK(meError(h().get(MePath, ghost), 401, QStringLiteral("UNAUTHORIZED"), AuthFailed));
}

void TstMeAuth::m1_authenticationComesBeforeBodyChecks()
{
    // C6: authentication first, so body problems of unauthenticated requests are not reported.
    CHECK(meError(h().patch(MePath, {}, "{nope"), 401, QStringLiteral("UNAUTHORIZED")));
    CHECK(meError(h().send("PATCH", MePath, {}, "x", {{"Content-Type", "text/plain"}}), 401,
                  QStringLiteral("UNAUTHORIZED")));
    CHECK(meError(h().patch(MePath, "garbage", meTimezoneBody("\"Mars/Olympus\"")), 401,
                  QStringLiteral("UNAUTHORIZED")));
}

void TstMeAuth::m2_apiKeyCannotUpdatePreferences()
{
    for (const QByteArray &key :
         {QByteArrayLiteral("key-agent-g1"), QByteArrayLiteral("key-admin-a1")}) {
        CHECK(meError(h().patch(MePath, key, meTimezoneBody("\"Europe/Paris\"")), 403,
                      QStringLiteral("FORBIDDEN"),
                      QStringLiteral("api keys cannot update user preferences"), Details::Absent));
    }
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("America/Denver")));
    QCOMPARE(h().meTimezone(QStringLiteral("a1")), QJsonValue(QJsonValue::Null));
}

void TstMeAuth::m2_apiKeyCannotReadPreferences()
{
    CHECK(meError(h().get(MePath, "key-agent-g1"), 403, QStringLiteral("FORBIDDEN"),
                  QStringLiteral("api keys cannot read user preferences"), Details::Absent));
}

void TstMeAuth::m3_successEnvelopeHasFourKeys()
{
    CHECK(meSuccess(h().get(MePath, token(QStringLiteral("g2")))));
    CHECK(meSuccess(h().patch(MePath, token(QStringLiteral("g2")), meTimezoneBody("\"UTC\""))));
}

void TstMeAuth::m3_errorEnvelopeWithoutFieldDetails_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray json = "application/json";
    QTest::newRow("401") << QByteArray("GET") << MePath << false << QByteArray() << QByteArray()
                         << 401 << "UNAUTHORIZED";
    QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/v1/nothing-here") << true
                         << QByteArray() << QByteArray() << 404 << "NOT_FOUND";
    QTest::newRow("405") << QByteArray("DELETE") << MePath << true << QByteArray() << QByteArray()
                         << 405 << "METHOD_NOT_ALLOWED";
    QTest::newRow("invalid json") << QByteArray("PATCH") << MePath << true << json
                                  << QByteArray("{\"preferences\":") << 400 << "INVALID_JSON";
    QTest::newRow("415") << QByteArray("PATCH") << MePath << true << QByteArray("text/plain")
                         << QByteArray("timezone=UTC") << 415 << "UNSUPPORTED_MEDIA_TYPE";
    QTest::newRow("413") << QByteArray("PATCH") << MePath << true << json
                         << QByteArray(70000, ' ') + "{}" << 413 << "PAYLOAD_TOO_LARGE";
}

void TstMeAuth::m3_errorEnvelopeWithoutFieldDetails()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, authenticated);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    SandboxHarness::Headers headers;
    if (!contentType.isEmpty())
        headers.push_back({"Content-Type", contentType});
    const QByteArray bearer = authenticated ? token(QStringLiteral("g1")) : QByteArray();
    CHECK(meError(h().send(method, path, bearer, body, headers), status, code, QString(),
                  Details::Absent));
}

QTEST_GUILESS_MAIN(TstMeAuth)
#include "tst_me_auth.moc"
