// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for PATCH /api/v1/users/{id}: who may patch, PATCH semantics, snake_case and
// camelCase names, every updatable field (docs/api-contract.md R2, U1-U3).
// Refusals: tst_valara_profile_errors.cpp; value rules: tst_valara_profile_values.cpp.
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

class TestValaraProfile : public QObject
{
    Q_OBJECT

private slots:
    void r2_patchIsOwnProfileOrAdmin_data();
    void r2_patchIsOwnProfileOrAdmin();
    void u1_onlySentFieldsChangeAndAnswerIsFullUser();
    void u2_camelCaseExampleIsAccepted();
    void u2u3_everyUpdatableFieldInBothSpellings_data();
    void u2u3_everyUpdatableFieldInBothSpellings();
};

void TestValaraProfile::r2_patchIsOwnProfileOrAdmin_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("target");
    const QStringList everyone = keys().keys();
    for (const QString &caller : everyone) {
        for (const QString &target : everyone)
            QTest::addRow("%s patches %s", qPrintable(caller), qPrintable(target))
                << caller << target;
    }
}

void TestValaraProfile::r2_patchIsOwnProfileOrAdmin()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath(target), AdminKey).json();
    const HttpReply r = h.patch(userPath(target), keys().value(caller), R"({"title":"Patched"})");
    const QJsonObject after = h.get(userPath(target), AdminKey).json();
    if (caller == target || caller == QLatin1String("a1")) {
        VERIFY_STATUS(r, 200);
        QCOMPARE(r.json().value("title").toString(), QStringLiteral("Patched"));
        QCOMPARE(after.value("title").toString(), QStringLiteral("Patched"));
    } else {
        VERIFY_STATUS(r, 403);
        QCOMPARE(r.json(),
                 (QJsonObject{{"detail", "Forbidden - cannot update another user's profile"}}));
        QCOMPARE(after, before);
    }
}

void TestValaraProfile::u1_onlySentFieldsChangeAndAnswerIsFullUser()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AgentKey).json();
    const HttpReply r = h.patch(userPath("g1"), AgentKey, R"({"title":"Lead Agent"})");
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().keys(), sortedUserObjectFields());
    QJsonObject expected = withoutUpdatedAt(before);
    expected.insert(QStringLiteral("title"), QStringLiteral("Lead Agent"));
    QCOMPARE(withoutUpdatedAt(r.json()), expected);
    QCOMPARE(h.get(userPath("g1"), AgentKey).json(), r.json());
}

void TestValaraProfile::u2_camelCaseExampleIsAccepted()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.patch(userPath("g1"), AgentKey,
                                R"({"displayName":"John D.","title":"Senior Real Estate Agent",)"
                                R"("cellPhone":"+1-555-0123"})");
    VERIFY_STATUS(r, 200);
    const QJsonObject user = r.json();
    QCOMPARE(user.keys(), sortedUserObjectFields()); // snake_case only
    QCOMPARE(user.value("display_name").toString(), QStringLiteral("John D."));
    QCOMPARE(user.value("title").toString(), QStringLiteral("Senior Real Estate Agent"));
    QCOMPARE(user.value("cell_phone").toString(), QStringLiteral("+1-555-0123"));
    QCOMPARE(h.get(userPath("g1"), AgentKey).json(), user);
}

void TestValaraProfile::u2u3_everyUpdatableFieldInBothSpellings_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("value");
    const struct
    {
        const char *snake, *camel, *value;
    } fields[] = {
        {"name", "name", "Gina A."},
        {"first_name", "firstName", "Gee"},
        {"last_name", "lastName", "Ay"},
        {"phone", "phone", "+1 512 555 0199"},
        {"cell_phone", "cellPhone", "(512) 555-0100"},
        {"avatar_url", "avatarUrl", "https://cdn.example.com/g.png"},
        {"display_name", "displayName", "Gee A."},
        {"display_email", "displayEmail", "hi@gina.example.com"},
        {"title", "title", "Team Lead"},
        {"tagline", "tagline", "Homes that fit"},
        {"brokerage_name", "brokerageName", "Lone Star Realty"},
        {"office_name", "officeName", "Downtown"},
        {"license_number", "licenseNumber", "TX-123456"},
        {"license_state", "licenseState", "Texas"},
        {"license_expiration", "licenseExpiration", "2027-06-30"},
        {"bio", "bio", "New bio."},
        {"website_url", "websiteUrl", "https://gina.example.org/"},
        {"facebook_url", "facebookUrl", "https://facebook.com/gina"},
        {"instagram_url", "instagramUrl", "https://instagram.com/gina"},
        {"linkedin_url", "linkedinUrl", "https://www.linkedin.com/in/gina"},
        {"x_url", "xUrl", "https://x.com/gina"},
        {"youtube_url", "youtubeUrl", "https://youtube.com/@gina"},
        {"tiktok_url", "tiktokUrl", "https://www.tiktok.com/@gina"},
        {"zillow_url", "zillowUrl", "https://www.zillow.com/profile/gina"},
        {"city", "city", "Dallas"},
        {"state", "state", "Texas"},
    };
    for (const auto &f : fields) {
        QTest::addRow("%s", f.snake) << QString::fromLatin1(f.snake) << QString::fromLatin1(f.snake)
                                     << QString::fromUtf8(f.value);
        if (qstrcmp(f.snake, f.camel) != 0)
            QTest::addRow("%s", f.camel)
                << QString::fromLatin1(f.camel) << QString::fromLatin1(f.snake)
                << QString::fromUtf8(f.value);
    }
}

void TestValaraProfile::u2u3_everyUpdatableFieldInBothSpellings()
{
    QFETCH(QString, sent);
    QFETCH(QString, stored);
    QFETCH(QString, value);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AgentKey).json();
    const HttpReply r = h.patch(userPath("g1"), AgentKey, compact({{sent, value}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().keys(), sortedUserObjectFields());
    QJsonObject expected = withoutUpdatedAt(before);
    expected.insert(stored, value);
    QCOMPARE(withoutUpdatedAt(r.json()), expected);
    QCOMPARE(withoutUpdatedAt(h.get(userPath("g1"), AgentKey).json()), expected);
}

QTEST_GUILESS_MAIN(TestValaraProfile)
#include "tst_valara_profile.moc"
