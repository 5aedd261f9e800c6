// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The generated brokerage (UserGenerator, valara-sandbox --generate-users): the same for the same
// seed, shaped as documented (a few admins, teams of about 50 each with its manager), every value
// one the API itself would accept, e-mails unique, and every user able to sign in with key-<id>.
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/rules/ProfileRules.h"
#include "sandbox/rules/SandboxFieldTable.h"
#include "sandbox/store/UserGenerator.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QtTest>

using namespace valara;
using namespace valara::testing;
using namespace valara::sandbox;

using namespace ValaraContract;

namespace {

QByteArray describeUser(const SandboxUser &user)
{
    return QJsonDocument(user.profile).toJson(QJsonDocument::Compact) + ' ' +
           QJsonDocument(user.preferences).toJson(QJsonDocument::Compact) + ' ' + user.id.toUtf8() +
           ' ' + user.teamId.toUtf8() + ' ' + user.role.toUtf8() + ' ' +
           user.createdAt.toString(Qt::ISODate).toUtf8() + ' ' +
           user.updatedAt.toString(Qt::ISODate).toUtf8();
}

QList<QByteArray> describeAll(const QList<SandboxUser> &users)
{
    QList<QByteArray> lines;
    for (const SandboxUser &user : users)
        lines.append(describeUser(user));
    return lines;
}

} // namespace

class TstSandboxScaleGenerate : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameUsers();
    void brokerageShape();
    void everyValueIsOneTheApiAccepts();
    void emailsAreUniqueAndAvoidTakenOnes();
    void smallCounts_data();
    void smallCounts();
    void generatedUsersSignInAndSeeTheirTeams();
};

void TstSandboxScaleGenerate::sameSeedSameUsers()
{
    const auto first = describeAll(UserGenerator::generate(600, 7));
    QCOMPARE(first.size(), 600);
    QCOMPARE(describeAll(UserGenerator::generate(600, 7)), first);
    QVERIFY(describeAll(UserGenerator::generate(600, 8)) != first);
}

void TstSandboxScaleGenerate::brokerageShape()
{
    const QList<SandboxUser> users = UserGenerator::generate(10000, 1);
    QCOMPARE(users.size(), 10000);
    QMap<QString, QList<SandboxUser>> teams;
    QSet<QString> ids;
    QSet<QString> names;
    int admins = 0;
    for (const SandboxUser &user : users) {
        QVERIFY(!ids.contains(user.id));
        ids.insert(user.id);
        QCOMPARE(user.apiKey, QStringLiteral("key-") + user.id);
        QCOMPARE(user.orgId, QStringLiteral("org-generated"));
        names.insert(user.profile.value("name").toString());
        if (user.isAdmin()) {
            ++admins;
            QVERIFY(user.teamId.isEmpty());
        } else {
            QVERIFY2(!user.teamId.isEmpty(), qPrintable(user.id));
            teams[user.teamId].append(user);
        }
    }
    QCOMPARE(admins, 5);
    QCOMPARE(teams.size(), 200);
    QVERIFY2(names.size() > 1500, "names are varied");
    int photoTeams = 0;
    for (auto it = teams.cbegin(); it != teams.cend(); ++it) {
        const QList<SandboxUser> &members = it.value();
        QVERIFY2(members.size() >= 45 && members.size() <= 55, qPrintable(it.key()));
        QList<SandboxUser> managers;
        for (const SandboxUser &member : members) {
            if (!member.managedTeamIds.isEmpty())
                managers.append(member);
        }
        QCOMPARE(managers.size(), 1);
        const SandboxUser &manager = managers.first();
        QCOMPARE(manager.managedTeamIds, QStringList{it.key()});
        const bool photo = manager.role == QLatin1String("photographer");
        photoTeams += photo ? 1 : 0;
        QVERIFY(photo || manager.role == QLatin1String("broker"));
        for (const SandboxUser &member : members) {
            if (member.id != manager.id) {
                QCOMPARE(member.role,
                         photo ? QStringLiteral("photographer") : QStringLiteral("agent"));
                QVERIFY(manager.manages(member));
            }
        }
    }
    QCOMPARE(photoTeams, 20);
}

void TstSandboxScaleGenerate::everyValueIsOneTheApiAccepts()
{
    const QList<SandboxUser> users = UserGenerator::generate(3000, 5);
    QSet<QString> languages;
    QSet<QString> zones;
    for (const SandboxUser &user : users) {
        QVERIFY(SandboxFieldTable::roles().contains(user.role));
        for (auto it = user.profile.begin(); it != user.profile.end(); ++it) {
            const auto *field = SandboxFieldTable::profileField(it.key());
            QVERIFY2(field, qPrintable(it.key()));
            const auto problem = ProfileRules::check(*field, it.value());
            QVERIFY2(!problem, qPrintable(describeUser(user)));
        }
        for (auto it = user.preferences.begin(); it != user.preferences.end(); ++it) {
            QVERIFY2(PreferenceRules::valueProblem(it.key(), it.value().toString()).isEmpty(),
                     qPrintable(describeUser(user)));
        }
        const QJsonValue meZone = user.mePreferences.value("timezone");
        QVERIFY(meZone.isUndefined() || PreferenceRules::isKnownTimeZone(meZone.toString()));
        languages.insert(user.preferences.value("language").toString());
        zones.insert(user.preferences.value("timezone").toString());
        QVERIFY(user.createdAt.isValid() && user.updatedAt >= user.createdAt);
    }
    // Unset (""), en-US, es-MX, fr-CA, pt-BR, de-DE; US zones from coast to coast and beyond.
    QCOMPARE(languages.size(), 6);
    QVERIFY2(zones.size() >= 7, qPrintable(QStringList(zones.values()).join(' ')));
}

void TstSandboxScaleGenerate::emailsAreUniqueAndAvoidTakenOnes()
{
    const QList<SandboxUser> users = UserGenerator::generate(20000, 2);
    QSet<QString> emails;
    for (const SandboxUser &user : users)
        emails.insert(user.profile.value("email").toString().toCaseFolded());
    QCOMPARE(emails.size(), users.size());

    const QString first = users.first().profile.value("email").toString();
    const QList<SandboxUser> again = UserGenerator::generate(1, 2, {first});
    QVERIFY(again.first().profile.value("email").toString() != first);
    QCOMPARE(again.first().profile.value("name"), users.first().profile.value("name"));
}

void TstSandboxScaleGenerate::smallCounts_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("admins");
    QTest::addColumn<int>("teams");
    QTest::newRow("one") << 1 << 1 << 0;
    QTest::newRow("two") << 2 << 1 << 1;
    QTest::newRow("fifty") << 50 << 1 << 1;
    QTest::newRow("a hundred and one") << 101 << 1 << 2;
    QTest::newRow("the most") << UserGenerator::MaxUsers << 10 << 2000;
}

void TstSandboxScaleGenerate::smallCounts()
{
    QFETCH(int, count);
    QFETCH(int, admins);
    QFETCH(int, teams);
    const QList<SandboxUser> users = UserGenerator::generate(count, 3);
    QCOMPARE(users.size(), count);
    QSet<QString> teamIds;
    int adminsSeen = 0;
    for (const SandboxUser &user : users) {
        adminsSeen += user.isAdmin() ? 1 : 0;
        if (!user.teamId.isEmpty())
            teamIds.insert(user.teamId);
    }
    QCOMPARE(adminsSeen, admins);
    QCOMPARE(teamIds.size(), teams);
}

void TstSandboxScaleGenerate::generatedUsersSignInAndSeeTheirTeams()
{
    SandboxHarness h; // the contract fixture first, then the generated users
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QString error;
    QVERIFY2(h.server().generateUsers(2000, 4, &error), qPrintable(error));

    const HttpReply all = h.get(QStringLiteral("/api/v1/users?limit=1"), "key-u000001");
    QVERIFY2(all.status == 200, qPrintable(describe(all)));
    QCOMPARE(all.json().value("total").toInt(), 2007); // a generated admin sees the fixture too
    QCOMPARE(h.get(QStringLiteral("/api/v1/users?limit=1"), AdminKey).json().value("total"), 2007);

    // Every manager sees exactly their team, themselves included.
    const QList<SandboxUser> generated = UserGenerator::generate(2000, 4);
    int managers = 0;
    for (const SandboxUser &user : generated) {
        if (user.managedTeamIds.isEmpty())
            continue;
        ++managers;
        const int size =
            int(std::count_if(generated.cbegin(), generated.cend(),
                              [&](const SandboxUser &u) { return u.teamId == user.teamId; }));
        const HttpReply team =
            h.get(QStringLiteral("/api/v1/users?limit=200"), user.apiKey.toUtf8());
        QVERIFY2(team.status == 200, qPrintable(describe(team)));
        QCOMPARE(team.json().value("total").toInt(), size);
        for (const QJsonValue &item : team.json().value("items").toArray())
            QCOMPARE(item.toObject().value("team_id").toString(), user.teamId);
    }
    QCOMPARE(managers, 40);
    const HttpReply agent = h.get(QStringLiteral("/api/v1/users/me"), "key-u000100");
    QVERIFY2(agent.status == 200, qPrintable(describe(agent)));
    QCOMPARE(agent.json().value("id").toString(), QStringLiteral("u000100"));
    QCOMPARE(h.get(QStringLiteral("/api/v1/users"), "key-u000100").json().value("total"), 1);
}

QTEST_GUILESS_MAIN(TstSandboxScaleGenerate)
#include "tst_sandbox_scale_generate.moc"
