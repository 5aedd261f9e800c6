// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The selected user's pages: a line in their place until someone is chosen (which says more
// once signed in), and named tabs.
#include "ui/shell/UserPagesArea.h"

#include "ui/history/HistoryPage.h"

#include <QLabel>
#include <QTabWidget>
#include <QTest>

using namespace valara;

class TestUserPagesArea : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineUntilSomeoneIsChosen()
    {
        UserPagesArea area;
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        auto *line = area.findChild<QLabel *>(QStringLiteral("noUserChosen"));
        QVERIFY(line && line->isVisible());
        QVERIFY(!area.tabs()->isVisible());
        QVERIFY(!area.isUserChosen());
        QVERIFY2(line->text().contains(QLatin1String("signed in")), qPrintable(line->text()));
        area.setSignedIn(true);
        QVERIFY2(line->text().startsWith(QLatin1String("Choose a person")),
                 qPrintable(line->text()));

        area.setUserChosen(true);
        QVERIFY(area.isUserChosen());
        QVERIFY(area.tabs()->isVisible());
        QVERIFY(!line->isVisible());
        area.setUserChosen(false);
        QVERIFY(line->isVisible());
    }

    void theTabsAreNamed()
    {
        UserPagesArea area;
        auto *history = new HistoryPage;
        area.setHistoryPage(history);
        QCOMPARE(area.tabs()->indexOf(history), 0);
        QCOMPARE(area.tabs()->tabText(0), QStringLiteral("History"));
        QCOMPARE(area.tabs()->accessibleName(), QStringLiteral("Selected user"));
    }
};

QTEST_MAIN(TestUserPagesArea)
#include "tst_user_pages_area.moc"
