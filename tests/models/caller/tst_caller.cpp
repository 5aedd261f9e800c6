// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Caller: a user read from the service's user object in one place, and who may change whose
// preferences and profile (docs/api-contract.md R1 to R3). No network.
#include "TestCaller.h"
#include "models/accounts/Account.h"
#include "models/caller/Caller.h"
#include "models/people/UserListModel.h"
#include "models/profile/ProfileSchema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace valara;
using namespace valara::testing;

Q_DECLARE_METATYPE(Caller)
Q_DECLARE_METATYPE(Caller::Role)

class TestCaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheUserObject()
    {
        const std::optional<Caller> caller =
            Caller::fromUser({{"id", "b1"},
                              {"name", " Bruno Broker "},
                              {"email", "bruno@valara.test"},
                              {"role", "broker"},
                              {"team_id", "t1"},
                              {"managed_team_ids", QJsonArray{"t1", "t3"}},
                              {"display_name", "Bruno"}});
        QVERIFY(caller);
        QVERIFY(caller->isValid());
        QCOMPARE(caller->id(), QStringLiteral("b1"));
        QCOMPARE(caller->name(), QStringLiteral("Bruno Broker"));
        QCOMPARE(caller->displayName(), QStringLiteral("Bruno Broker"));
        QCOMPARE(caller->email(), QStringLiteral("bruno@valara.test"));
        QCOMPARE(caller->role(), Caller::Role::Broker);
        QCOMPARE(caller->roleKey(), QStringLiteral("broker"));
        QCOMPARE(caller->roleName(), QStringLiteral("Broker"));
        QCOMPARE(caller->teamId(), QStringLiteral("t1"));
        QCOMPARE(caller->managedTeamIds(), (QStringList{"t1", "t3"}));
    }

    void theDisplayNameFallsBack_data()
    {
        QTest::addColumn<QJsonObject>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("display name")
            << QJsonObject{{"id", "u"}, {"name", QJsonValue()}, {"display_name", "Dee"}} << "Dee";
        QTest::newRow("first and last")
            << QJsonObject{{"id", "u"}, {"first_name", "Ann"}, {"last_name", "Lee"}} << "Ann Lee";
        QTest::newRow("e-mail") << QJsonObject{{"id", "u"}, {"email", "a@b.test"}} << "a@b.test";
        QTest::newRow("id") << QJsonObject{{"id", "u"}, {"name", "  "}} << "u";
    }
    void theDisplayNameFallsBack()
    {
        QFETCH(QJsonObject, user);
        QFETCH(QString, expected);
        QCOMPARE(Caller::fromUser(user)->displayName(), expected);
    }

    void roles_data()
    {
        QTest::addColumn<QJsonValue>("role");
        QTest::addColumn<Caller::Role>("expected");
        QTest::addColumn<bool>("admin");
        QTest::addColumn<bool>("manager");
        QTest::newRow("admin") << QJsonValue("admin") << Caller::Role::Admin << true << false;
        QTest::newRow("broker") << QJsonValue("broker") << Caller::Role::Broker << false << true;
        QTest::newRow("photographer")
            << QJsonValue("photographer") << Caller::Role::Photographer << false << true;
        QTest::newRow("agent") << QJsonValue("agent") << Caller::Role::Agent << false << false;
        // Roles are compared exactly, as the service spells them; anything else grants nothing.
        QTest::newRow("unknown") << QJsonValue("superuser") << Caller::Role::Unknown << false
                                 << false;
        QTest::newRow("other case")
            << QJsonValue("Admin") << Caller::Role::Unknown << false << false;
        QTest::newRow("empty") << QJsonValue("") << Caller::Role::Unknown << false << false;
        QTest::newRow("null") << QJsonValue() << Caller::Role::Unknown << false << false;
        QTest::newRow("number") << QJsonValue(1) << Caller::Role::Unknown << false << false;
    }
    void roles()
    {
        QFETCH(QJsonValue, role);
        QFETCH(Caller::Role, expected);
        QFETCH(bool, admin);
        QFETCH(bool, manager);
        const std::optional<Caller> caller = Caller::fromUser({{"id", "u1"}, {"role", role}});
        QVERIFY(caller);
        QCOMPARE(caller->role(), expected);
        QCOMPARE(caller->isAdmin(), admin);
        QCOMPARE(caller->mayEditAdminFields(), admin);
        QCOMPARE(caller->managesTeams(), manager);
        QCOMPARE(caller->seesOthers(), admin || manager);
    }

    void anUnknownRoleIsShownAsTheServiceSpellsIt()
    {
        const Caller caller = testCaller("u1", "superuser");
        QCOMPARE(caller.roleKey(), QStringLiteral("superuser"));
        QCOMPARE(caller.roleName(), QStringLiteral("superuser"));
        QCOMPARE(Caller::roleDisplayName(Caller::Role::Unknown), QString());
        QCOMPARE(Caller::roleKey(Caller::Role::Unknown), QString());
    }

    void everyRoleHasOneNameEverywhere()
    {
        QCOMPARE(Caller::roleKeys(), (QStringList{"admin", "broker", "photographer", "agent"}));
        QCOMPARE(ProfileSchema::roles(), Caller::roleKeys());
        for (const QString &key : Caller::roleKeys()) {
            const QString name = Caller::roleDisplayName(key);
            QVERIFY(!name.isEmpty() && name != key);
            QCOMPARE(Caller::roleKey(Caller::roleFromKey(key)), key);
            QCOMPARE(ProfileSchema::valueLabel(QStringLiteral("role"), key), name);

            UserListModel users;
            users.setUsers(QJsonArray{QJsonObject{{"id", "u1"}, {"role", key}}});
            QCOMPARE(users.index(0, UserListModel::RoleColumn).data().toString(), name);

            Account account;
            account.baseUrl = QUrl(QStringLiteral("https://valara.cloud"));
            account.userId = QStringLiteral("u1");
            account.displayName = QStringLiteral("Ann");
            account.role = key;
            QCOMPARE(account.label(), QStringLiteral("Ann — %1 — valara.cloud").arg(name));
        }
        QCOMPARE(Caller::roleDisplayName(QStringLiteral("admin")), QStringLiteral("Administrator"));
    }

    void mayEditPreferences_data()
    {
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("teamId");
        QTest::addColumn<bool>("allowed");
        const Caller admin = testCaller("a1", "admin");
        const Caller broker = testCaller("b1", "broker", "t1", {"t1"});
        const Caller photographer = testCaller("p1", "photographer", "t2", {"t2"});
        const Caller agent = testCaller("g1", "agent", "t1");
        const Caller unknown = testCaller("x1", "superuser", "t1", {"t1"});
        QTest::newRow("admin, anyone") << admin << "g3"
                                       << "t2" << true;
        QTest::newRow("admin, no team") << admin << "s1"
                                        << "" << true;
        QTest::newRow("admin, themselves") << admin << "a1"
                                           << "" << true;
        QTest::newRow("broker, a member") << broker << "g1"
                                          << "t1" << true;
        QTest::newRow("broker, a non-member") << broker << "g3"
                                              << "t2" << false;
        QTest::newRow("broker, no team") << broker << "s1"
                                         << "" << false;
        QTest::newRow("broker, themselves") << broker << "b1"
                                            << "t1" << true;
        QTest::newRow("photographer, a member") << photographer << "g3"
                                                << "t2" << true;
        QTest::newRow("photographer, another team") << photographer << "g1"
                                                    << "t1" << false;
        QTest::newRow("agent, themselves") << agent << "g1"
                                           << "t1" << true;
        QTest::newRow("agent, a teammate") << agent << "g2"
                                           << "t1" << false;
        QTest::newRow("agent, someone else") << agent << "s1"
                                             << "" << false;
        QTest::newRow("unknown role, a 'managed' team") << unknown << "g1"
                                                        << "t1" << false;
        QTest::newRow("unknown role, themselves") << unknown << "x1"
                                                  << "t1" << true;
        QTest::newRow("nobody") << Caller() << "g1"
                                << "t1" << false;
        QTest::newRow("no user") << admin << ""
                                 << "" << false;
    }
    void mayEditPreferences()
    {
        QFETCH(Caller, caller);
        QFETCH(QString, userId);
        QFETCH(QString, teamId);
        QFETCH(bool, allowed);
        QCOMPARE(caller.mayEditPreferencesOf(userId, teamId), allowed);
    }

    void mayEditProfile_data()
    {
        QTest::addColumn<Caller>("caller");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin, anyone") << testCaller("a1", "admin") << "g1" << true;
        // R2: managers read their team's profiles but do not change them.
        QTest::newRow("broker, a member")
            << testCaller("b1", "broker", "t1", {"t1"}) << "g1" << false;
        QTest::newRow("broker, themselves")
            << testCaller("b1", "broker", "t1", {"t1"}) << "b1" << true;
        QTest::newRow("agent, themselves") << testCaller("g1", "agent") << "g1" << true;
        QTest::newRow("agent, someone else") << testCaller("g1", "agent") << "g2" << false;
        QTest::newRow("unknown role, someone else") << testCaller("x1", "") << "g2" << false;
        QTest::newRow("nobody") << Caller() << "g1" << false;
        QTest::newRow("no user") << testCaller("a1", "admin") << "" << false;
    }
    void mayEditProfile()
    {
        QFETCH(Caller, caller);
        QFETCH(QString, userId);
        QFETCH(bool, allowed);
        QCOMPARE(caller.mayEditProfileOf(userId), allowed);
    }

    void whatIsNotAUserIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("user");
        QTest::newRow("empty object") << QJsonObject();
        QTest::newRow("empty id") << QJsonObject{{"id", ""}, {"role", "admin"}};
        QTest::newRow("null id") << QJsonObject{{"id", QJsonValue()}, {"role", "admin"}};
        QTest::newRow("number id") << QJsonObject{{"id", 42}, {"role", "admin"}};
        QTest::newRow("object id") << QJsonObject{{"id", QJsonObject{{"id", "a1"}}}};
    }
    void whatIsNotAUserIsRefused()
    {
        QFETCH(QJsonObject, user);
        QVERIFY(!Caller::fromUser(user));
    }

    void unreadableFieldsReadAsEmpty()
    {
        const std::optional<Caller> caller =
            Caller::fromUser({{"id", "b1"},
                              {"role", "broker"},
                              {"name", 7},
                              {"team_id", QJsonArray{"t1"}},
                              {"managed_team_ids", QJsonArray{"t1", 2, "", QJsonValue()}}});
        QVERIFY(caller);
        QCOMPARE(caller->name(), QString());
        QCOMPARE(caller->displayName(), QStringLiteral("b1"));
        QCOMPARE(caller->teamId(), QString());
        QCOMPARE(caller->managedTeamIds(), QStringList{"t1"});
        QCOMPARE(Caller::fromUser({{"id", "b1"}, {"managed_team_ids", "t1"}})->managedTeamIds(),
                 QStringList());
    }

    void nobodyMayDoAnything()
    {
        const Caller nobody;
        QVERIFY(!nobody.isValid());
        QVERIFY(!nobody.isAdmin());
        QVERIFY(!nobody.seesOthers());
        QVERIFY(!nobody.mayEditProfileOf(QString()));
        QVERIFY(!nobody.mayEditPreferencesOf(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestCaller)
#include "tst_caller.moc"
