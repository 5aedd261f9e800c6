// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for the values of Valara preferences: allowed sets, IANA timezones, BCP 47
// language tags, 400 after 404/403, nothing applied (docs/api-contract.md P6, P7).
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

class TestValaraPreferenceValues : public QObject
{
    Q_OBJECT

private slots:
    void p6_invalidValueIs400AndAppliesNothing_data();
    void p6_invalidValueIs400AndAppliesNothing();
    void p6_valueCheckComesAfter404And403();
    void p6_knownTimezoneIsAccepted_data();
    void p6_knownTimezoneIsAccepted();
    void p7_wellFormedLanguageIsKeptAsSent_data();
    void p7_wellFormedLanguageIsKeptAsSent();
};

void TestValaraPreferenceValues::p6_invalidValueIs400AndAppliesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QList<QPair<const char *, QStringList>> refused{
        {"date_time_format", {"US", "iso", ""}},
        {"measurement_unit", {"Metric", "si", ""}},
        {"theme", {"auto", "Dark", " dark", ""}},
        {"timezone",
         {"america/new_york", "Mars/Olympus", "", "UTC+01:00", "utc", "America/New_York ",
          "America/New York", "+05:00", "New_York", "Etc/Utc", "gmt", "zulu",
          // POSIX TZ strings, which QTimeZone accepts, are not IANA ids.
          "EST5", "ABC+3", "XYZ-2"}},
        {"language",
         {"en_US", "e", "toolongsubtag", "", "en-", "-en", "en--US", "en-US-x", "x", "123", "en US",
          QStringLiteral("en-\u00dcS"), "de-419-DE", "en-x-toolongsubtag", "en-US-u"}}};
    for (const auto &[field, values] : refused) {
        for (const QString &value : values)
            QTest::addRow("%s='%s'", field, qPrintable(value))
                << QString::fromLatin1(field) << value;
    }
}

void TestValaraPreferenceValues::p6_invalidValueIs400AndAppliesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString id = QStringLiteral("g1");
    const QJsonObject before = h.get(preferencesPath(id), AgentKey).json();
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    // A valid change alongside must not be applied either.
    const QString other = field == QLatin1String("theme") ? QStringLiteral("measurement_unit")
                                                          : QStringLiteral("theme");
    const QString otherValue =
        field == QLatin1String("theme") ? QStringLiteral("metric") : QStringLiteral("dark");
    const HttpReply r =
        h.patch(preferencesPath(id), AgentKey, compact({{other, otherValue}, {field, value}}));
    VERIFY_STATUS(r, 400);
    QCOMPARE(r.json().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY2(r.json().value("detail").isString(), qPrintable(describe(r)));
    QVERIFY2(r.detail().startsWith(QStringLiteral("Invalid preference value: ") + field),
             qPrintable(describe(r)));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(preferencesPath(id), AgentKey).json(), before);
}

void TestValaraPreferenceValues::p6_valueCheckComesAfter404And403()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    HttpReply r = h.patch(preferencesPath(QStringLiteral("zz")), AgentKey, R"({"theme":"auto"})");
    VERIFY_STATUS(r, 404);
    QCOMPARE(r.json(), (QJsonObject{{"detail", "User not found"}}));
    r = h.patch(preferencesPath(QStringLiteral("g3")), AgentKey, R"({"timezone":"Mars/Olympus"})");
    VERIFY_STATUS(r, 403);
    QCOMPARE(r.json(),
             (QJsonObject{{"detail", "Not authorized to update this user's preferences"}}));
    r = h.patch(preferencesPath(QStringLiteral("a1")), keys().value(QStringLiteral("b1")),
                R"({"language":"en_US"})");
    VERIFY_STATUS(r, 403);
}

void TestValaraPreferenceValues::p6_knownTimezoneIsAccepted_data()
{
    QTest::addColumn<QString>("timezone");
    for (const char *zone :
         {"America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Argentina/Buenos_Aires",
          "America/Indiana/Indianapolis", "Pacific/Chatham", "Australia/Lord_Howe", "Etc/UTC",
          "UTC", "Etc/GMT+5", "US/Eastern", "Asia/Calcutta"})
        QTest::newRow(zone) << QString::fromLatin1(zone);
}

void TestValaraPreferenceValues::p6_knownTimezoneIsAccepted()
{
    QFETCH(QString, timezone);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.patch(preferencesPath(QStringLiteral("g1")), AgentKey, compact({{"timezone", timezone}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().value("timezone").toString(), timezone);
    QCOMPARE(
        h.get(preferencesPath(QStringLiteral("g1")), AgentKey).json().value("timezone").toString(),
        timezone);
}

void TestValaraPreferenceValues::p7_wellFormedLanguageIsKeptAsSent_data()
{
    QTest::addColumn<QString>("language");
    for (const char *tag : {"pt-BR",
                            "EN-us",
                            "en",
                            "de-DE",
                            "x-private",
                            "i-klingon",
                            "zh-Hant-TW",
                            "sr-Latn-RS",
                            "de-CH-1901",
                            "es-419",
                            "en-US-u-ca-gregory",
                            "zh-yue-HK",
                            "art-lojban",
                            "zh-min-nan",
                            "en-GB-oed",
                            "en-US-x-twain",
                            "qaa",
                            "hy-Latn-IT-arevela",
                            "x-a-b-c-12345678",
                            "ZH-HANT"})
        QTest::newRow(tag) << QString::fromLatin1(tag);
}

void TestValaraPreferenceValues::p7_wellFormedLanguageIsKeptAsSent()
{
    QFETCH(QString, language);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString id = QStringLiteral("b1");
    const HttpReply r =
        h.patch(preferencesPath(id), keys().value(id), compact({{"language", language}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), prefs({{"language", language}}));
    QCOMPARE(h.get(preferencesPath(id), AdminKey).json().value("language").toString(), language);
    // The fixture's pt-BR is returned as stored, too.
    QCOMPARE(
        h.get(preferencesPath(QStringLiteral("g1")), AgentKey).json().value("language").toString(),
        QStringLiteral("pt-BR"));
}

QTEST_GUILESS_MAIN(TestValaraPreferenceValues)
#include "tst_valara_preference_values.moc"
