// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests of the Me account itself (docs/api-contract.md M13): Me preferences kept apart
// from Valara's, new users' null timezone, staff flag and scopes by role or from the fixture.
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

class TstMeApiAccount : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_h = std::make_unique<SandboxHarness>();
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
    }
    void cleanup() { m_h.reset(); }

    void m13_mePreferencesAreSeparateFromValaraPreferences();
    void m13_usersWithoutMePreferencesStartWithNullTimezone_data();
    void m13_usersWithoutMePreferencesStartWithNullTimezone();
    void m13_staffAndScopesFollowTheRole_data();
    void m13_staffAndScopesFollowTheRole();
    void m13_fixtureMayOverrideStaffAndScopes();

private:
    SandboxHarness &h() { return *m_h; }
    QByteArray token(const QString &user) const { return m_h->sessionToken(user); }

    std::unique_ptr<SandboxHarness> m_h;
};

void TstMeApiAccount::m13_mePreferencesAreSeparateFromValaraPreferences()
{
    const QString valaraPath = QStringLiteral("/api/v1/users/g1/preferences");
    CHECK(meSuccess(
        h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody("\"Asia/Tokyo\""))));
    QCOMPARE(h().get(valaraPath, "key-agent-g1").json().value("timezone").toString(),
             QStringLiteral("America/Chicago"));
    CHECK(status(h().patch(valaraPath, "key-agent-g1", R"({"timezone":"Europe/Oslo"})"), 200));
    QCOMPARE(h().meTimezone(QStringLiteral("g1")), QJsonValue(QStringLiteral("Asia/Tokyo")));
    CHECK(meSuccess(h().patch(MePath, token(QStringLiteral("g1")), meTimezoneBody("null"))));
    QCOMPARE(h().get(valaraPath, "key-agent-g1").json().value("timezone").toString(),
             QStringLiteral("Europe/Oslo"));
}

void TstMeApiAccount::m13_usersWithoutMePreferencesStartWithNullTimezone_data()
{
    QTest::addColumn<QString>("user");
    // g2 has Valara preferences but no Me preferences; a1 has a Valara theme.
    for (const char *user : {"a1", "b1", "g2", "s1"})
        QTest::newRow(user) << QString::fromLatin1(user);
}

void TstMeApiAccount::m13_usersWithoutMePreferencesStartWithNullTimezone()
{
    QFETCH(QString, user);
    const HttpReply reply = h().get(MePath, token(user));
    CHECK(meSuccess(reply));
    const QJsonObject preferences = reply.data().value("preferences").toObject();
    QVERIFY(preferences.contains("timezone"));
    QVERIFY(preferences.value("timezone").isNull());
}

void TstMeApiAccount::m13_staffAndScopesFollowTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("staff");
    QTest::addColumn<QStringList>("scopes");
    const QStringList base{"me:read", "me:write"};
    QTest::newRow("admin") << "a1" << true << QStringList{"me:read", "me:write", "org:admin"};
    QTest::newRow("broker") << "b1" << false << base;
    QTest::newRow("photographer") << "p1" << false << base;
    QTest::newRow("agent") << "g3" << false << base;
}

void TstMeApiAccount::m13_staffAndScopesFollowTheRole()
{
    QFETCH(QString, user);
    QFETCH(bool, staff);
    QFETCH(QStringList, scopes);
    const HttpReply reply = h().get(MePath, token(user));
    CHECK(meSuccess(reply));
    QVERIFY(reply.data().value("is_staff").isBool());
    QCOMPARE(reply.data().value("is_staff").toBool(), staff);
    QCOMPARE(reply.data().value("scopes").toArray().size(), scopes.size()); // no duplicates
    QCOMPARE(stringList(reply.data().value("scopes").toArray()), scopes);
    QCOMPARE(reply.data().value("user_id").toString(), user);
}

void TstMeApiAccount::m13_fixtureMayOverrideStaffAndScopes()
{
    const QByteArray fixture = R"({"users":[
      {"id":"x1","role":"agent","api_key":"key-x1","org_id":"org-9","team":null,"manages":[],
       "profile":{"email":"x1@valara.test","name":"Xena Staff"},"preferences":{},
       "is_staff":true,"scopes":["me:read"]},
      {"id":"x2","role":"admin","api_key":"key-x2","org_id":"org-9","team":null,"manages":[],
       "profile":{"email":"x2@valara.test","name":"Xavier Plain"},"preferences":{},
       "is_staff":false,"scopes":["me:read","me:write","billing:read"]}]})";
    SandboxHarness custom({}, fixture);
    QVERIFY2(custom.isReady(), qPrintable(custom.error()));
    const HttpReply x1 = custom.get(MePath, custom.sessionToken(QStringLiteral("x1")));
    CHECK(meSuccess(x1));
    QCOMPARE(x1.data().value("is_staff").toBool(false), true);
    QCOMPARE(stringList(x1.data().value("scopes").toArray()), QStringList{"me:read"});
    const HttpReply x2 = custom.get(MePath, custom.sessionToken(QStringLiteral("x2")));
    CHECK(meSuccess(x2));
    QCOMPARE(x2.data().value("is_staff").toBool(true), false);
    QCOMPARE(stringList(x2.data().value("scopes").toArray()),
             (QStringList{"billing:read", "me:read", "me:write"}));
}

QTEST_GUILESS_MAIN(TstMeApiAccount)
#include "tst_me_api_account.moc"
