// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile/ProfileSchema.h"

#include <QJsonValue>
#include <QSet>
#include <QTest>

using namespace valara;

class TestProfileSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldOfThePublishedPage()
    {
        // The service's groups, and its example's camelCase names (docs/api-contract.md U1).
        for (const char *key :
             {"name",         "first_name",     "last_name", "phone",          "avatar_url",
              "display_name", "display_email",  "title",     "tagline",        "brokerage_name",
              "office_name",  "license_number", "bio",       "city",           "state",
              "email",        "role",           "is_active", "email_verified", "account_status"})
            QVERIFY2(ProfileSchema::find(QString::fromLatin1(key)), key);
        QCOMPARE(ProfileSchema::find("displayName")->key, QStringLiteral("display_name"));
        QCOMPARE(ProfileSchema::find("cellPhone")->key, QStringLiteral("cell_phone"));
        QVERIFY(!ProfileSchema::find("id"));
        QVERIFY(!ProfileSchema::find("favourite_colour"));
        for (const char *key : {"email", "role", "is_active", "email_verified", "account_status"})
            QVERIFY2(ProfileSchema::find(QString::fromLatin1(key))->adminOnly, key);
        QVERIFY(!ProfileSchema::find("title")->adminOnly);
    }

    void keysAndLabelsAreUnique()
    {
        QSet<QString> keys, labels;
        for (const auto &field : ProfileSchema::fields()) {
            QVERIFY2(!keys.contains(field.key), qPrintable(field.key));
            keys.insert(field.key);
            const QString label = ProfileSchema::label(field.key);
            QVERIFY2(label != field.key && !labels.contains(label), qPrintable(label));
            labels.insert(label);
        }
    }

    void problems_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("title") << "title" << QJsonValue("Senior Real Estate Agent") << true;
        QTest::newRow("clear title") << "title" << QJsonValue() << true;
        QTest::newRow("empty title") << "title" << QJsonValue("") << true;
        QTest::newRow("empty name") << "name" << QJsonValue("  ") << false;
        QTest::newRow("null name") << "name" << QJsonValue() << false;
        QTest::newRow("number") << "title" << QJsonValue(42) << false;
        QTest::newRow("too long") << "title" << QJsonValue(QString(101, u'x')) << false;
        QTest::newRow("longest") << "title" << QJsonValue(QString(100, u'x')) << true;
        QTest::newRow("control") << "title" << QJsonValue("a\u0007b") << false;
        QTest::newRow("newline in title") << "title" << QJsonValue("a\nb") << false;
        QTest::newRow("newline in bio") << "bio" << QJsonValue("a\nb\tc") << true;
        QTest::newRow("https") << "website_url" << QJsonValue("https://x.example/a") << true;
        QTest::newRow("http") << "website_url" << QJsonValue("http://x.example") << false;
        QTest::newRow("no host") << "avatar_url" << QJsonValue("https://") << false;
        QTest::newRow("javascript") << "x_url" << QJsonValue("javascript:alert(1)") << false;
        QTest::newRow("email") << "display_email" << QJsonValue("jo@brokerage.com") << true;
        QTest::newRow("bad email") << "display_email" << QJsonValue("jo@") << false;
        QTest::newRow("date") << "license_expiration" << QJsonValue("2027-02-28") << true;
        QTest::newRow("bad date") << "license_expiration" << QJsonValue("2027-02-30") << false;
        QTest::newRow("us date") << "license_expiration" << QJsonValue("02/28/2027") << false;
        QTest::newRow("role") << "role" << QJsonValue("broker") << true;
        QTest::newRow("bad role") << "role" << QJsonValue("owner") << false;
        QTest::newRow("status") << "account_status" << QJsonValue("suspended") << true;
        QTest::newRow("bool") << "is_active" << QJsonValue(false) << true;
        QTest::newRow("bool as text") << "is_active" << QJsonValue("false") << false;
        QTest::newRow("seed phone") << "cell_phone" << QJsonValue("+1-555-0123") << true;
        QTest::newRow("garbage phone") << "phone" << QJsonValue("garbage") << false;
        QTest::newRow("short phone") << "phone" << QJsonValue("555") << false;
        QTest::newRow("state code") << "state" << QJsonValue("TX") << true;
        QTest::newRow("state name") << "license_state" << QJsonValue("texas") << true;
        QTest::newRow("territory") << "license_state" << QJsonValue("PR") << true;
        QTest::newRow("not a us state") << "state" << QJsonValue("Ontario") << false;
        QTest::newRow("no such code") << "license_state" << QJsonValue("ZZ") << false;
        QTest::newRow("clear state") << "state" << QJsonValue() << true;
    }
    void problems()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        const ProfileSchema::Field *field = ProfileSchema::find(key);
        QVERIFY(field);
        const QString problem = ProfileSchema::problem(*field, value);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
        if (!accepted) // the message names the field by its visible label
            QVERIFY2(problem.contains(ProfileSchema::label(key)), qPrintable(problem));
    }

    void normalisedIsWhatIsSent_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QJsonValue>("sent");
        QTest::newRow("trimmed") << "title" << QJsonValue("  Broker ") << QJsonValue("Broker");
        QTest::newRow("empty clears") << "title" << QJsonValue("") << QJsonValue();
        QTest::newRow("blank clears") << "city" << QJsonValue("   ") << QJsonValue();
        QTest::newRow("bio kept as typed") << "bio" << QJsonValue(" a\n") << QJsonValue(" a\n");
        QTest::newRow("state name") << "state" << QJsonValue("new york") << QJsonValue("NY");
        QTest::newRow("state code case") << "license_state" << QJsonValue("tx") << QJsonValue("TX");
        QTest::newRow("phone") << "phone" << QJsonValue("(512) 555-0100")
                               << QJsonValue("+15125550100");
        QTest::newRow("refused stays") << "state" << QJsonValue("Ontario") << QJsonValue("Ontario");
        QTest::newRow("bool") << "is_active" << QJsonValue(false) << QJsonValue(false);
    }
    void normalisedIsWhatIsSent()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QJsonValue, sent);
        QCOMPARE(ProfileSchema::normalised(*ProfileSchema::find(key), value), sent);
    }
};

QTEST_GUILESS_MAIN(TestProfileSchema)
#include "tst_profile_schema.moc"
