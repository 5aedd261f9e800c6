// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SessionToken: HS256 session JWTs (docs/api-contract.md M1), checked against tokens built
// independently (TestJwt).
#include "TestJwt.h"
#include "sandbox/services/SessionToken.h"

#include <QJsonArray>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QByteArray Secret = "unit-secret";
const QDateTime Now = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);

SessionToken::Claims claims(qint64 ttl = 3600)
{
    return {QStringLiteral("g1"), QStringLiteral("org-1"), Now, Now.addSecs(ttl)};
}

QJsonObject rawClaims(qint64 ttl = 3600)
{
    return TestJwt::claims(QStringLiteral("g1"), QStringLiteral("org-1"), Now, Now.addSecs(ttl));
}

} // namespace

class TstSessionToken : public QObject
{
    Q_OBJECT

private slots:
    void m1_mintedTokenRoundTrips();
    void m1_mintedTokenIsHs256WithTheContractClaims();
    void m1_independentlySignedTokenIsValid();
    void m1_wrongSecretIsBadSignature();
    void m1_tamperedTokenIsBadSignature_data();
    void m1_tamperedTokenIsBadSignature();
    void m1_expiredTokenIsExpired_data();
    void m1_expiredTokenIsExpired();
    void m1_otherAlgorithmsAreRefused_data();
    void m1_otherAlgorithmsAreRefused();
    void m1_malformedTokensAreMalformed_data();
    void m1_malformedTokensAreMalformed();
    void m1_tokensMissingClaimsAreRefused_data();
    void m1_tokensMissingClaimsAreRefused();
    void looksLikeJwt_distinguishesTokensFromApiKeys();
};

void TstSessionToken::m1_mintedTokenRoundTrips()
{
    const QByteArray token = SessionToken::mint(claims(), Secret);
    SessionToken::Claims read;
    QCOMPARE(SessionToken::verify(token, Secret, Now.addSecs(60), &read),
             SessionToken::Status::Valid);
    QCOMPARE(read.subject, QStringLiteral("g1"));
    QCOMPARE(read.orgId, QStringLiteral("org-1"));
    QCOMPARE(read.issuedAt.toSecsSinceEpoch(), Now.toSecsSinceEpoch());
    QCOMPARE(read.expiresAt.toSecsSinceEpoch(), Now.addSecs(3600).toSecsSinceEpoch());
}

void TstSessionToken::m1_mintedTokenIsHs256WithTheContractClaims()
{
    const QByteArray token = SessionToken::mint(claims(), Secret);
    QCOMPARE(token.count('.'), 2);
    for (const char forbidden : {'=', '+', '/'}) // base64url without padding
        QVERIFY(!token.contains(forbidden));
    QCOMPARE(TestJwt::decodePart(token, 0).value("alg").toString(), QStringLiteral("HS256"));
    const QJsonObject payload = TestJwt::decodePart(token, 1);
    QCOMPARE(payload.value("sub").toString(), QStringLiteral("g1"));
    QCOMPARE(payload.value("org_id").toString(), QStringLiteral("org-1"));
    QVERIFY(payload.value("iat").isDouble()); // NumericDate: seconds since the epoch
    QVERIFY(payload.value("exp").isDouble());
    QCOMPARE(qint64(payload.value("iat").toDouble()), Now.toSecsSinceEpoch());
    QCOMPARE(qint64(payload.value("exp").toDouble()), Now.addSecs(3600).toSecsSinceEpoch());
    // The signature is HMAC-SHA256 over "header.payload" with the secret.
    const QByteArray input = token.left(token.lastIndexOf('.'));
    QCOMPARE(token.mid(token.lastIndexOf('.') + 1), TestJwt::signature(input, Secret));
}

void TstSessionToken::m1_independentlySignedTokenIsValid()
{
    const QByteArray token = TestJwt::make(TestJwt::header(), rawClaims(), Secret);
    SessionToken::Claims read;
    QCOMPARE(SessionToken::verify(token, Secret, Now, &read), SessionToken::Status::Valid);
    QCOMPARE(read.subject, QStringLiteral("g1"));
    QCOMPARE(read.orgId, QStringLiteral("org-1"));
}

void TstSessionToken::m1_wrongSecretIsBadSignature()
{
    const QByteArray token = SessionToken::mint(claims(), Secret);
    QCOMPARE(SessionToken::verify(token, "other-secret", Now), SessionToken::Status::BadSignature);
    QCOMPARE(SessionToken::verify(token, "", Now), SessionToken::Status::BadSignature);
}

void TstSessionToken::m1_tamperedTokenIsBadSignature_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray good = TestJwt::make(TestJwt::header(), rawClaims(), Secret);
    const QList<QByteArray> parts = good.split('.');
    QJsonObject admin = rawClaims();
    admin.insert("sub", "a1");
    QTest::newRow("payload swapped")
        << parts[0] + '.' + TestJwt::base64UrlJson(admin) + '.' + parts[2];
    QJsonObject later = rawClaims(999999);
    QTest::newRow("expiry extended")
        << parts[0] + '.' + TestJwt::base64UrlJson(later) + '.' + parts[2];
    QByteArray flipped = parts[2];
    flipped[3] = flipped[3] == 'A' ? 'B' : 'A';
    QTest::newRow("signature changed") << parts[0] + '.' + parts[1] + '.' + flipped;
    QTest::newRow("signature truncated") << parts[0] + '.' + parts[1] + '.' + parts[2].left(20);
}

void TstSessionToken::m1_tamperedTokenIsBadSignature()
{
    QFETCH(QByteArray, token);
    QCOMPARE(SessionToken::verify(token, Secret, Now), SessionToken::Status::BadSignature);
}

void TstSessionToken::m1_expiredTokenIsExpired_data()
{
    QTest::addColumn<qint64>("ttl");
    QTest::newRow("ten seconds ago") << qint64(-10);
    QTest::newRow("a day ago") << qint64(-86400);
    QTest::newRow("exactly now (RFC 7519: now must be before exp)") << qint64(0);
}

void TstSessionToken::m1_expiredTokenIsExpired()
{
    QFETCH(qint64, ttl);
    QCOMPARE(SessionToken::verify(SessionToken::mint(claims(ttl), Secret), Secret, Now),
             SessionToken::Status::Expired);
    QCOMPARE(
        SessionToken::verify(TestJwt::make(TestJwt::header(), rawClaims(ttl), Secret), Secret, Now),
        SessionToken::Status::Expired);
    // One second earlier it was still valid (unless it was already past).
    if (ttl == 0)
        QCOMPARE(
            SessionToken::verify(SessionToken::mint(claims(ttl), Secret), Secret, Now.addSecs(-1)),
            SessionToken::Status::Valid);
}

void TstSessionToken::m1_otherAlgorithmsAreRefused_data()
{
    QTest::addColumn<QByteArray>("token");
    const QJsonObject none = TestJwt::header(QStringLiteral("none"));
    QTest::newRow("none unsigned") << TestJwt::unsignedToken(none, rawClaims());
    const QByteArray noneInput =
        TestJwt::base64UrlJson(none) + '.' + TestJwt::base64UrlJson(rawClaims());
    QTest::newRow("none with HS256 signature")
        << noneInput + '.' + TestJwt::signature(noneInput, Secret);
    QTest::newRow("HS384") << TestJwt::make(TestJwt::header(QStringLiteral("HS384")), rawClaims(),
                                            Secret, QCryptographicHash::Sha384);
    QTest::newRow("HS512") << TestJwt::make(TestJwt::header(QStringLiteral("HS512")), rawClaims(),
                                            Secret, QCryptographicHash::Sha512);
    QTest::newRow("RS256 label") << TestJwt::make(TestJwt::header(QStringLiteral("RS256")),
                                                  rawClaims(), Secret);
}

void TstSessionToken::m1_otherAlgorithmsAreRefused()
{
    QFETCH(QByteArray, token);
    QCOMPARE(SessionToken::verify(token, Secret, Now), SessionToken::Status::UnsupportedAlgorithm);
}

void TstSessionToken::m1_malformedTokensAreMalformed_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray header = TestJwt::base64UrlJson(TestJwt::header());
    const QByteArray payload = TestJwt::base64UrlJson(rawClaims());
    const auto signedWith = [](const QByteArray &h, const QByteArray &p) {
        return h + '.' + p + '.' + TestJwt::signature(h + '.' + p, Secret);
    };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << QByteArray("abc");
    QTest::newRow("two parts") << header + '.' + payload;
    QTest::newRow("four parts") << signedWith(header, payload) + ".extra";
    QTest::newRow("header not base64url") << signedWith("***", payload);
    QTest::newRow("header not json") << signedWith(TestJwt::base64Url("not json"), payload);
    QTest::newRow("payload not json") << signedWith(header, TestJwt::base64Url("{\"sub\":"));
    QTest::newRow("payload an array") << signedWith(header, TestJwt::base64Url("[1,2]"));
    QTest::newRow("api key") << QByteArray("key-agent-g1");
}

void TstSessionToken::m1_malformedTokensAreMalformed()
{
    QFETCH(QByteArray, token);
    QCOMPARE(SessionToken::verify(token, Secret, Now), SessionToken::Status::Malformed);
}

void TstSessionToken::m1_tokensMissingClaimsAreRefused_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QJsonValue>("replacement"); // undefined: removed
    QTest::newRow("no sub") << "sub" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no org_id") << "org_id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no exp") << "exp" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("exp a string") << "exp" << QJsonValue(QStringLiteral("tomorrow"));
    QTest::newRow("sub a number") << "sub" << QJsonValue(42);
}

void TstSessionToken::m1_tokensMissingClaimsAreRefused()
{
    QFETCH(QString, claim);
    QFETCH(QJsonValue, replacement);
    QJsonObject payload = rawClaims();
    if (replacement.isUndefined())
        payload.remove(claim);
    else
        payload.insert(claim, replacement);
    const QByteArray token = TestJwt::make(TestJwt::header(), payload, Secret);
    QVERIFY(SessionToken::verify(token, Secret, Now) != SessionToken::Status::Valid);
}

void TstSessionToken::looksLikeJwt_distinguishesTokensFromApiKeys()
{
    QVERIFY(SessionToken::looksLikeJwt(SessionToken::mint(claims(), Secret)));
    QVERIFY(SessionToken::looksLikeJwt(TestJwt::make(TestJwt::header(), rawClaims(), "x")));
    QVERIFY(!SessionToken::looksLikeJwt("key-agent-g1"));
    QVERIFY(!SessionToken::looksLikeJwt(""));
}

QTEST_GUILESS_MAIN(TstSessionToken)
#include "tst_session_token.moc"
