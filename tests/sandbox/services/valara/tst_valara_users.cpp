// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for reading Valara users: GET /api/v1/users/me and GET /api/v1/users/{id} with
// visibility R4 (docs/api-contract.md). The list endpoint: tst_valara_user_list.cpp.
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

QString listPath(const QString &query)
{
    return query.isEmpty() ? QStringLiteral("/api/v1/users")
                           : QStringLiteral("/api/v1/users?") + query;
}

} // namespace

class TestValaraUsers : public QObject
{
    Q_OBJECT

private slots:
    void me_returnsTheCaller_data();
    void me_returnsTheCaller();
    void me_userObjectIsFlatSnakeCaseWithEveryField();
    void me_equalsGetById();
    void r4_getUserFollowsVisibility_data();
    void r4_getUserFollowsVisibility();
    void r4_getUserEqualsListItem();
};

void TestValaraUsers::me_returnsTheCaller_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QJsonValue>("team");
    QTest::addColumn<QStringList>("managed");
    const QJsonValue none(QJsonValue::Null);
    QTest::newRow("a1") << "a1"
                        << "admin"
                        << "alice@valara.test"
                        << "Alice Admin"
                        << "org-1" << none << QStringList();
    QTest::newRow("b1") << "b1"
                        << "broker"
                        << "bruno@valara.test"
                        << "Bruno Broker"
                        << "org-1" << QJsonValue("t1") << QStringList{"t1"};
    QTest::newRow("g1") << "g1"
                        << "agent"
                        << "gina@valara.test"
                        << "Gina Agent"
                        << "org-1" << QJsonValue("t1") << QStringList();
    QTest::newRow("p1") << "p1"
                        << "photographer"
                        << "pia@valara.test"
                        << "Pia Photo"
                        << "org-1" << QJsonValue("t2") << QStringList{"t2"};
    QTest::newRow("s1") << "s1"
                        << "agent"
                        << "sol@valara.test"
                        << "Sol Solo"
                        << "org-2" << none << QStringList();
}

void TestValaraUsers::me_returnsTheCaller()
{
    QFETCH(QString, id);
    QFETCH(QString, role);
    QFETCH(QString, email);
    QFETCH(QString, name);
    QFETCH(QString, org);
    QFETCH(QJsonValue, team);
    QFETCH(QStringList, managed);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users/me"), keys().value(id));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    const QJsonObject user = r.json();
    QCOMPARE(user.value("id").toString(), id);
    QCOMPARE(user.value("role").toString(), role);
    QCOMPARE(user.value("email").toString(), email);
    QCOMPARE(user.value("name").toString(), name);
    QCOMPARE(user.value("org_id").toString(), org);
    QCOMPARE(user.value("team_id"), team);
    QVERIFY2(user.value("managed_team_ids").isArray() || managed.isEmpty(),
             qPrintable(describe(r)));
    QStringList got;
    for (const QJsonValue &v : user.value("managed_team_ids").toArray())
        got.append(v.toString());
    QCOMPARE(got, managed);
}

void TestValaraUsers::me_userObjectIsFlatSnakeCaseWithEveryField()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply g = h.get(QStringLiteral("/api/v1/users/me"), keys().value("g1"));
    QVERIFY2(g.status == 200, qPrintable(describe(g)));
    QVERIFY(g.header("Content-Type").startsWith("application/json"));
    const QJsonObject user = g.json();
    QStringList expected = userObjectFields();
    expected.sort();
    QCOMPARE(user.keys(), expected); // exactly these: no api_key, no camelCase twins
    QCOMPARE(user.value("first_name").toString(), QStringLiteral("Gina"));
    QCOMPARE(user.value("last_name").toString(), QStringLiteral("Agent"));
    QCOMPARE(user.value("title").toString(), QStringLiteral("Agent"));
    QCOMPARE(user.value("city").toString(), QStringLiteral("Austin"));
    QCOMPARE(user.value("state").toString(), QStringLiteral("TX"));
    QCOMPARE(user.value("website_url").toString(), QStringLiteral("https://gina.example.com"));
    QCOMPARE(user.value("bio").toString(),
             QStringLiteral("Ten years in Austin.\nAsk me anything."));
    for (const char *unset :
         {"phone", "cell_phone", "avatar_url", "display_name", "display_email", "tagline",
          "brokerage_name", "office_name", "license_number", "license_state", "license_expiration",
          "facebook_url", "instagram_url", "linkedin_url", "x_url", "youtube_url", "tiktok_url",
          "zillow_url"}) {
        QVERIFY2(user.value(QLatin1String(unset)).isNull(), unset);
    }
    QVERIFY(user.value("created_at").isString() && !user.value("created_at").toString().isEmpty());
    QVERIFY(user.value("updated_at").isString() && !user.value("updated_at").toString().isEmpty());

    const QJsonObject admin = h.get(QStringLiteral("/api/v1/users/me"), AdminKey).json();
    QCOMPARE(admin.value("is_active"), QJsonValue(true));
    QCOMPARE(admin.value("email_verified"), QJsonValue(true));
    QCOMPARE(admin.value("account_status"), QJsonValue("active"));
    const QJsonObject broker = h.get(QStringLiteral("/api/v1/users/me"), keys().value("b1")).json();
    QCOMPARE(broker.value("phone").toString(), QStringLiteral("+1 415 555 0101"));
    QCOMPARE(broker.value("brokerage_name").toString(), QStringLiteral("Harbor Realty"));
    QCOMPARE(broker.value("title").toString(), QStringLiteral("Managing Broker"));
}

void TestValaraUsers::me_equalsGetById()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (auto it = keys().cbegin(); it != keys().cend(); ++it) {
        const HttpReply me = h.get(QStringLiteral("/api/v1/users/me"), it.value());
        const HttpReply byId = h.get(QStringLiteral("/api/v1/users/") + it.key(), it.value());
        QVERIFY2(me.status == 200 && byId.status == 200, qPrintable(describe(byId)));
        QCOMPARE(me.json(), byId.json());
    }
}

void TestValaraUsers::r4_getUserFollowsVisibility_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("visible");
    const QStringList everyone = visibleTo("a1");
    for (const QString &caller : everyone) {
        for (const QString &target : everyone) {
            QTest::addRow("%s reads %s", qPrintable(caller), qPrintable(target))
                << caller << target << visibleTo(caller).contains(target);
        }
    }
}

void TestValaraUsers::r4_getUserFollowsVisibility()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    QFETCH(bool, visible);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users/") + target, keys().value(caller));
    if (visible) {
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
        QCOMPARE(r.json().value("id").toString(), target);
    } else {
        QVERIFY2(r.status == 403, qPrintable(describe(r)));
        QCOMPARE(r.json(), (QJsonObject{{"detail", "Not authorized to view this user"}}));
    }
}

void TestValaraUsers::r4_getUserEqualsListItem()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QString &caller : {QStringLiteral("a1"), QStringLiteral("b1")}) {
        const HttpReply list = h.get(listPath({}), keys().value(caller));
        QVERIFY2(list.status == 200, qPrintable(describe(list)));
        for (const QJsonValue &item : list.json().value("items").toArray()) {
            const QString id = item.toObject().value("id").toString();
            const HttpReply one =
                h.get(QStringLiteral("/api/v1/users/") + id, keys().value(caller));
            QVERIFY2(one.status == 200, qPrintable(describe(one)));
            QCOMPARE(one.json(), item.toObject());
        }
    }
}

QTEST_GUILESS_MAIN(TestValaraUsers)
#include "tst_valara_users.moc"
