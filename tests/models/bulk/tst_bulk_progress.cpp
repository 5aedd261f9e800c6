// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The progress of a bulk change: done of total, the rate over the last seconds and the time left,
// on an injected clock.
#include "models/bulk/BulkProgress.h"

#include <QTest>

using namespace valara;

class TestBulkProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingIsKnownBeforeTheFirstMember()
    {
        qint64 now = 1000;
        BulkProgress progress([&now] { return now; });
        progress.start(100);
        QVERIFY(!progress.ratePerSecond());
        QVERIFY(!progress.millisecondsLeft());
        now += 500;
        progress.update(0);
        QVERIFY(!progress.ratePerSecond()); // time passed, nobody done yet
    }

    void theRateAndTheTimeLeftFollowTheClock()
    {
        qint64 now = 0;
        BulkProgress progress([&now] { return now; });
        progress.start(120);
        now = 2000;
        progress.update(20); // 10 per second
        QCOMPARE(*progress.ratePerSecond(), 10.0);
        QCOMPARE(*progress.millisecondsLeft(), 10'000); // 100 left
        QCOMPARE(progress.done(), 20);
        QCOMPARE(progress.total(), 120);
    }

    void theRateIsThatOfTheLastSeconds()
    {
        qint64 now = 0;
        BulkProgress progress([&now] { return now; });
        progress.start(1000);
        // 30 s at 10 per second, then 10 s at 1 per second (a rate limit): the window sees the
        // slow part only.
        for (int second = 1; second <= 30; ++second) {
            now = second * 1000;
            progress.update(second * 10);
        }
        for (int second = 1; second <= 10; ++second) {
            now = 30'000 + second * 1000;
            progress.update(300 + second);
        }
        QCOMPARE(*progress.ratePerSecond(), 1.0);
        QCOMPARE(*progress.millisecondsLeft(), 690'000);
    }

    void everythingDoneLeavesNoTime()
    {
        qint64 now = 0;
        BulkProgress progress([&now] { return now; });
        progress.start(3);
        now = 300;
        progress.update(3);
        QCOMPARE(*progress.millisecondsLeft(), 0);
        progress.update(7); // never more than the total
        QCOMPARE(progress.done(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBulkProgress)
#include "tst_bulk_progress.moc"
