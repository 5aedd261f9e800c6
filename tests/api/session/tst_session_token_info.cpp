// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SessionTokenInfo: what the app reads from a Me API session token, without its signature.
#include "TestJwt.h"
#include "api/session/SessionTokenInfo.h"

#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestSessionTokenInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheClaims()
    {
        const QDateTime issued = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
        const QDateTime expires = issued.addSecs(3600);
        const QByteArray token =
            TestJwt::make(TestJwt::header(), TestJwt::claims("g1", "org-1", issued, expires),
                          "any secret: the client never checks it");
        const SessionTokenInfo info = SessionTokenInfo::decode(token);
        QVERIFY2(info.isValid(), qPrintable(info.problem()));
        QCOMPARE(info.userId(), QStringLiteral("g1"));
        QCOMPARE(info.orgId(), QStringLiteral("org-1"));
        QCOMPARE(info.issuedAt(), issued);
        QCOMPARE(info.expiresAt(), expires);
        QVERIFY(!info.isExpiredAt(issued.addSecs(3599)));
        QVERIFY(info.isExpiredAt(expires));
        QCOMPARE(info.secondsLeftAt(issued.addSecs(3300)), qint64(300));
        QCOMPARE(info.secondsLeftAt(expires.addSecs(10)), qint64(-10));
        QVERIFY(info.problemAt(issued.addSecs(60)).isEmpty());
        QVERIFY(info.problemAt(expires).contains(QLatin1String("expired")));
        const QByteArray endless =
            TestJwt::make(TestJwt::header(), {{"sub", "g1"}, {"org_id", "org-1"}}, "s"); // no "exp"
        QVERIFY(SessionTokenInfo::decode(endless).isValid());
        QVERIFY(SessionTokenInfo::decode(endless).problemAt(issued).contains(QLatin1String("exp")));
        // Version 2 claims: the organization in "o", the session in "sid".
        const QByteArray v2 = TestJwt::make(TestJwt::header(),
                                            {{"sub", "g1"},
                                             {"sid", "sess_1"},
                                             {"o", QJsonObject{{"id", "org-2"}, {"rol", "admin"}}}},
                                            "s");
        QCOMPARE(SessionTokenInfo::decode(v2).orgId(), QStringLiteral("org-2"));
        QCOMPARE(SessionTokenInfo::decode(v2).sessionId(), QStringLiteral("sess_1"));
        QVERIFY(SessionTokenInfo::decode(v2).isValid());
        // Surrounding whitespace from a paste is ignored.
        QVERIFY(SessionTokenInfo::decode("  " + token + "\n").isValid());
    }

    void refusesWhatIsNotASessionToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("api key") << QByteArray("key-agent-g1");
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnMSJ9");
        QTest::newRow("not base64") << QByteArray("eyJ!.eyJ!.sig");
        QTest::newRow("claims not json") << TestJwt::base64UrlJson(TestJwt::header()) + "." +
                                                TestJwt::base64Url("not json") + ".sig";
        QTest::newRow("no subject") << TestJwt::make(TestJwt::header(), {{"org_id", "org-1"}}, "s");
        QTest::newRow("no organisation") << TestJwt::make(TestJwt::header(), {{"sub", "g1"}}, "s");
        QTest::newRow("subject not text")
            << TestJwt::make(TestJwt::header(), TestJwt::claims("", "org-1", now, now), "s");
    }
    void refusesWhatIsNotASessionToken()
    {
        QFETCH(QByteArray, token);
        const SessionTokenInfo info = SessionTokenInfo::decode(token);
        QVERIFY(!info.isValid());
        QVERIFY(!info.problem().isEmpty());
        QVERIFY(!info.problem().contains(QString::fromLatin1(token)) || token.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionTokenInfo)
#include "tst_session_token_info.moc"
