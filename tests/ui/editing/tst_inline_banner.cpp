// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The banner a window shows its messages in: an action button only while an action is offered,
// a named Close button where the message may be dismissed, and its texts in the current language.
#include "ui/editing/InlineBanner.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace valara;

class TestInlineBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anActionButtonOnlyWhileOneIsOffered()
    {
        InlineBanner banner(InlineBanner::Kind::Error);
        QVERIFY(!banner.findChild<QPushButton *>());
        banner.setActionText(QStringLiteral("Retry"));
        auto *action = banner.findChild<QPushButton *>(QStringLiteral("bannerAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("Retry"));
        QSignalSpy triggered(&banner, &InlineBanner::actionTriggered);
        banner.show();
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        banner.setActionText(QString());
        QVERIFY(!banner.findChild<QPushButton *>());
    }

    void aClosableBannerHasANamedCloseButton()
    {
        InlineBanner banner(InlineBanner::Kind::Information);
        QVERIFY(!banner.findChild<QToolButton *>());
        banner.setClosable(true);
        banner.setText(QStringLiteral("Exported 3 changes."));
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        auto *close = banner.findChild<QToolButton *>(QStringLiteral("bannerClose"));
        QVERIFY(close);
        QCOMPARE(QAccessible::queryAccessibleInterface(close)->text(QAccessible::Name),
                 QStringLiteral("Close"));
        QVERIFY(!close->icon().isNull());
        QSignalSpy closed(&banner, &InlineBanner::closed);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(closed.size(), 1);
        QVERIFY(banner.isHidden());
        banner.setClosable(false);
        QVERIFY(!banner.findChild<QToolButton *>());
    }

    // Most banners are never shown: their icons are looked up in the icon theme (milliseconds
    // each, before a window's first paint) only when they are, and their place is kept.
    void theIconsWaitForTheBannerToBeShown()
    {
        QWidget window;
        auto *banner = new InlineBanner(InlineBanner::Kind::Error, &window);
        banner->setClosable(true);
        banner->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *icon = banner->findChild<QLabel *>(QStringLiteral("bannerIcon"));
        auto *close = banner->findChild<QToolButton *>(QStringLiteral("bannerClose"));
        QVERIFY(icon->pixmap().isNull());
        QVERIFY(close->icon().isNull());
        const int size = banner->style()->pixelMetric(QStyle::PM_SmallIconSize);
        QVERIFY(icon->minimumWidth() >= size);
        banner->setText(QStringLiteral("Could not save."));
        banner->show();
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(!close->icon().isNull());
    }
};

QTEST_MAIN(TestInlineBanner)
#include "tst_inline_banner.moc"
