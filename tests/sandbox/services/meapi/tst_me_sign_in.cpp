// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's identity service as native clients use it (docs/api-contract.md, "Me API
// sign-in"): a client token in raw Authorization headers; sign-in with a password, an e-mail
// code or a TOTP second factor, with the service's error codes; session tokens minted for the
// session's organization with the configured lifetime, accepted by the Me API; organizations;
// signing out and revocation.
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "TestJwt.h"
#include "sandbox/identity/FrontendApi.h"
#include "sandbox/identity/Totp.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestMeSignInSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_h;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QByteArray m_client; // the client token, as the service last sent it

    HttpReply fapi(const QByteArray &method, const QString &path, const QByteArray &form = {})
    {
        SandboxHarness::Headers headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!m_client.isEmpty())
            headers.append({"Authorization", m_client});
        const HttpReply reply =
            m_h->send(method, path + QStringLiteral("?_is_native=true"), {}, form, headers);
        if (!reply.header("Authorization").isEmpty())
            m_client = reply.header("Authorization");
        return reply;
    }
    static QString firstErrorCode(const HttpReply &reply)
    {
        return reply.json()
            .value(QLatin1String("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    QString signInWithPassword(const QByteArray &email, const QByteArray &password)
    {
        const HttpReply reply =
            fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                 "identifier=" + email + "&password=" + password + "&strategy=password");
        return reply.json()
            .value(QLatin1String("response"))
            .toObject()
            .value(QLatin1String("created_session_id"))
            .toString();
    }
    QByteArray mint(const QString &sessionId, const QByteArray &form = {}, int *status = nullptr)
    {
        const HttpReply reply =
            fapi("POST", QStringLiteral("/v1/client/sessions/%1/tokens").arg(sessionId), form);
        if (status)
            *status = reply.status;
        return reply.json().value(QLatin1String("jwt")).toString().toLatin1();
    }

private Q_SLOTS:
    void init()
    {
        SandboxConfig config;
        config.meSessionTtlSeconds = 60;
        m_h = std::make_unique<SandboxHarness>(config, fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_now; });
        m_client.clear();
    }
    void cleanup() { m_h.reset(); }

    void aPasswordSignInMintsTokensTheMeApiTakes()
    {
        const HttpReply signIn = fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                                      "identifier=gina%40valara.test&password=open+sesame&"
                                      "strategy=password");
        QCOMPARE(signIn.status, 200);
        QVERIFY(m_client.startsWith("ct_")); // raw, no "Bearer "
        const QJsonObject attempt = signIn.json().value(QLatin1String("response")).toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        const QString sessionId = attempt.value(QLatin1String("created_session_id")).toString();
        QVERIFY(sessionId.startsWith(QLatin1String("sess_")));
        QCOMPARE(signIn.json()
                     .value(QLatin1String("client"))
                     .toObject()
                     .value(QLatin1String("last_active_session_id"))
                     .toString(),
                 sessionId);

        const HttpReply token =
            fapi("POST", QStringLiteral("/v1/client/sessions/%1/tokens").arg(sessionId));
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QLatin1String("object")).toString(), QStringLiteral("token"));
        QCOMPARE(token.header("Date"), QByteArray("Tue, 01 Dec 2026 12:00:00 GMT"));
        const QByteArray jwt = token.json().value(QLatin1String("jwt")).toString().toLatin1();
        const QJsonObject claims = TestJwt::decodePart(jwt, 1);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), QStringLiteral("g1"));
        QCOMPARE(claims.value(QLatin1String("sid")).toString(), sessionId);
        QCOMPARE(claims.value(QLatin1String("org_id")).toString(), QStringLiteral("org-1"));
        QCOMPARE(claims.value(QLatin1String("iat")).toInteger(), m_now.toSecsSinceEpoch());
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger(), m_now.toSecsSinceEpoch() + 60);
        QCOMPARE(m_h->get(QStringLiteral("/v1/me"), jwt).status, 200);

        // A minute later the token is refused; a new one is taken.
        m_now = m_now.addSecs(61);
        QCOMPARE(m_h->get(QStringLiteral("/v1/me"), jwt).status, 401);
        QCOMPARE(m_h->get(QStringLiteral("/v1/me"), mint(sessionId)).status, 200);
    }

    void wrongPasswordsAndUnknownPeopleAreNamed()
    {
        HttpReply reply = fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                               "identifier=gina%40valara.test&password=wrong&strategy=password");
        QCOMPARE(reply.status, 422);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("form_password_incorrect"));
        QCOMPARE(reply.json()
                     .value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("meta"))
                     .toObject()
                     .value(QLatin1String("param_name"))
                     .toString(),
                 QStringLiteral("password"));
        reply = fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                     "identifier=nobody%40valara.test&password=open+sesame");
        QCOMPARE(reply.status, 422);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("form_identifier_not_found"));
    }

    void anEmailCodeSignsIn()
    {
        HttpReply reply =
            fapi("POST", QStringLiteral("/v1/client/sign_ins"), "identifier=gina%40valara.test");
        QJsonObject attempt = reply.json().value(QLatin1String("response")).toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toString(),
                 QStringLiteral("needs_first_factor"));
        const QString id = attempt.value(QLatin1String("id")).toString();
        const QString emailId = attempt.value(QLatin1String("supported_first_factors"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QLatin1String("email_address_id"))
                                    .toString();
        QVERIFY(!emailId.isEmpty());
        reply = fapi("POST", QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(id),
                     "strategy=email_code&email_address_id=" + emailId.toLatin1());
        QCOMPARE(reply.status, 200);
        const QString code =
            m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
        QCOMPARE(code.size(), 6);

        const QString attemptPath =
            QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id);
        const QByteArray wrong = code == QLatin1String("000000") ? "111111" : "000000";
        reply = fapi("POST", attemptPath, "strategy=email_code&code=" + wrong);
        QCOMPARE(reply.status, 422);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("form_code_incorrect"));
        reply = fapi("POST", attemptPath, "strategy=email_code&code=" + code.toLatin1());
        QCOMPARE(reply.status, 200);
        attempt = reply.json().value(QLatin1String("response")).toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
    }

    void emailCodesRunOutAndExpire()
    {
        const HttpReply created = fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                                       "identifier=gina%40valara.test&strategy=email_code");
        const QString id = created.json()
                               .value(QLatin1String("response"))
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        const QString code =
            m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
        const QString attemptPath =
            QStringLiteral("/v1/client/sign_ins/%1/attempt_first_factor").arg(id);
        const QByteArray wrong = code == QLatin1String("000000") ? "111111" : "000000";
        for (int i = 0; i < SignInSteps::MaxFailedCodes; ++i)
            QCOMPARE(fapi("POST", attemptPath, "strategy=email_code&code=" + wrong).status, 422);
        HttpReply reply = fapi("POST", attemptPath, "strategy=email_code&code=" + code.toLatin1());
        QCOMPARE(reply.status, 400);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("verification_failed"));

        // A new code, typed too late.
        fapi("POST", QStringLiteral("/v1/client/sign_ins/%1/prepare_first_factor").arg(id),
             "strategy=email_code");
        const QString fresh =
            m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
        m_now = m_now.addSecs(SignInSteps::CodeLifetimeSeconds + 1);
        reply = fapi("POST", attemptPath, "strategy=email_code&code=" + fresh.toLatin1());
        QCOMPARE(reply.status, 400);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("verification_expired"));
    }

    void aTotpCodeIsTheSecondFactor()
    {
        HttpReply reply = fapi("POST", QStringLiteral("/v1/client/sign_ins"),
                               "identifier=bruno%40valara.test&password=open+sesame&"
                               "strategy=password");
        QJsonObject attempt = reply.json().value(QLatin1String("response")).toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toString(),
                 QStringLiteral("needs_second_factor"));
        QVERIFY(attempt.value(QLatin1String("created_session_id")).isNull());
        const QString path = QStringLiteral("/v1/client/sign_ins/%1/attempt_second_factor")
                                 .arg(attempt.value(QLatin1String("id")).toString());
        const QString code = Totp::codeAt(Totp::decodeBase32(TotpSecret), m_now);
        const QByteArray wrong = code == QLatin1String("123456") ? "654321" : "123456";
        reply = fapi("POST", path, "strategy=totp&code=" + wrong);
        QCOMPARE(reply.status, 422);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("form_code_incorrect"));
        reply = fapi("POST", path, "strategy=totp&code=" + code.toLatin1());
        QCOMPARE(reply.status, 200);
        attempt = reply.json().value(QLatin1String("response")).toObject();
        QCOMPARE(attempt.value(QLatin1String("status")).toString(), QStringLiteral("complete"));
        QVERIFY(!attempt.value(QLatin1String("created_session_id")).toString().isEmpty());
    }

    void totpCodesFollowTheReferenceValues()
    {
        // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", eight digits there,
        // the last six here.
        const QByteArray secret("12345678901234567890");
        QCOMPARE(Totp::codeAt(secret, QDateTime::fromSecsSinceEpoch(59, Qt::UTC)),
                 QStringLiteral("287082"));
        QCOMPARE(Totp::codeAt(secret, QDateTime::fromSecsSinceEpoch(1111111109, Qt::UTC)),
                 QStringLiteral("081804"));
        QCOMPARE(Totp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")), secret);
        QVERIFY(Totp::decodeBase32(QStringLiteral("not base32!")).isEmpty());
    }

    void tokensAreForTheChosenOrganization()
    {
        const QString sessionId = signInWithPassword("gina%40valara.test", "open+sesame");
        QVERIFY(!sessionId.isEmpty());
        const QJsonObject client = fapi("GET", QStringLiteral("/v1/client")).json();
        const QJsonArray memberships = client.value(QLatin1String("response"))
                                           .toObject()
                                           .value(QLatin1String("sessions"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QLatin1String("user"))
                                           .toObject()
                                           .value(QLatin1String("organization_memberships"))
                                           .toArray();
        QCOMPARE(memberships.size(), 2);
        QCOMPARE(memberships.at(1)
                     .toObject()
                     .value(QLatin1String("organization"))
                     .toObject()
                     .value(QLatin1String("name")),
                 QStringLiteral("Org Two"));

        const QString touch = QStringLiteral("/v1/client/sessions/%1/touch").arg(sessionId);
        HttpReply reply = fapi("POST", touch, "active_organization_id=org-2&intent=select_org");
        QCOMPARE(reply.status, 200);
        QByteArray jwt = mint(sessionId);
        QCOMPARE(TestJwt::decodePart(jwt, 1).value(QLatin1String("org_id")).toString(),
                 QStringLiteral("org-2"));
        const HttpReply me = m_h->get(QStringLiteral("/v1/me"), jwt);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.data().value(QLatin1String("org_id")).toString(), QStringLiteral("org-2"));

        reply = fapi("POST", touch, "active_organization_id=org-9");
        QCOMPARE(reply.status, 422);
        int status = 0;
        QVERIFY(mint(sessionId, "organization_id=org-9", &status).isEmpty());
        QCOMPARE(status, 422);
        // One token for another of the user's organizations, without changing the session's.
        jwt = mint(sessionId, "organization_id=org-1");
        QCOMPARE(TestJwt::decodePart(jwt, 1).value(QLatin1String("org_id")).toString(),
                 QStringLiteral("org-1"));
        QCOMPARE(TestJwt::decodePart(mint(sessionId), 1).value(QLatin1String("org_id")).toString(),
                 QStringLiteral("org-2"));
    }

    void theLifetimeIsConfigured()
    {
        m_h.reset();
        SandboxConfig config;
        config.meSessionTtlSeconds = 5;
        m_h = std::make_unique<SandboxHarness>(config, fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_now; });
        const QJsonObject claims =
            TestJwt::decodePart(mint(signInWithPassword("gina%40valara.test", "open+sesame")), 1);
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() -
                     claims.value(QLatin1String("iat")).toInteger(),
                 5);
    }

    void signingOutAndRevokingEndTheSession()
    {
        QString sessionId = signInWithPassword("gina%40valara.test", "open+sesame");
        const QByteArray client = m_client;
        QVERIFY(!mint(sessionId).isEmpty());
        HttpReply reply = fapi("DELETE", QStringLiteral("/v1/client/sessions"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_client, client); // the client stays
        int status = 0;
        mint(sessionId, {}, &status);
        QCOMPARE(status, 401);
        reply = fapi("POST", QStringLiteral("/v1/client/sessions/%1/tokens").arg(sessionId));
        QCOMPARE(firstErrorCode(reply), QStringLiteral("signed_out"));

        // Revoked elsewhere (another device, an administrator).
        sessionId = signInWithPassword("gina%40valara.test", "open+sesame");
        QVERIFY(!mint(sessionId).isEmpty());
        QCOMPARE(m_h->server().identity().revokeSessionsOf(QStringLiteral("g1")), 1);
        mint(sessionId, {}, &status);
        QCOMPARE(status, 401);

        // Without the client token, nothing is minted.
        sessionId = signInWithPassword("gina%40valara.test", "open+sesame");
        m_client.clear();
        mint(sessionId, {}, &status);
        QCOMPARE(status, 401);
    }

    void unknownPathsAnswerInTheServicesShape()
    {
        const HttpReply reply = fapi("GET", QStringLiteral("/v1/client/sign_ups"));
        QCOMPARE(reply.status, 404);
        QCOMPARE(firstErrorCode(reply), QStringLiteral("resource_not_found"));
    }

    void thePublishableKeyNamesTheHost()
    {
        const QByteArray key =
            FrontendApi::publishableKeyFor(QUrl(QStringLiteral("http://127.0.0.1:8765")));
        QVERIFY(key.startsWith("pk_test_"));
        QCOMPARE(QByteArray::fromBase64(key.mid(8)), QByteArray("127.0.0.1:8765$"));
    }
};

QTEST_GUILESS_MAIN(TestMeSignInSandbox)
#include "tst_me_sign_in.moc"
