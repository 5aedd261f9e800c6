// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for refused profile PATCHes: duplicate names, admin-only and read-only fields,
// all problems at once before 404/403, nothing applied, 500 when the store fails
// (docs/api-contract.md U2, U4, U5, U9, U10).
#include "SandboxHarness.h"
#include "ValaraContract.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ValaraContract;

class TestValaraProfileErrors : public QObject
{
    Q_OBJECT

private slots:
    void u2_sameFieldTwiceIs422DuplicateField();
    void u4_adminOnlyFieldIs422ForEveryCaller_data();
    void u4_adminOnlyFieldIs422ForEveryCaller();
    void u5_readOnlyOrUnknownFieldIs422ExtraForbidden_data();
    void u5_readOnlyOrUnknownFieldIs422ExtraForbidden();
    void u9_allProblemsAtOnceWithLocAsSent();
    void u9_valueProblemsComeBefore404And403();
    void u9_nothingAppliedWhenAnyFieldIsRefused();
    void u10_storeWriteFailureIs500UpdateFailed();
};

void TestValaraProfileErrors::u2_sameFieldTwiceIs422DuplicateField()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AgentKey).json();
    const QList<QPair<QByteArray, QStringList>> cases{
        {R"({"display_name":"A","displayName":"B"})", {"display_name", "displayName"}},
        {R"({"cellPhone":"+1 555 0100","cell_phone":"+1 555 0100"})", {"cellPhone", "cell_phone"}},
        {R"({"title":"T","websiteUrl":"https://a.example","website_url":null})",
         {"websiteUrl", "website_url"}}};
    for (const auto &[body, names] : cases) {
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const HttpReply r = h.patch(userPath("g1"), AgentKey, body);
        VERIFY_STATUS(r, 422);
        const QMap<QString, QString> types = typesByLoc(r);
        const bool found = types.value(bodyLoc(names.at(0))) == QLatin1String("duplicate_field") ||
                           types.value(bodyLoc(names.at(1))) == QLatin1String("duplicate_field");
        QVERIFY2(found, qPrintable(describe(r)));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
        QCOMPARE(h.get(userPath("g1"), AgentKey).json(), before);
    }
}

void TestValaraProfileErrors::u4_adminOnlyFieldIs422ForEveryCaller_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QList<QPair<const char *, QByteArray>> fields{
        {"email", R"({"email":"new@valara.test"})"},
        {"role", R"({"role":"admin"})"},
        {"is_active", R"({"is_active":false})"},
        {"email_verified", R"({"email_verified":false})"},
        {"account_status", R"({"account_status":"suspended"})"},
        {"isActive", R"({"isActive":false})"},
        {"emailVerified", R"({"emailVerified":false})"},
        {"accountStatus", R"({"accountStatus":"suspended"})"}};
    const QList<QPair<const char *, const char *>> pairs{
        {"g1", "g1"}, {"a1", "a1"}, {"a1", "g1"}, {"b1", "g1"}, {"g1", "g2"}};
    for (const auto &[field, body] : fields) {
        for (const auto &[caller, target] : pairs) {
            QTest::addRow("%s by %s on %s", field, caller, target)
                << QString::fromLatin1(caller) << QString::fromLatin1(target) << body
                << QString::fromLatin1(field);
        }
    }
}

void TestValaraProfileErrors::u4_adminOnlyFieldIs422ForEveryCaller()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath(target), AdminKey).json();
    const HttpReply r = h.patch(userPath(target), keys().value(caller), body);
    VERIFY_STATUS(r, 422);
    QCOMPARE(typesByLoc(r), (QMap<QString, QString>{{bodyLoc(field), "admin_only_field"}}));
    QCOMPARE(h.get(userPath(target), AdminKey).json(), before);
}

void TestValaraProfileErrors::u5_readOnlyOrUnknownFieldIs422ExtraForbidden_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QList<QPair<const char *, QByteArray>> fields{
        {"id", R"({"id":"g9"})"},
        {"org_id", R"({"org_id":"org-2"})"},
        {"team_id", R"({"team_id":"t2"})"},
        {"managed_team_ids", R"({"managed_team_ids":["t1"]})"},
        {"created_at", R"({"created_at":"2020-01-01T00:00:00Z"})"},
        {"updated_at", R"({"updated_at":"2020-01-01T00:00:00Z"})"},
        {"orgId", R"({"orgId":"org-2"})"},
        {"teamId", R"({"teamId":null})"},
        {"managedTeamIds", R"({"managedTeamIds":[]})"},
        {"createdAt", R"({"createdAt":"2020-01-01T00:00:00Z"})"},
        {"api_key", R"({"api_key":"stolen"})"},
        {"favorite_color", R"({"favorite_color":"red"})"},
        {"Name", R"({"Name":"Gina"})"},
        {"display-name", R"({"display-name":"Gina"})"}};
    for (const auto &[field, body] : fields) {
        QTest::addRow("%s by self", field) << AgentKey << body << QString::fromLatin1(field);
        QTest::addRow("%s by admin", field) << AdminKey << body << QString::fromLatin1(field);
    }
}

void TestValaraProfileErrors::u5_readOnlyOrUnknownFieldIs422ExtraForbidden()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AdminKey).json();
    const HttpReply r = h.patch(userPath("g1"), key, body);
    VERIFY_STATUS(r, 422);
    QCOMPARE(typesByLoc(r), (QMap<QString, QString>{{bodyLoc(field), "extra_forbidden"}}));
    QCOMPARE(h.get(userPath("g1"), AdminKey).json(), before);
}

void TestValaraProfileErrors::u9_allProblemsAtOnceWithLocAsSent()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.patch(userPath("g1"), AgentKey,
                R"({"title":5,"websiteUrl":"ftp://x.example.com","cell_phone":"12",)"
                R"("role":"admin","team_id":"t2","bogus":1,"name":"",)"
                R"("licenseExpiration":"2027-02-30","city":"Dallas"})");
    VERIFY_STATUS(r, 422);
    const QMap<QString, QString> types = typesByLoc(r);
    const QStringList expectedLocs{bodyLoc("title"),      bodyLoc("websiteUrl"),
                                   bodyLoc("cell_phone"), bodyLoc("role"),
                                   bodyLoc("team_id"),    bodyLoc("bogus"),
                                   bodyLoc("name"),       bodyLoc("licenseExpiration")};
    QCOMPARE(QSet<QString>(types.keyBegin(), types.keyEnd()),
             QSet<QString>(expectedLocs.begin(), expectedLocs.end()));
    QCOMPARE(r.detailList().size(), expectedLocs.size());
    QCOMPARE(types.value(bodyLoc("role")), QStringLiteral("admin_only_field"));
    QCOMPARE(types.value(bodyLoc("team_id")), QStringLiteral("extra_forbidden"));
    QCOMPARE(types.value(bodyLoc("bogus")), QStringLiteral("extra_forbidden"));
    QCOMPARE(h.get(userPath("g1"), AgentKey).json().value("city").toString(),
             QStringLiteral("Austin"));
}

void TestValaraProfileErrors::u9_valueProblemsComeBefore404And403()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QList<QPair<QString, QByteArray>> attempts{
        {"zz", AgentKey}, {"g2", AgentKey}, {"g1", keys().value("b1")}, {"a1", keys().value("p1")}};
    for (const auto &[target, key] : attempts) {
        const HttpReply r = h.patch(userPath(target), key, R"({"website_url":"not a url"})");
        VERIFY_STATUS(r, 422);
        QCOMPARE(typesByLoc(r).keys(), QStringList{bodyLoc("website_url")});
    }
}

void TestValaraProfileErrors::u9_nothingAppliedWhenAnyFieldIsRefused()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AgentKey).json();
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const HttpReply r =
        h.patch(userPath("g1"), AgentKey, R"({"title":"New","city":"Dallas","phone":"call me"})");
    VERIFY_STATUS(r, 422);
    QCOMPARE(typesByLoc(r).keys(), QStringList{bodyLoc("phone")});
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(userPath("g1"), AgentKey).json(), before);
}

void TestValaraProfileErrors::u10_storeWriteFailureIs500UpdateFailed()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(userPath("g1"), AgentKey).json();
    h.server().store().simulateWriteFailure(true);
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const HttpReply r = h.patch(userPath("g1"), AgentKey, R"({"title":"Lost"})");
    VERIFY_STATUS(r, 500);
    QCOMPARE(r.json(), (QJsonObject{{"detail", "Update failed"}}));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    h.server().store().simulateWriteFailure(false);
    QCOMPARE(h.get(userPath("g1"), AgentKey).json(), before);
    // The store recovers: the same change succeeds once writes work again.
    const HttpReply again = h.patch(userPath("g1"), AgentKey, R"({"title":"Lost"})");
    VERIFY_STATUS(again, 200);
}

QTEST_GUILESS_MAIN(TestValaraProfileErrors)
#include "tst_valara_profile_errors.moc"
