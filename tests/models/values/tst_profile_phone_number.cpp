// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers as the profile form and the CLI read them: libphonenumber's verdicts, E.164
// output and the region used for numbers without a country code.
#include "models/profile/ProfileSchema.h"
#include "models/values/PhoneNumber.h"

#include <QFile>
#include <QJsonValue>
#include <QLocale>
#include <QTest>

using namespace valara;

using Verdict = PhoneNumber::Verdict;

class TestProfilePhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First: no number has been checked yet in this process.
    void initTestCase();
    void verdicts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("e164");

        // K9's example: possible (a local number), not an assigned one: a warning.
        QTest::newRow("K9 +1-555-0123") << "+1-555-0123"
                                        << "US" << Verdict::Unusual << "+15550123";
        QTest::newRow("us national") << "(650) 253-0000"
                                     << "US" << Verdict::Valid << "+16502530000";
        QTest::newRow("us dotted") << "650.253.0000"
                                   << "US" << Verdict::Valid << "+16502530000";
        QTest::newRow("us e164") << "+16502530000"
                                 << "DE" << Verdict::Valid << "+16502530000";
        QTest::newRow("us toll free") << "1-800-555-1212"
                                      << "US" << Verdict::Valid << "+18005551212";
        QTest::newRow("fixture") << "+1 415 555 0101"
                                 << "US" << Verdict::Valid << "+14155550101";
        QTest::newRow("london") << "+44 20 7946 0958"
                                << "US" << Verdict::Valid << "+442079460958";
        QTest::newRow("uk national in GB") << "020 7946 0958"
                                           << "GB" << Verdict::Valid << "+442079460958";
        QTest::newRow("paris") << "+33 1 42 68 53 00"
                               << "US" << Verdict::Valid << "+33142685300";
        QTest::newRow("berlin national in DE") << "030 901820"
                                               << "DE" << Verdict::Valid << "+4930901820";
        QTest::newRow("mumbai mobile") << "+91 98765 43210"
                                       << "US" << Verdict::Valid << "+919876543210";
        QTest::newRow("sao paulo mobile") << "+55 11 91234-5678"
                                          << "US" << Verdict::Valid << "+5511912345678";
        QTest::newRow("us unassigned area code") << "+1 123 456 7890"
                                                 << "US" << Verdict::Unusual << "+11234567890";
        QTest::newRow("garbage") << "call me maybe"
                                 << "US" << Verdict::Impossible << "";
        QTest::newRow("empty") << ""
                               << "US" << Verdict::Impossible << "";
        QTest::newRow("too short") << "12"
                                   << "US" << Verdict::Impossible << "";
        QTest::newRow("too long") << "+49 30 123456789012345"
                                  << "US" << Verdict::Impossible << "";
        // Valid for Germany's plan, but 17 digits: more than E.164 allows.
        QTest::newRow("beyond e164") << "+49 30 1234567890123"
                                     << "US" << Verdict::Impossible << "";
        QTest::newRow("15 digits") << "+43 1 234567890123"
                                   << "US" << Verdict::Valid << "+431234567890123";
        QTest::newRow("no such country") << "+999 123 4567"
                                         << "US" << Verdict::Impossible << "";
        QTest::newRow("bare plus") << "+1"
                                   << "US" << Verdict::Impossible << "";
    }
    void verdicts()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(Verdict, verdict);
        QFETCH(QString, e164);
        const PhoneNumber::Check check = PhoneNumber::check(text, region, QStringLiteral("Phone"));
        QCOMPARE(check.verdict, verdict);
        QCOMPARE(check.e164, e164);
        QCOMPARE(check.message.isEmpty(), verdict == Verdict::Valid);
        if (!check.message.isEmpty())
            QVERIFY2(check.message.startsWith(QLatin1String("Phone ")), qPrintable(check.message));
    }

    void regionComesFromTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("region");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "US";
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "GB";
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "DE";
        QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << "BR";
        QTest::newRow("C falls back to US") << QLocale::c() << "US";
    }
    void regionComesFromTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, region);
        QCOMPARE(PhoneNumber::regionFor(locale), region);
    }

    // A region without a numbering plan (Antarctica has none of its own) reads national numbers
    // as American ones, as the fallback says.
    void aRegionWithoutPlanReadsNumbersAsTheFallbacks()
    {
        const PhoneNumber::Check check = PhoneNumber::check(
            QStringLiteral("(650) 253-0000"), QStringLiteral("AQ"), QStringLiteral("Phone"));
        QCOMPARE(check.e164, QStringLiteral("+16502530000"));
        QVERIFY(check.message.isEmpty());
    }

    // The schema refuses what libphonenumber deems impossible, warns about the unusual, and
    // sends E.164.
    void theSchemaUsesIt()
    {
        const ProfileSchema::Field *phone = ProfileSchema::find(QStringLiteral("cellPhone"));
        QVERIFY(phone);
        QVERIFY(ProfileSchema::problem(*phone, QJsonValue("+1-555-0123")).isEmpty());
        QVERIFY(!ProfileSchema::warning(*phone, QJsonValue("+1-555-0123")).isEmpty());
        QCOMPARE(ProfileSchema::normalised(*phone, QJsonValue("+1-555-0123")),
                 QJsonValue("+15550123"));
        QVERIFY(ProfileSchema::warning(*phone, QJsonValue("(650) 253-0000")).isEmpty());
        QCOMPARE(ProfileSchema::normalised(*phone, QJsonValue(" (650) 253-0000 ")),
                 QJsonValue("+16502530000"));
        QVERIFY(!ProfileSchema::problem(*phone, QJsonValue("call me")).isEmpty());
        QVERIFY(ProfileSchema::warning(*phone, QJsonValue("call me")).isEmpty());
        QCOMPARE(ProfileSchema::normalised(*phone, QJsonValue("call me")), QJsonValue("call me"));
        // A national number follows the region it is read in.
        QCOMPARE(ProfileSchema::normalised(*phone, QJsonValue("020 7946 0958"), "GB"),
                 QJsonValue("+442079460958"));
        QVERIFY(!ProfileSchema::problem(*phone, QJsonValue("020 7946 0958"), "US").isEmpty() ||
                !ProfileSchema::warning(*phone, QJsonValue("020 7946 0958"), "US").isEmpty());
        // Clearing.
        QVERIFY(ProfileSchema::problem(*phone, QJsonValue("")).isEmpty());
        QCOMPARE(ProfileSchema::normalised(*phone, QJsonValue("  ")), QJsonValue());
    }
};

// libphonenumber is in a module of its own, mapped when the first number is checked and not
// before (Linux: the process's own map of its memory says what is loaded).
void TestProfilePhoneNumber::initTestCase()
{
#if defined(Q_OS_LINUX)
    const auto mapped = [] {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libphonenumber");
    };
    QVERIFY(!mapped());
    QCOMPARE(PhoneNumber::regionFor(QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("DE"));
    QVERIFY(!mapped());
    QCOMPARE(PhoneNumber::check(QStringLiteral("+1 650 253 0000"), QStringLiteral("US"),
                                QStringLiteral("Phone"))
                 .e164,
             QStringLiteral("+16502530000"));
    QVERIFY(mapped());
#endif
}

QTEST_GUILESS_MAIN(TestProfilePhoneNumber)
#include "tst_profile_phone_number.moc"
