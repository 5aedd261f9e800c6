// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferencePreview.h"

#include <QTest>

using namespace valara;

namespace {
// 2026-11-22 23:45 UTC: 3:45 PM in Los Angeles, already Nov 23 in Kolkata.
const QDateTime Moment(QDate(2026, 11, 22), QTime(23, 45), Qt::UTC);
const QTimeZone LosAngeles("America/Los_Angeles");
const QTimeZone Kolkata("Asia/Kolkata");
} // namespace

class TestPreferencePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTimeFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("friendly today")
            << "friendly" << Moment << QByteArray("America/Los_Angeles") << "Today at 3:45 PM";
        QTest::newRow("us") << "us" << Moment << QByteArray("America/Los_Angeles")
                            << "11/22/2026 3:45 PM";
        QTest::newRow("uk") << "uk" << Moment << QByteArray("America/Los_Angeles")
                            << "22/11/2026 15:45";
        QTest::newRow("uk in kolkata")
            << "uk" << Moment << QByteArray("Asia/Kolkata") << "23/11/2026 05:15";
        QTest::newRow("friendly yesterday")
            << "friendly" << Moment.addDays(1) << QByteArray("America/Los_Angeles")
            << "Yesterday at 3:45 PM";
        QTest::newRow("friendly tomorrow")
            << "friendly" << Moment.addDays(-1) << QByteArray("America/Los_Angeles")
            << "Tomorrow at 3:45 PM";
        QTest::newRow("friendly earlier")
            << "friendly" << Moment.addDays(5) << QByteArray("America/Los_Angeles")
            << "Sun, Nov 22 at 3:45 PM";
    }
    void dateTimeFormats()
    {
        QFETCH(QString, format);
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, zone);
        QFETCH(QString, expected);
        QCOMPARE(PreferencePreview::dateTime(format, Moment, now, QTimeZone(zone)), expected);
    }

    void areas()
    {
        QCOMPARE(PreferencePreview::area("imperial", 1850), QStringLiteral("1,850 sq ft"));
        QCOMPARE(PreferencePreview::area("metric", 1850), QStringLiteral("172 m²"));
        QCOMPARE(PreferencePreview::area("metric", 12000), QStringLiteral("1,115 m²"));
    }
};

QTEST_GUILESS_MAIN(TestPreferencePreview)
#include "tst_preference_preview.moc"
