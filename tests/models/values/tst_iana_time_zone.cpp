// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/IanaTimeZone.h"

#include <QTest>

using namespace valara;

class TestIanaTimeZone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void known_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("known");
        for (const char *id : {"America/New_York", "Asia/Kolkata", "Europe/Kyiv", "UTC",
                               "America/Argentina/Buenos_Aires", "Etc/UTC", "US/Eastern",
                               "Asia/Calcutta", "Etc/GMT+5", "Australia/Lord_Howe"})
            QTest::newRow(id) << QString::fromLatin1(id) << true;
        for (const char *id :
             {"", "Mars/Olympus", "america/new_york", "utc", "UTC+05:00", "UTC-7", "EST5", "ABC+3",
              "posixrules", "Factory", "right/UTC", "posix/Europe/Paris", "../etc/passwd",
              "/etc/localtime", "America/New_York ", "zone.tab", "leapseconds", "Europe/"})
            QTest::newRow(id[0] ? id : "empty") << QString::fromLatin1(id) << false;
    }
    void known()
    {
        QFETCH(QString, id);
        QFETCH(bool, known);
        QCOMPARE(IanaTimeZone::isKnown(id), known);
    }
};

QTEST_GUILESS_MAIN(TestIanaTimeZone)
#include "tst_iana_time_zone.moc"
