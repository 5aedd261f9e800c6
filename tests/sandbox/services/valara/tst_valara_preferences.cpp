// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for Valara preferences: GET/PATCH /api/v1/users/{id}/preferences, permissions,
// PATCH semantics, defaults and schema errors (docs/api-contract.md R1, P1-P5).
// Value checks (P6, P7): tst_valara_preference_values.cpp.
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

// R1: self, admins anyone, managers the members of their managed teams.
bool mayAccess(const QString &caller, const QString &target)
{
    if (caller == target || caller == QLatin1String("a1"))
        return true;
    if (caller == QLatin1String("b1"))
        return target == QLatin1String("g1") || target == QLatin1String("g2");
    if (caller == QLatin1String("p1"))
        return target == QLatin1String("g3");
    return false;
}

} // namespace

class TestValaraPreferences : public QObject
{
    Q_OBJECT

private slots:
    void p3_defaultsAreAppliedOnRead_data();
    void p3_defaultsAreAppliedOnRead();
    void p3_answerIsTheFullPreferences();
    void r1_readFollowsPermissions_data();
    void r1_readFollowsPermissions();
    void r1_updateFollowsPermissions_data();
    void r1_updateFollowsPermissions();
    void p1_everyAllowedValueIsAccepted_data();
    void p1_everyAllowedValueIsAccepted();
    void p2_onlySentFieldsChange();
    void p2_emptyObjectChangesNothing();
    void p4_unknownFieldIs422ExtraForbidden_data();
    void p4_unknownFieldIs422ExtraForbidden();
    void p4_nonStringValueIs422StringType_data();
    void p4_nonStringValueIs422StringType();
    void p4_schemaErrorsComeBefore404And403();
    void p5_nullResetsToDefault();
};

void TestValaraPreferences::p3_defaultsAreAppliedOnRead_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("b1: nothing set") << QStringLiteral("b1") << prefs();
    QTest::newRow("a1: theme") << QStringLiteral("a1") << prefs({{"theme", "dark"}});
    QTest::newRow("g1: timezone, language")
        << QStringLiteral("g1") << prefs({{"timezone", "America/Chicago"}, {"language", "pt-BR"}});
    QTest::newRow("g2: format, unit")
        << QStringLiteral("g2")
        << prefs({{"date_time_format", "uk"}, {"measurement_unit", "metric"}});
}

void TestValaraPreferences::p3_defaultsAreAppliedOnRead()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, expected);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(preferencesPath(id), keys().value(id));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), expected);
}

void TestValaraPreferences::p3_answerIsTheFullPreferences()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.patch(preferencesPath(QStringLiteral("b1")), keys().value(QStringLiteral("b1")),
                R"({"date_time_format":"us","timezone":"America/New_York"})");
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), prefs({{"date_time_format", "us"}}));
    QCOMPARE(h.get(preferencesPath(QStringLiteral("b1")), AdminKey).json(),
             prefs({{"date_time_format", "us"}}));
}

void TestValaraPreferences::r1_readFollowsPermissions_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("target");
    const QStringList everyone = keys().keys();
    for (const QString &caller : everyone) {
        for (const QString &target : everyone)
            QTest::addRow("%s reads %s", qPrintable(caller), qPrintable(target))
                << caller << target;
    }
}

void TestValaraPreferences::r1_readFollowsPermissions()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(preferencesPath(target), keys().value(caller));
    if (mayAccess(caller, target)) {
        VERIFY_STATUS(r, 200);
        QCOMPARE(r.json().keys(), prefs().keys());
    } else {
        VERIFY_STATUS(r, 403);
        QCOMPARE(r.json(),
                 (QJsonObject{{"detail", "Not authorized to view this user's preferences"}}));
    }
}

void TestValaraPreferences::r1_updateFollowsPermissions_data()
{
    r1_readFollowsPermissions_data();
}

void TestValaraPreferences::r1_updateFollowsPermissions()
{
    QFETCH(QString, caller);
    QFETCH(QString, target);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(preferencesPath(target), AdminKey).json();
    QVERIFY(before.value("theme") != QJsonValue("light"));
    const HttpReply r =
        h.patch(preferencesPath(target), keys().value(caller), R"({"theme":"light"})");
    QJsonObject expected = before;
    if (mayAccess(caller, target)) {
        VERIFY_STATUS(r, 200);
        expected.insert(QStringLiteral("theme"), QStringLiteral("light"));
        QCOMPARE(r.json(), expected);
    } else {
        VERIFY_STATUS(r, 403);
        QCOMPARE(r.json(),
                 (QJsonObject{{"detail", "Not authorized to update this user's preferences"}}));
    }
    QCOMPARE(h.get(preferencesPath(target), AdminKey).json(), expected);
}

void TestValaraPreferences::p1_everyAllowedValueIsAccepted_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QList<QPair<const char *, QStringList>> allowed{
        {"date_time_format", {"friendly", "us", "uk"}},
        {"measurement_unit", {"imperial", "metric"}},
        {"theme", {"light", "dark", "system"}},
        {"timezone", {"America/Los_Angeles"}},
        {"language", {"fr-CA"}}};
    for (const auto &[field, values] : allowed) {
        for (const QString &value : values)
            QTest::addRow("%s=%s", field, qPrintable(value)) << QString::fromLatin1(field) << value;
    }
}

void TestValaraPreferences::p1_everyAllowedValueIsAccepted()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    // g2 starts with uk + metric, so every value is a real change for some field.
    const QString id = QStringLiteral("g2");
    const QJsonObject expected = [&] {
        QJsonObject o = h.get(preferencesPath(id), AdminKey).json();
        o.insert(field, value);
        return o;
    }();
    const HttpReply r = h.patch(preferencesPath(id), keys().value(id), compact({{field, value}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), expected);
    QCOMPARE(h.get(preferencesPath(id), keys().value(id)).json(), expected);
}

void TestValaraPreferences::p2_onlySentFieldsChange()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString id = QStringLiteral("g2");
    HttpReply r = h.patch(preferencesPath(id), keys().value(id), R"({"timezone":"Europe/Paris"})");
    VERIFY_STATUS(r, 200);
    QJsonObject expected = prefs(
        {{"date_time_format", "uk"}, {"measurement_unit", "metric"}, {"timezone", "Europe/Paris"}});
    QCOMPARE(r.json(), expected);
    r = h.patch(preferencesPath(id), keys().value(id), R"({"theme":"dark","language":"de-DE"})");
    VERIFY_STATUS(r, 200);
    expected.insert(QStringLiteral("theme"), QStringLiteral("dark"));
    expected.insert(QStringLiteral("language"), QStringLiteral("de-DE"));
    QCOMPARE(r.json(), expected);
    QCOMPARE(h.get(preferencesPath(id), AdminKey).json(), expected);
}

void TestValaraPreferences::p2_emptyObjectChangesNothing()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.get(preferencesPath(QStringLiteral("g1")), AgentKey).json();
    QCOMPARE(before, prefs({{"timezone", "America/Chicago"}, {"language", "pt-BR"}}));
    const HttpReply r = h.patch(preferencesPath(QStringLiteral("g1")), AgentKey, "{}");
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), before);
    QCOMPARE(h.get(preferencesPath(QStringLiteral("g1")), AgentKey).json(), before);
}

void TestValaraPreferences::p4_unknownFieldIs422ExtraForbidden_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("alone") << QByteArrayLiteral(R"({"colour":"red"})") << QStringLiteral("colour");
    QTest::newRow("with a valid field")
        << QByteArrayLiteral(R"({"theme":"dark","colour":"red"})") << QStringLiteral("colour");
    QTest::newRow("wrong case") << QByteArrayLiteral(R"({"Theme":"dark"})")
                                << QStringLiteral("Theme");
    QTest::newRow("user field") << QByteArrayLiteral(R"({"user_id":"g2"})")
                                << QStringLiteral("user_id");
    QTest::newRow("null value") << QByteArrayLiteral(R"({"font_size":null})")
                                << QStringLiteral("font_size");
}

void TestValaraPreferences::p4_unknownFieldIs422ExtraForbidden()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const HttpReply r = h.patch(preferencesPath(QStringLiteral("a1")), AdminKey, body);
    VERIFY_STATUS(r, 422);
    const QJsonArray detail = r.detailList();
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.first().toObject().value("type").toString(), QStringLiteral("extra_forbidden"));
    QCOMPARE(detail.first().toObject().value("loc").toArray(), (QJsonArray{"body", field}));
    QCOMPARE(detail.first().toObject().value("msg").toString(),
             QStringLiteral("Extra inputs are not permitted"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(preferencesPath(QStringLiteral("a1")), AdminKey).json(),
             prefs({{"theme", "dark"}}));
}

void TestValaraPreferences::p4_nonStringValueIs422StringType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("number") << QByteArrayLiteral(R"({"theme":1})") << QStringLiteral("theme");
    QTest::newRow("boolean") << QByteArrayLiteral(R"({"theme":true})") << QStringLiteral("theme");
    QTest::newRow("array") << QByteArrayLiteral(R"({"language":["en"]})")
                           << QStringLiteral("language");
    QTest::newRow("object") << QByteArrayLiteral(R"({"timezone":{"id":"UTC"}})")
                            << QStringLiteral("timezone");
    QTest::newRow("with a valid field")
        << QByteArrayLiteral(R"({"theme":"light","measurement_unit":0})")
        << QStringLiteral("measurement_unit");
}

void TestValaraPreferences::p4_nonStringValueIs422StringType()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const HttpReply r = h.patch(preferencesPath(QStringLiteral("a1")), AdminKey, body);
    VERIFY_STATUS(r, 422);
    const QJsonArray detail = r.detailList();
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.first().toObject().value("type").toString(), QStringLiteral("string_type"));
    QCOMPARE(detail.first().toObject().value("loc").toArray(), (QJsonArray{"body", field}));
    QVERIFY(detail.first().toObject().value("msg").isString());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(preferencesPath(QStringLiteral("a1")), AdminKey).json(),
             prefs({{"theme", "dark"}}));
}

void TestValaraPreferences::p4_schemaErrorsComeBefore404And403()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    HttpReply r = h.patch(preferencesPath(QStringLiteral("zz")), AgentKey, R"({"colour":"red"})");
    VERIFY_STATUS(r, 422);
    r = h.patch(preferencesPath(QStringLiteral("g3")), AgentKey, R"({"theme":5})");
    VERIFY_STATUS(r, 422);
}

void TestValaraPreferences::p5_nullResetsToDefault()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    HttpReply r = h.patch(preferencesPath(QStringLiteral("g1")), AgentKey, R"({"timezone":null})");
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), prefs({{"language", "pt-BR"}}));
    QCOMPARE(h.get(preferencesPath(QStringLiteral("g1")), AgentKey).json(),
             prefs({{"language", "pt-BR"}}));

    r = h.patch(preferencesPath(QStringLiteral("g2")), keys().value(QStringLiteral("g2")),
                R"({"date_time_format":null,"measurement_unit":null,"theme":"dark"})");
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), prefs({{"theme", "dark"}}));
    QCOMPARE(h.get(preferencesPath(QStringLiteral("g2")), AdminKey).json(),
             prefs({{"theme", "dark"}}));
}

QTEST_GUILESS_MAIN(TestValaraPreferences)
#include "tst_valara_preferences.moc"
