// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A theme chosen on this computer (View > Theme) wins over the account's preference until it is
// cleared; the main window's menu says which is in force.
#include "ui/shell/MainWindow.h"
#include "ui/shell/ThemeController.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace valara;

class TestThemeOverride : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theOverrideWinsUntilCleared()
    {
        ThemeController theme;
        theme.apply(QStringLiteral("dark"));
        QCOMPARE(theme.theme(), QStringLiteral("dark"));
        const QColor dark = QApplication::palette().color(QPalette::Window);

        theme.setOverride(QStringLiteral("light"));
        QCOMPARE(theme.theme(), QStringLiteral("light"));
        theme.apply(QStringLiteral("dark")); // the account's preference arrives again
        QCOMPARE(theme.theme(), QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window) != dark);

        theme.setOverride(QString());
        QCOMPARE(theme.theme(), QStringLiteral("dark"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), dark);
        theme.apply(QStringLiteral("system"));
    }

    void theViewMenuChoosesIt()
    {
        MainWindow window(nullptr, false);
        QSignalSpy chosen(&window, &MainWindow::themeOverrideChosen);
        QAction *dark = nullptr;
        QAction *follow = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isCheckable() && action->data().toString() == QLatin1String("dark"))
                dark = action;
            if (action->isCheckable() && action->text() == QLatin1String("&Follow my preferences"))
                follow = action;
        }
        QVERIFY(dark && follow);
        QVERIFY(follow->isChecked());
        dark->trigger();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("dark"));
        window.setThemeOverride(QStringLiteral("dark"));
        QVERIFY(dark->isChecked() && !follow->isChecked());
    }
};

QTEST_MAIN(TestThemeOverride)
#include "tst_theme_override.moc"
