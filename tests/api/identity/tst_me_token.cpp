// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session tokens for the Me API, minted from a session of the real sandbox's identity service
// with 60-second tokens and clocks injected on both sides: ten simulated minutes of calls never
// send a token with 10 s or less left, even with this computer's clock two minutes off; callers
// asking together mint once; a revoked session signs out; the client token follows the service;
// a wrong password names the field. Also the publishable key's rules.
#include "../WaitForJob.h"
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "api/Endpoints.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "api/identity/SessionTokenSource.h"
#include "api/session/SessionTokenInfo.h"
#include "sandbox/identity/FrontendApi.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class TestMeToken : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_h;
    QNetworkAccessManager m_network;
    std::unique_ptr<IdentityClient> m_identity;
    QDateTime m_serverNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    qint64 m_localOffsetSecs = 0; // this computer's clock minus the server's

    QDateTime localNow() const { return m_serverNow.addSecs(m_localOffsetSecs); }

    // Signs g1 in with a password; returns the session id.
    QString signIn()
    {
        const ApiResult result = waitForJob(m_identity->signInWithPassword(
            QStringLiteral("gina@valara.test"), QStringLiteral("valara-demo")));
        if (!result.ok())
            return {};
        return result.value.toObject()
            .value(QLatin1String("response"))
            .toObject()
            .value(QLatin1String("created_session_id"))
            .toString();
    }
    // Waits for one token from `source`.
    QByteArray tokenFrom(SessionTokenSource &source, ApiError *error = nullptr)
    {
        bool called = false;
        QByteArray token;
        source.withToken(this, [&](const QByteArray &given, const ApiError &why) {
            called = true;
            token = given;
            if (error)
                *error = why;
        });
        if (!QTest::qWaitFor([&] { return called; }, 15000))
            QTest::qFail("no token came", __FILE__, __LINE__);
        return token;
    }
    int mintsSeen(const QSignalSpy &exchanges) const
    {
        int mints = 0;
        for (const QList<QVariant> &arguments : exchanges)
            mints += arguments.at(0).value<SandboxExchange>().path.endsWith(u"/tokens");
        return mints;
    }

private Q_SLOTS:
    void init()
    {
        m_serverNow = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        m_localOffsetSecs = 0;
        m_h = std::make_unique<SandboxHarness>();
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_serverNow; });
        const PublishableKey key = PublishableKey::parse(publishableKeyOf(*m_h));
        QVERIFY(key.isValid());
        m_identity = std::make_unique<IdentityClient>(&m_network, key.frontendApiUrl());
    }
    void cleanup()
    {
        m_identity.reset();
        m_h.reset();
    }

    void MeTokenTenMinutesOfCallsNeverSendAnExpiredToken_data()
    {
        QTest::addColumn<qint64>("localOffset");
        QTest::newRow("clocks agree") << qint64(0);
        QTest::newRow("this computer 2 min behind") << qint64(-120);
        QTest::newRow("this computer 2 min ahead") << qint64(120);
    }
    void MeTokenTenMinutesOfCallsNeverSendAnExpiredToken()
    {
        QFETCH(qint64, localOffset);
        m_localOffsetSecs = localOffset;
        const QString sessionId = signIn();
        QVERIFY(!sessionId.isEmpty());
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(sessionId);
        const QDateTime end = m_serverNow.addSecs(600);
        int calls = 0;
        while (m_serverNow < end) {
            const QByteArray token = tokenFrom(source);
            QVERIFY(!token.isEmpty());
            const SessionTokenInfo info = SessionTokenInfo::decode(token);
            QVERIFY2(m_serverNow.secsTo(info.expiresAt()) > SessionTokenSource::MarginSeconds,
                     qPrintable(QStringLiteral("%1 s left at call %2")
                                    .arg(m_serverNow.secsTo(info.expiresAt()))
                                    .arg(calls)));
            QCOMPARE(m_h->get(QStringLiteral("/v1/me"), token).status, 200);
            ++calls;
            m_serverNow = m_serverNow.addSecs(7); // a call every seven seconds
        }
        QCOMPARE(calls, 86);
        // A token serves about 50 s of its 60: twelve or thirteen in ten minutes, not one a call.
        QVERIFY2(source.mintCount() >= 11 && source.mintCount() <= 14,
                 qPrintable(QString::number(source.mintCount())));
    }

    void MeTokenCallersAskingTogetherMintOnce()
    {
        const QString sessionId = signIn();
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(sessionId);
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        QList<QByteArray> tokens;
        for (int i = 0; i < 5; ++i)
            source.withToken(
                this, [&](const QByteArray &token, const ApiError &) { tokens.append(token); });
        QTRY_COMPARE(tokens.size(), 5);
        for (const QByteArray &token : tokens)
            QCOMPARE(token, tokens.first());
        QCOMPARE(mintsSeen(exchanges), 1);
        QCOMPARE(source.mintCount(), 1);
        // Held: the next caller gets it at once.
        QCOMPARE(tokenFrom(source), tokens.first());
        QCOMPARE(mintsSeen(exchanges), 1);
        // Refused by the Me API: the next caller gets a new one.
        source.invalidate(tokens.first());
        m_serverNow = m_serverNow.addSecs(1);
        QVERIFY(tokenFrom(source) != tokens.first());
        QCOMPARE(mintsSeen(exchanges), 2);
    }

    // A caller waiting for a mint that a change of session drops hears why, not "cancelled".
    void MeTokenASessionChangeTellsTheCallersWaiting()
    {
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(signIn());
        bool called = false;
        ApiError heard;
        source.withToken(this, [&](const QByteArray &token, const ApiError &error) {
            called = true;
            QVERIFY(token.isEmpty());
            heard = error;
        });
        QVERIFY(!called); // the mint is on its way
        source.setSession(QString());
        QVERIFY(called);
        QCOMPARE(heard.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(heard.clientStop, ApiError::ClientStop::None);
        QCOMPARE(heard.message, QStringLiteral("The session changed before a session token was "
                                               "ready."));
    }

    void MeTokenARevokedSessionSignsOut()
    {
        const QString sessionId = signIn();
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(sessionId);
        QVERIFY(!tokenFrom(source).isEmpty());
        QCOMPARE(m_h->server().identity().revokeSessionsOf(QStringLiteral("g1")), 1);
        QSignalSpy signedOut(&source, &SessionTokenSource::signedOut);
        m_serverNow = m_serverNow.addSecs(55); // the token held has 5 s left
        ApiError error;
        QVERIFY(tokenFrom(source, &error).isEmpty());
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(error.serverCode, QStringLiteral("signed_out"));
        QCOMPARE(signedOut.count(), 1);
    }

    // The Me API client asks the source before every attempt: a minute of calls, with a token
    // minted when the one held runs low, never carries an expired one.
    void MeTokenEveryCallOfTheClientCarriesAFreshToken()
    {
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(signIn());
        ApiClient client(&m_network);
        client.setBaseUrl(m_h->url(QString()));
        client.setTokenProvider(&source);
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        for (int call = 0; call < 20; ++call) {
            const ApiResult result = waitForJob(client.get(Endpoints::me()));
            QVERIFY2(result.ok(),
                     qPrintable(QStringLiteral("call %1: %2").arg(call).arg(result.error.message)));
            m_serverNow = m_serverNow.addSecs(9);
        }
        // 180 s of calls with 60 s tokens used while more than 10 s are left: four mints.
        QCOMPARE(mintsSeen(exchanges), 4);
    }

    // A token the source still trusts but the service refuses (its clock jumped): one new token,
    // one more attempt, and the call succeeds.
    void MeToken401MintsOnceMoreAndRetriesOnce()
    {
        SessionTokenSource source(m_identity.get(), [this] { return localNow(); });
        source.setSession(signIn());
        ApiClient client(&m_network);
        client.setBaseUrl(m_h->url(QString()));
        client.setTokenProvider(&source);
        QVERIFY(waitForJob(client.get(Endpoints::me())).ok());
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        // Only the server's clock jumps: the source, by this computer's, sees 60 s left.
        m_serverNow = m_serverNow.addSecs(120);
        m_localOffsetSecs = -120;
        const ApiResult result = waitForJob(client.get(Endpoints::me()));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QStringList paths;
        for (const QList<QVariant> &arguments : exchanges)
            paths.append(QString::number(arguments.at(0).value<SandboxExchange>().status) +
                         QLatin1Char(' ') + arguments.at(0).value<SandboxExchange>().path);
        QCOMPARE(paths.size(), 3);
        QVERIFY2(paths.at(0).startsWith(u"401 /v1/me") && paths.at(1).contains(u"/tokens") &&
                     paths.at(2).startsWith(u"200 /v1/me"),
                 qPrintable(paths.join(u", ")));
        QCOMPARE(source.mintCount(), 2);

        // A session revoked meanwhile: the new mint is refused too, the call ends in 401 and the
        // source says the session is over; no third attempt.
        QCOMPARE(m_h->server().identity().revokeSessionsOf(QStringLiteral("g1")), 1);
        m_serverNow = m_serverNow.addSecs(120);
        m_localOffsetSecs -= 120;
        QSignalSpy signedOut(&source, &SessionTokenSource::signedOut);
        exchanges.clear();
        const ApiResult refused = waitForJob(client.get(Endpoints::me()));
        QCOMPARE(refused.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(exchanges.count(), 2); // the Me API's 401, the refused mint
    }

    void MeSignInClientTokenFollowsTheService()
    {
        QSignalSpy changed(m_identity.get(), &IdentityClient::clientTokenChanged);
        QVERIFY(!m_identity->hasClientToken());
        QVERIFY(!signIn().isEmpty());
        QCOMPARE(changed.count(), 1);
        const QByteArray token = changed.at(0).at(0).toByteArray();
        QVERIFY(token.startsWith("ct_"));
        QCOMPARE(m_identity->clientToken(), token);
        // Signing out keeps the client (and so its token).
        QVERIFY(waitForJob(m_identity->signOut()).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_identity->clientToken(), token);
    }

    void MeSignInWrongPasswordNamesTheField()
    {
        const ApiResult result = waitForJob(m_identity->signInWithPassword(
            QStringLiteral("gina@valara.test"), QStringLiteral("not it")));
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QCOMPARE(result.error.serverCode, QStringLiteral("form_password_incorrect"));
        QVERIFY2(result.error.fieldErrors.value(QStringLiteral("password"))
                     .startsWith(QLatin1String("Password is incorrect")),
                 qPrintable(result.error.message));
    }

    void publishableKeysAreChecked()
    {
        PublishableKey key =
            PublishableKey::parse(QStringLiteral("pk_test_ZXhhbXBsZS5hY2NvdW50cy5kZXYk"));
        QVERIFY(key.isValid());
        QCOMPARE(key.host(), QStringLiteral("example.accounts.dev"));
        QVERIFY(!key.isLive());
        QCOMPARE(key.frontendApiUrl(), QUrl(QStringLiteral("https://example.accounts.dev/")));
        key =
            PublishableKey::parse(QStringLiteral("pk_live_") +
                                  QString::fromLatin1(QByteArray("clerk.example.com$").toBase64()));
        QVERIFY(key.isLive());
        QCOMPARE(PublishableKey::parse(QString()).problem(), PublishableKey::Problem::Empty);
        QCOMPARE(PublishableKey::parse(QStringLiteral("sk_test_abc")).problem(),
                 PublishableKey::Problem::NoPrefix);
        QCOMPARE(PublishableKey::parse(QStringLiteral("pk_test_!!!")).problem(),
                 PublishableKey::Problem::NotBase64);
        QCOMPARE(PublishableKey::parse(QStringLiteral("pk_test_") +
                                       QString::fromLatin1(QByteArray("nohost").toBase64()))
                     .problem(),
                 PublishableKey::Problem::NotAHost);
        QCOMPARE(PublishableKey::parse(QStringLiteral("pk_test_") +
                                       QString::fromLatin1(QByteArray("evil.com/x$").toBase64()))
                     .problem(),
                 PublishableKey::Problem::NotAHost);
    }
};

QTEST_GUILESS_MAIN(TestMeToken)
#include "tst_me_token.moc"
