// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferenceSchema.h"

#include <QTest>

using namespace valara;

// The table against the preferences reference (docs/api-contract.md P1-P7): five fields, their
// allowed values and the documented defaults.
class TestPreferenceSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsMatchThePublishedPage()
    {
        QCOMPARE(PreferenceSchema::keys(), (QStringList{"date_time_format", "timezone", "language",
                                                        "measurement_unit", "theme"}));
        QCOMPARE(PreferenceSchema::field("date_time_format")->allowedValues,
                 (QStringList{"friendly", "us", "uk"}));
        QCOMPARE(PreferenceSchema::field("measurement_unit")->allowedValues,
                 (QStringList{"imperial", "metric"}));
        QCOMPARE(PreferenceSchema::field("theme")->allowedValues,
                 (QStringList{"light", "dark", "system"}));
        QVERIFY(!PreferenceSchema::field("colour"));
    }

    void defaults()
    {
        const QJsonObject expected{{"date_time_format", "friendly"},
                                   {"timezone", "America/New_York"},
                                   {"language", "en-US"},
                                   {"measurement_unit", "imperial"},
                                   {"theme", "system"}};
        QCOMPARE(PreferenceSchema::defaults(), expected);
        for (const auto &field : PreferenceSchema::fields())
            QVERIFY2(PreferenceSchema::problem(field.key, field.defaultValue).isEmpty(),
                     qPrintable(field.key));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("us") << "date_time_format"
                            << "us" << true;
        QTest::newRow("uk") << "date_time_format"
                            << "uk" << true;
        QTest::newRow("iso format") << "date_time_format"
                                    << "iso" << false;
        QTest::newRow("case matters") << "date_time_format"
                                      << "US" << false;
        QTest::newRow("metric") << "measurement_unit"
                                << "metric" << true;
        QTest::newRow("si") << "measurement_unit"
                            << "si" << false;
        QTest::newRow("dark") << "theme"
                              << "dark" << true;
        QTest::newRow("blue theme") << "theme"
                                    << "blue" << false;
        QTest::newRow("kolkata") << "timezone"
                                 << "Asia/Kolkata" << true;
        QTest::newRow("mars") << "timezone"
                              << "Mars/Olympus" << false;
        QTest::newRow("offset") << "timezone"
                                << "UTC+05:30" << false;
        QTest::newRow("pt-BR") << "language"
                               << "pt-BR" << true;
        QTest::newRow("zh-Hant-TW") << "language"
                                    << "zh-Hant-TW" << true;
        QTest::newRow("underscore") << "language"
                                    << "en_US" << false;
        QTest::newRow("empty language") << "language"
                                        << "" << false;
        QTest::newRow("unknown field") << "colour"
                                       << "blue" << false;
    }
    void problems()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QString problem = PreferenceSchema::problem(key, value);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(problem.contains(value) || problem.contains(key), qPrintable(problem));
    }

    void labels()
    {
        for (const auto &field : PreferenceSchema::fields())
            QVERIFY(PreferenceSchema::label(field.key) != field.key);
    }
};

QTEST_GUILESS_MAIN(TestPreferenceSchema)
#include "tst_preference_schema.moc"
