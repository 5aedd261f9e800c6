// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app (AppSession) against the real sandbox, driven by the keyboard alone: key events
// to the focused widget, as a person without a mouse types them. A broker changes the time zone of
// two team members in one bulk change, saves their own units, and reverts that change on the
// History page.
#include "AppTestDirs.h"
#include "SandboxHarness.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/people/UserListModel.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkRunPanel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

namespace {

QString focusName()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QStringLiteral("(nothing)");
}

// Keys go where the keyboard is: the focused widget, or the active window.
QWidget *keyboardTarget()
{
    QWidget *focus = QApplication::focusWidget();
    return focus ? focus : QApplication::activeWindow();
}

void key(QKeyCombination combination)
{
    QTest::keyClick(keyboardTarget(), combination.key(), combination.keyboardModifiers());
}

void type(const QString &text)
{
    QTest::keyClicks(keyboardTarget(), text);
}

} // namespace

class TestAppKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dirs.setUp()); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        AppOptions options;
        QCOMPARE(options.parse({"valara-desk", "--base-url", m_sandbox->url("/").toString()},
                               "key-broker-b1"),
                 AppOptions::Outcome::Run);
        m_session = std::make_unique<AppSession>(options);
        QString error;
        QVERIFY2(m_session->start(&error), qPrintable(error));
        MainWindow *window = m_session->window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("b1"), 10000);
    }
    void cleanup()
    {
        m_session.reset();
        m_sandbox.reset();
    }

    void bulkChangeForTwoTeamMembers()
    {
        MainWindow *window = m_session->window();
        key(Qt::CTRL | Qt::Key_3); // Go > People: the team
        QCOMPARE(window->currentPage(), NavigationList::People);
        QTRY_COMPARE_WITH_TIMEOUT(window->userModel()->rowCount(), 2, 10000); // g1, g2
        QCOMPARE(focusName(), QStringLiteral("userTable"));
        key(Qt::Key_Home);
        key(Qt::Key_Space); // checks the first member
        key(Qt::Key_Down);
        key(Qt::Key_Space);
        auto *count = window->findChild<QLabel *>(QStringLiteral("selectionCount"));
        QCOMPARE(count->text(), QStringLiteral("2 selected"));

        key(Qt::ALT | Qt::Key_P); // Change &preferences for 2 people…
        BulkChangeDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<BulkChangeDialog *>()), 10000);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(focusName(), QStringLiteral("dateTimeFormatChoice")); // the first field
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("timezoneInclude"));
        key(Qt::Key_Space);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("timezoneInclude"))->isChecked());
        key(Qt::Key_Tab);
        QCOMPARE(focusName(), QStringLiteral("timeZoneSearch"));
        type(QStringLiteral("Denver"));
        key(Qt::Key_Down); // onto the first match
        key(Qt::Key_Return);

        key(Qt::ALT | Qt::Key_P); // &Preview…
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkApplyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 10000);
        QCOMPARE(apply->text(), QStringLiteral("&Apply to 2 people"));
        QTRY_COMPARE(focusName(), QStringLiteral("bulkApplyButton"));
        key(Qt::Key_Return); // the default button
        auto *results = qobject_cast<BulkResultsModel *>(
            dialog->findChild<QTableView *>(QStringLiteral("bulkResultsTable"))->model());
        QTRY_COMPARE_WITH_TIMEOUT(results->count(BulkMember::Outcome::Applied), 2, 20000);
        QTRY_VERIFY(dialog->runPanel()->summaryText().contains(QLatin1String("2 applied")));
        QCOMPARE(timezone("g1"), QStringLiteral("America/Denver"));
        QCOMPARE(timezone("g2"), QStringLiteral("America/Denver"));

        key(Qt::Key_Escape); // closes once done
        QTRY_VERIFY(!window->findChild<BulkChangeDialog *>());
    }

    void preferencesSavedAndRevertedOnTheHistoryPage()
    {
        MainWindow *window = m_session->window();
        key(Qt::CTRL | Qt::Key_2); // Go > My preferences
        QCOMPARE(window->currentPage(), NavigationList::MyPreferences);
        auto *status = window->findChild<QLabel *>(QStringLiteral("preferencesStatus"));
        auto *units = window->findChild<QWidget *>(QStringLiteral("unitsChoice"));
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QLatin1String("Loading")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(units->isEnabled(), 10000);
        key(Qt::ALT | Qt::Key_U); // &Units:
        QCOMPARE(focusName(), QStringLiteral("unitsChoice"));
        key(Qt::Key_Down); // imperial, the service's default, to metric
        QTRY_VERIFY(window->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        key(Qt::CTRL | Qt::Key_S);
        QTRY_COMPARE_WITH_TIMEOUT(unitsOf("b1"), QStringLiteral("metric"), 10000);

        key(Qt::CTRL | Qt::Key_4); // Go > History
        QCOMPARE(window->currentPage(), NavigationList::History);
        QCOMPARE(focusName(), QStringLiteral("historyTable"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("historyTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        key(Qt::Key_Home); // the newest change
        auto *revert = window->findChild<QPushButton *>(QStringLiteral("historyRevert"));
        QTRY_VERIFY(revert->isEnabled());
        key(Qt::ALT | Qt::Key_R); // &Revert…
        auto *banner = window->findChild<InlineBanner *>(QStringLiteral("historyBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().startsWith(QLatin1String("Reverted")), 10000);
        QCOMPARE(unitsOf("b1"), QStringLiteral("imperial"));
    }

private:
    QString timezone(const QString &user)
    {
        return m_sandbox->storedPreferences(user).value(QStringLiteral("timezone")).toString();
    }
    QString unitsOf(const QString &user)
    {
        return m_sandbox->storedPreferences(user)
            .value(QStringLiteral("measurement_unit"))
            .toString();
    }

    AppTestDirs m_dirs;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<AppSession> m_session;
};

QTEST_MAIN(TestAppKeyboard)
#include "tst_app_keyboard.moc"
