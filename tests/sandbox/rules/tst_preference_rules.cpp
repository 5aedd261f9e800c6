// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PreferenceRules: the Valara preferences schema (docs/api-contract.md P1, P3, P6, P7), with
// the sandbox's own timezone ids and language tag check.
#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/rules/SandboxTimeZones.h"

#include <QJsonDocument>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TstPreferenceRules : public QObject
{
    Q_OBJECT

private slots:
    void p1_fieldsAreTheFiveOfTheSeed();
    void p1_allowedValues_data();
    void p1_allowedValues();
    void p3_defaults();
    void p3_withDefaultsFillsOnlyMissingFields();
    void p6_valueProblems_data();
    void p6_valueProblems();
    void p6_knownTimeZonesAreExactIanaIds_data();
    void p6_knownTimeZonesAreExactIanaIds();
    void p6_timeZoneIdsAreTheZonesAndLinksOfTheDatabase();
};

void TstPreferenceRules::p1_fieldsAreTheFiveOfTheSeed()
{
    QCOMPARE(sorted(PreferenceRules::fieldNames()),
             sorted({"date_time_format", "timezone", "language", "measurement_unit", "theme"}));
}

void TstPreferenceRules::p1_allowedValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("date_time_format") << "date_time_format" << QStringList{"friendly", "us", "uk"};
    QTest::newRow("measurement_unit") << "measurement_unit" << QStringList{"imperial", "metric"};
    QTest::newRow("theme") << "theme" << QStringList{"light", "dark", "system"};
    QTest::newRow("timezone (open set)") << "timezone" << QStringList{};
    QTest::newRow("language (open set)") << "language" << QStringList{};
}

void TstPreferenceRules::p1_allowedValues()
{
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    QCOMPARE(sorted(PreferenceRules::allowedValues(field)), sorted(values));
}

void TstPreferenceRules::p3_defaults()
{
    const QJsonObject expected{{"date_time_format", "friendly"},
                               {"timezone", "America/New_York"},
                               {"language", "en-US"},
                               {"measurement_unit", "imperial"},
                               {"theme", "system"}};
    QCOMPARE(text(PreferenceRules::defaults()), text(expected));
    QCOMPARE(text(PreferenceRules::withDefaults({})), text(expected));
}

void TstPreferenceRules::p3_withDefaultsFillsOnlyMissingFields()
{
    const QJsonObject stored{{"timezone", "America/Chicago"}, {"language", "pt-BR"}};
    const QJsonObject full = PreferenceRules::withDefaults(stored);
    QCOMPARE(full.size(), 5);
    QCOMPARE(full.value("timezone").toString(), QStringLiteral("America/Chicago"));
    QCOMPARE(full.value("language").toString(), QStringLiteral("pt-BR")); // P7: as stored
    QCOMPARE(full.value("theme").toString(), QStringLiteral("system"));
    QCOMPARE(full.value("date_time_format").toString(), QStringLiteral("friendly"));
    QCOMPARE(full.value("measurement_unit").toString(), QStringLiteral("imperial"));
    QCOMPARE(PreferenceRules::withDefaults({{"language", "EN-us"}}).value("language").toString(),
             QStringLiteral("EN-us"));
}

void TstPreferenceRules::p6_valueProblems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("acceptable");
    const auto row = [](const char *field, const QString &value, bool ok) {
        QTest::addRow("%s=\"%s\"", field, qPrintable(value))
            << QString::fromLatin1(field) << value << ok;
    };
    for (const char *v : {"friendly", "us", "uk"})
        row("date_time_format", v, true);
    for (const char *v : {"", "US", "iso", "friendly "})
        row("date_time_format", v, false);
    for (const char *v : {"imperial", "metric"})
        row("measurement_unit", v, true);
    for (const char *v : {"", "Metric", "si"})
        row("measurement_unit", v, false);
    for (const char *v : {"light", "dark", "system"})
        row("theme", v, true);
    for (const char *v : {"", "Dark", "neon", "auto"})
        row("theme", v, false);
    for (const char *v : {"America/New_York", "UTC", "Europe/Berlin", "Asia/Kolkata"})
        row("timezone", v, true);
    for (const char *v : {"", "america/new_york", "Mars/Olympus", "America/New_York ", "+02:00"})
        row("timezone", v, false);
    for (const char *v :
         {"en-US", "pt-BR", "EN-us", "de", "zh-Hant-CN", "x-private", "es-419", "i-klingon",
          "en-GB-oed", "zh-min-nan", "de-DE-1901", "en-US-x-twain", "en-US-u-ca-gregory"})
        row("language", v, true);
    for (const char *v : {"", "en_US", "english (US)", "en-", "toolongsubtag", "x", "en-a",
                          "de-DE-1901-1901", "en-a-bbb-a-ccc", "ar-aao-abc-def-ghi", "i-foo"})
        row("language", v, false);
    row("language", QStringLiteral("\u212Ao"), false); // a Kelvin sign lower-cases to "ko"
}

void TstPreferenceRules::p6_valueProblems()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, acceptable);
    const QString problem = PreferenceRules::valueProblem(field, value);
    QVERIFY2(problem.isEmpty() == acceptable, qPrintable(problem));
}

void TstPreferenceRules::p6_knownTimeZonesAreExactIanaIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    for (const char *id :
         {"America/New_York", "America/Los_Angeles", "America/Denver", "America/Chicago",
          "Europe/Paris", "Asia/Tokyo", "UTC", "America/Argentina/Buenos_Aires", "Pacific/Chatham",
          "US/Eastern", "Etc/UTC", "Etc/GMT+5", "EST5EDT", "GMT"}) // canonical names and links
        QTest::newRow(id) << QString::fromLatin1(id) << true;
    for (const char *id : {"",
                           "Mars/Olympus",
                           "america/new_york",
                           "AMERICA/NEW_YORK",
                           "Europe/Paris/",
                           "/Europe/Paris",
                           "Europe//Paris",
                           "Europe/Paris\n",
                           "UTC+05:00",
                           "UTC-03:00",
                           "posixrules",
                           "Factory",
                           "localtime",
                           "posix/Europe/Paris",
                           "right/UTC",
                           "America",
                           "Etc",
                           "leapseconds",
                           "tzdata.zi",
                           "zone.tab",
                           "Europe/../UTC",
                           "./UTC"})
        QTest::newRow(id[0] ? id : "(empty)") << QString::fromLatin1(id) << false;
}

void TstPreferenceRules::p6_knownTimeZonesAreExactIanaIds()
{
    QFETCH(QString, id);
    QFETCH(bool, known);
    QCOMPARE(PreferenceRules::isKnownTimeZone(id), known);
}

void TstPreferenceRules::p6_timeZoneIdsAreTheZonesAndLinksOfTheDatabase()
{
    const QByteArray source = "# version 2025b\n"
                              "R u 1918 1919 - Mar lastSu 2 1 D\n"
                              "Z America/New_York -4:56:2 - LMT 1883 N 18 17u\n"
                              "-5 u E%sT 1920\n"
                              "Z Etc/UTC 0 - UTC\n"
                              "Z Factory 0 - -00\n"
                              "L America/New_York US/Eastern\n"
                              "L Etc/UTC UTC\n";
    QCOMPARE(SandboxTimeZones::idsInZic(source),
             (QSet<QString>{"America/New_York", "Etc/UTC", "US/Eastern", "UTC"}));
    QVERIFY(SandboxTimeZones::ids().contains(QStringLiteral("America/New_York")));
}

QTEST_GUILESS_MAIN(TstPreferenceRules)
#include "tst_preference_rules.moc"
