// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FIELD=VALUE splitting (FieldAssignment), the PATCH bodies built from it (PreferencePatch,
// ProfilePatch: camelCase to snake_case, null for an empty VALUE, refusals) and the request each
// command plans (CliRequestPlan).
#include "cli/arguments/FieldAssignment.h"
#include "cli/requests/CliRequestPlan.h"
#include "cli/requests/PreferencePatch.h"
#include "cli/requests/ProfilePatch.h"

#include "api/json/JsonCase.h"
#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"

#include <QJsonObject>
#include <QTest>

using namespace valara;

namespace {

QJsonObject preferenceBody(const QStringList &arguments, QStringList *problems)
{
    return PreferencePatch::build(FieldAssignment::parseAll(arguments, problems), problems);
}

QJsonObject profileBody(const QStringList &arguments, QStringList *problems)
{
    return ProfilePatch::build(FieldAssignment::parseAll(arguments, problems), problems);
}

const QJsonValue Null(QJsonValue::Null);

} // namespace

class TestCliPatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void preferences_data();
    void preferences();
    void preferenceNamesInCamelCase();
    void profile_data();
    void profile();
    void profileNamesInCamelCaseAreSentInSnakeCase();
    void profileAdminOnlyAndReadOnlyFieldsAreRefused();
    void problemsNameTheField();
    void plans_data();
    void plans();
    void planValidationUsesTheSchemas();
};

void TestCliPatches::split_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("plain") << "title=Agent" << true << "title" << QJsonValue("Agent");
    QTest::newRow("empty value is null") << "title=" << true << "title" << Null;
    QTest::newRow("split at the first =") << "title=A=B" << true << "title" << QJsonValue("A=B");
    QTest::newRow("value only =") << "title==" << true << "title" << QJsonValue("=");
    QTest::newRow("spaces kept in the value")
        << "title=  Senior  " << true << "title" << QJsonValue("  Senior  ");
    QTest::newRow("unicode") << "city=São Paulo" << true << "city" << QJsonValue("São Paulo");
    QTest::newRow("newline in value") << "bio=a\nb" << true << "bio" << QJsonValue("a\nb");
    QTest::newRow("camel name kept as typed")
        << "cellPhone=+1" << true << "cellPhone" << QJsonValue("+1");
    QTest::newRow("no =") << "title" << false << "" << QJsonValue();
    QTest::newRow("no name") << "=Agent" << false << "" << QJsonValue();
    QTest::newRow("blank name") << "  =Agent" << false << "" << QJsonValue();
    QTest::newRow("space before =") << "title =Agent" << false << "" << QJsonValue();
    QTest::newRow("empty argument") << "" << false << "" << QJsonValue();
}

void TestCliPatches::split()
{
    QFETCH(QString, argument);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(QJsonValue, value);

    FieldAssignment assignment;
    QString problem;
    QCOMPARE(FieldAssignment::parse(argument, &assignment, &problem), ok);
    QCOMPARE(problem.isEmpty(), ok);
    if (ok) {
        QCOMPARE(assignment.name, name);
        QCOMPARE(assignment.value, value);
    }
}

void TestCliPatches::preferences_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("problems");

    QTest::newRow("two fields") << QStringList{"timezone=Europe/Paris", "theme=dark"}
                                << QJsonObject{{"timezone", "Europe/Paris"}, {"theme", "dark"}}
                                << 0;
    QTest::newRow("empty resets to the default")
        << QStringList{"language="} << QJsonObject{{"language", Null}} << 0;
    QTest::newRow("every field") << QStringList{"date_time_format=uk", "timezone=US/Eastern",
                                                "language=EN-us", "measurement_unit=metric",
                                                "theme=system"}
                                 << QJsonObject{{"date_time_format", "uk"},
                                                {"timezone", "US/Eastern"},
                                                {"language", "EN-us"},
                                                {"measurement_unit", "metric"},
                                                {"theme", "system"}}
                                 << 0;
    QTest::newRow("unknown timezone") << QStringList{"timezone=Mars/Olympus"} << QJsonObject{} << 1;
    QTest::newRow("timezone case matters")
        << QStringList{"timezone=europe/paris"} << QJsonObject{} << 1;
    QTest::newRow("bad choice") << QStringList{"theme=blue"} << QJsonObject{} << 1;
    QTest::newRow("bad language") << QStringList{"language=en_US"} << QJsonObject{} << 1;
    QTest::newRow("unknown field") << QStringList{"font_size=12"} << QJsonObject{} << 1;
    QTest::newRow("twice") << QStringList{"theme=dark", "theme=light"}
                           << QJsonObject{{"theme", "dark"}} << 1;
    QTest::newRow("twice, one empty")
        << QStringList{"theme=", "theme=light"} << QJsonObject{{"theme", Null}} << 1;
    QTest::newRow("every problem")
        << QStringList{"theme=blue", "timezone=X", "nope=1", "bare"} << QJsonObject{} << 4;
}

void TestCliPatches::preferences()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, body);
    QFETCH(int, problems);
    QStringList found;
    QCOMPARE(preferenceBody(arguments, &found), body);
    QCOMPARE(found.size(), problems);
}

void TestCliPatches::preferenceNamesInCamelCase()
{
    for (const PreferenceSchema::Field &field : PreferenceSchema::fields()) {
        const QString camel = ProfileSchema::camelCase(field.key);
        QCOMPARE(PreferencePatch::keyFor(camel), field.key);
        QCOMPARE(PreferencePatch::keyFor(field.key), field.key);
        QStringList problems;
        const QJsonObject body = preferenceBody({camel + QStringLiteral("=")}, &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(body, (QJsonObject{{field.key, Null}}));
    }
    QCOMPARE(PreferencePatch::keyFor(QStringLiteral("DateTimeFormat")), QString());
    QCOMPARE(PreferencePatch::keyFor(QStringLiteral("fontSize")), QString());
}

void TestCliPatches::profile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("problems");

    QTest::newRow("seed example") << QStringList{"displayName=John D.",
                                                 "title=Senior Real Estate Agent",
                                                 "cellPhone=+1-555-0123"}
                                  << QJsonObject{{"display_name", "John D."},
                                                 {"title", "Senior Real Estate Agent"},
                                                 {"cell_phone", "+15550123"}}
                                  << 0;
    QTest::newRow("empty clears") << QStringList{"title=", "websiteUrl="}
                                  << QJsonObject{{"title", Null}, {"website_url", Null}} << 0;
    QTest::newRow("name cannot be cleared") << QStringList{"name="} << QJsonObject{} << 1;
    QTest::newRow("blank name") << QStringList{"name=   "} << QJsonObject{} << 1;
    QTest::newRow("date") << QStringList{"licenseExpiration=2027-02-28"}
                          << QJsonObject{{"license_expiration", "2027-02-28"}} << 0;
    QTest::newRow("bad date") << QStringList{"license_expiration=2027-02-30"} << QJsonObject{} << 1;
    QTest::newRow("http url") << QStringList{"website_url=http://x.test"} << QJsonObject{} << 1;
    QTest::newRow("bad e-mail") << QStringList{"displayEmail=gina"} << QJsonObject{} << 1;
    QTest::newRow("too long") << QStringList{"title=" + QString(101, QLatin1Char('x'))}
                              << QJsonObject{} << 1;
    QTest::newRow("bio keeps line breaks")
        << QStringList{"bio=a\nb\tc"} << QJsonObject{{"bio", "a\nb\tc"}} << 0;
    QTest::newRow("control character") << QStringList{"city=a\nb"} << QJsonObject{} << 1;
    QTest::newRow("snake then camel")
        << QStringList{"cell_phone=+1 650 253 0000", "cellPhone=+1 650 253 0001"}
        << QJsonObject{{"cell_phone", "+16502530000"}} << 1;
    QTest::newRow("unknown") << QStringList{"nickname=G"} << QJsonObject{} << 1;
    QTest::newRow("every problem")
        << QStringList{"name=", "email=a@b.co", "id=1", "nope=1", "x"} << QJsonObject{} << 5;
}

void TestCliPatches::profile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QJsonObject, body);
    QFETCH(int, problems);
    QStringList found;
    QCOMPARE(profileBody(arguments, &found), body);
    QVERIFY2(found.size() == problems, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestCliPatches::profileNamesInCamelCaseAreSentInSnakeCase()
{
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        if (field.adminOnly)
            continue;
        const QString camel = ProfileSchema::camelCase(field.key);
        QCOMPARE(JsonCase::toSnakeCase(camel), field.key);
        const QString value = field.key == QLatin1String("name") ? QStringLiteral("x") : QString();
        QStringList problems;
        const QJsonObject body = profileBody({camel + QLatin1Char('=') + value}, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(body.keys(), QStringList{field.key});
    }
}

void TestCliPatches::profileAdminOnlyAndReadOnlyFieldsAreRefused()
{
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        if (!field.adminOnly)
            continue;
        for (const QString &name : {field.key, ProfileSchema::camelCase(field.key)}) {
            QStringList problems;
            QVERIFY(profileBody({name + QStringLiteral("=x")}, &problems).isEmpty());
            QCOMPARE(problems,
                     QStringList{name + QStringLiteral(": can only be changed by an administrator "
                                                       "(with PUT /api/v1/users/{id}), not by "
                                                       "profile set")});
        }
    }
    for (const QString &key : ProfileSchema::readOnlyKeys()) {
        for (const QString &name : {key, ProfileSchema::camelCase(key)}) {
            QStringList problems;
            QVERIFY(profileBody({name + QStringLiteral("=x")}, &problems).isEmpty());
            QCOMPARE(problems, QStringList{name + QStringLiteral(": is read-only (set by the "
                                                                 "service)")});
        }
    }
}

void TestCliPatches::problemsNameTheField()
{
    QStringList problems;
    preferenceBody({"timezone=Mars/Olympus", "language=??", "theme=blue", "colour=red"}, &problems);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).startsWith(QLatin1String("timezone: ")));
    QVERIFY(problems.at(1).startsWith(QLatin1String("language: ")));
    QVERIFY(problems.at(2).startsWith(QLatin1String("theme ")));
    QVERIFY(problems.at(3).startsWith(QLatin1String("colour ")));

    problems.clear();
    profileBody({"displayName=" + QString(101, QLatin1Char('x')), "cell_phone=\x7f"}, &problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).startsWith(QLatin1String("displayName: ")));
    QVERIFY(problems.at(1).startsWith(QLatin1String("cell_phone: ")));
}

void TestCliPatches::plans_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("me");
    QTest::addColumn<bool>("resolvesCaller");
    QTest::addColumn<QString>("path"); // for user "u 1/2" where the path names a user
    QTest::addColumn<QJsonObject>("body");

    using Kind = CliCommand::Kind;
    const QString user = QStringLiteral("u 1/2");
    const QString encoded = QStringLiteral("u%201%2F2");
    const QStringList none;
    QTest::newRow("whoami") << int(Kind::WhoAmI) << "" << none << "" << QByteArray("GET") << false
                            << false << "/api/v1/users/me" << QJsonObject{};
    QTest::newRow("users") << int(Kind::Users) << "" << none << "" << QByteArray("GET") << false
                           << false << "/api/v1/users" << QJsonObject{};
    QTest::newRow("prefs get caller")
        << int(Kind::PrefsGet) << "" << none << "" << QByteArray("GET") << false << true
        << "/api/v1/users/" + encoded + "/preferences" << QJsonObject{};
    QTest::newRow("prefs set user")
        << int(Kind::PrefsSet) << user << QStringList{"theme=dark"} << "" << QByteArray("PATCH")
        << false << false << "/api/v1/users/" + encoded + "/preferences"
        << QJsonObject{{"theme", "dark"}};
    QTest::newRow("profile get user")
        << int(Kind::ProfileGet) << user << none << "" << QByteArray("GET") << false << false
        << "/api/v1/users/" + encoded << QJsonObject{};
    QTest::newRow("profile set caller")
        << int(Kind::ProfileSet) << "" << QStringList{"title="} << "" << QByteArray("PATCH")
        << false << true << "/api/v1/users/" + encoded << QJsonObject{{"title", Null}};
    // For many people too, an empty value clears the field (each member's own path).
    QTest::newRow("profile set for many")
        << int(Kind::ProfileSetBulk) << "" << QStringList{"title=", "officeName= Downtown "} << ""
        << QByteArray("PATCH") << false << true << "/api/v1/users/" + encoded
        << QJsonObject{{"title", Null}, {"office_name", "Downtown"}};
    QTest::newRow("me get") << int(Kind::MeGet) << "" << none << "" << QByteArray("GET") << true
                            << false << "/v1/me" << QJsonObject{};
    QTest::newRow("me set-timezone")
        << int(Kind::MeSetTimezone) << "" << none << "America/Los_Angeles" << QByteArray("PATCH")
        << true << false << "/v1/me"
        << QJsonObject{{"preferences", QJsonObject{{"timezone", "America/Los_Angeles"}}}};
    QTest::newRow("me clear-timezone")
        << int(Kind::MeClearTimezone) << "" << none << "" << QByteArray("PATCH") << true << false
        << "/v1/me" << QJsonObject{{"preferences", QJsonObject{{"timezone", Null}}}};
}

void TestCliPatches::plans()
{
    QFETCH(int, kind);
    QFETCH(QString, userId);
    QFETCH(QStringList, assignments);
    QFETCH(QString, zone);
    QFETCH(QByteArray, method);
    QFETCH(bool, me);
    QFETCH(bool, resolvesCaller);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);

    CliCommand command;
    command.kind = CliCommand::Kind(kind);
    command.userId = userId;
    command.assignments = assignments;
    command.zone = zone;
    QStringList problems;
    const CliRequestPlan plan = CliRequestPlan::build(command, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(plan.method, method);
    QCOMPARE(plan.api == CliRequestPlan::Api::Me, me);
    QCOMPARE(plan.resolvesCaller(), resolvesCaller);
    QCOMPARE(plan.pathFor(QStringLiteral("u 1/2")), path);
    QCOMPARE(plan.body, body);
}

void TestCliPatches::planValidationUsesTheSchemas()
{
    CliCommand command;
    command.kind = CliCommand::Kind::Users;
    command.hasQuery = true;
    command.query = QStringLiteral("a+b&c=%41 é");
    QStringList problems;
    const CliRequestPlan users = CliRequestPlan::build(command, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(users.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), command.query);

    command = {};
    command.kind = CliCommand::Kind::MeSetTimezone;
    for (const char *zone : {"Mars/Olympus", "UTC+05:00", "posixrules", "america/new_york", ""}) {
        command.zone = QString::fromUtf8(zone);
        problems.clear();
        CliRequestPlan::build(command, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QLatin1String("timezone: ")));
    }
    for (const char *zone : {"Etc/UTC", "US/Eastern", "Asia/Kolkata"}) {
        command.zone = QString::fromUtf8(zone);
        problems.clear();
        CliRequestPlan::build(command, &problems);
        QVERIFY2(problems.isEmpty(), zone);
    }
}

QTEST_GUILESS_MAIN(TestCliPatches)
#include "tst_cli_patches.moc"
