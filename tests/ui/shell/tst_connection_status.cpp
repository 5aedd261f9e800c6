// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's line: a passing message takes the line's place in the same label (never
// QStatusBar's temporary message, which let the two be drawn over each other), is worded again
// when the language changes, and gives the line back when its time is up; the app's own line
// takes over at once.
#include "ui/shell/ConnectionStatus.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using namespace valara;

class TestConnectionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPassingMessageTakesTheLinesPlace()
    {
        QMainWindow window;
        auto *status = new ConnectionStatus(nullptr, window.statusBar());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *line = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("Not connected"));

        int worded = 0;
        status->showMessage([&worded] { return QStringLiteral("7 users (%1)").arg(++worded); },
                            200);
        QCOMPARE(line->text(), QStringLiteral("7 users (1)"));
        QVERIFY(line->isVisible());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());

        status->retranslateUi(); // a new language: the message is worded again
        QCOMPARE(line->text(), QStringLiteral("7 users (2)"));
        QTRY_COMPARE(line->text(), QStringLiteral("Not connected")); // its time is up
        QVERIFY(line->isVisible());

        // The app's own line (a refused sign-in) does not wait for a passing message.
        status->showMessage([] { return QStringLiteral("Loading failed"); }, 60000);
        QCOMPARE(line->text(), QStringLiteral("Loading failed"));
        status->setText([] { return QStringLiteral("Not signed in"); });
        QCOMPARE(line->text(), QStringLiteral("Not signed in"));
    }
};

QTEST_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
