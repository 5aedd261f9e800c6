// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times as the app shows them: in the signed-in user's date_time_format and timezone, with day
// names in the interface's language; the default follows what the app sets.
#include "models/i18n/TimeFormat.h"

#include <QTest>

using namespace valara;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFormatInTheUsersZone()
    {
        const QDateTime moment(QDate(2026, 11, 20), QTime(21, 45), Qt::UTC);
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        const QTimeZone denver("America/Denver");
        QCOMPARE(TimeFormat("us", denver).moment(moment, now),
                 QStringLiteral("11/20/2026 2:45 PM"));
        QCOMPARE(TimeFormat("uk", QTimeZone("Europe/London")).moment(moment, now),
                 QStringLiteral("20/11/2026 21:45"));
        QCOMPARE(TimeFormat("friendly", denver).moment(moment, now),
                 QStringLiteral("Fri, Nov 20 at 2:45 PM"));
        QCOMPARE(TimeFormat("friendly", denver, QLocale(QLocale::German)).moment(moment, now),
                 QStringLiteral("Fr., Nov. 20 at 2:45 PM"));
        QCOMPARE(TimeFormat("friendly", denver).moment(now.addSecs(-3600), now),
                 QStringLiteral("Today at 4:00 AM"));
        // An unknown format reads as friendly; an invalid zone as the system's.
        QCOMPARE(TimeFormat("iso", denver).format(), QStringLiteral("friendly"));
        QVERIFY(TimeFormat("us", QTimeZone("Nowhere/Else")).zone().isValid());
    }

    void theTimeOfDayElsewhere()
    {
        const QDateTime moment(QDate(2026, 7, 1), QTime(18, 5), Qt::UTC);
        QCOMPARE(TimeFormat("us", QTimeZone::utc()).timeOfDay(moment, QTimeZone("Asia/Kolkata")),
                 QStringLiteral("11:35 PM"));
        QCOMPARE(TimeFormat("uk", QTimeZone::utc()).timeOfDay(moment, QTimeZone("Asia/Kolkata")),
                 QStringLiteral("23:35"));
    }

    void theDefaultIsWhatTheAppSet()
    {
        TimeFormat::setDefault(TimeFormat("uk", QTimeZone("Europe/Berlin")));
        QCOMPARE(TimeFormat().format(), QStringLiteral("uk"));
        QCOMPARE(TimeFormat().zone().id(), QByteArray("Europe/Berlin"));
        TimeFormat::setDefaultLocale(QLocale(QLocale::French));
        QCOMPARE(TimeFormat().format(), QStringLiteral("uk")); // kept
        QCOMPARE(TimeFormat().zone().id(), QByteArray("Europe/Berlin"));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_time_format.moc"
