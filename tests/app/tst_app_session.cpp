// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app as valara-desk builds it (AppSession), without dialogs: --demo signs in as the
// demo's administrator and switches to each role; --base-url with an API key signs in directly;
// nothing written to disk holds the key.
#include "AppSessionStart.h"
#include "SandboxHarness.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "models/accounts/Account.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalHistoryModel.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"

#include <QAccessible>
#include <QDirIterator>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestAppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY(m_data.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    }

    // The demo's sandbox starts on its own thread: the window is there at once and says it is
    // connecting; the sign-in follows through the event loop once the sandbox listens.
    void theDemoWindowComesFirstAndConnects()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MainWindow *window = session.window();
        QVERIFY(window && window->isVisible());
        auto *state = window->findChild<QLabel *>(QStringLiteral("connectionState"));
        QVERIFY(state);
        QCOMPARE(state->text(), QStringLiteral("Connecting…"));
        QVERIFY(window->callerId().isEmpty());
        // The pages (hidden until someone is chosen) are built after the first paint (see
        // ui_FirstPaintGate), and the sign-in is applied after them.
        QVERIFY(!window->preferencesPage() && !window->profilePage());
        QTRY_VERIFY_WITH_TIMEOUT(window->preferencesPage(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-maya-thompson"), 10000);
        QVERIFY(state->text() != QStringLiteral("Connecting…"));
        QVERIFY(window->profilePage() && window->userHistoryPage());
    }

    void demoSignsInAndSwitchesRoles()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MainWindow *window = session.window();
        QVERIFY(window->windowTitle().startsWith(QLatin1String("Valara Desk")));
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-maya-thompson"), 10000);
        QCOMPARE(window->navigation()->item(2)->text(), QStringLiteral("All users"));

        AccountSwitcher *switcher = window->accountSwitcher();
        const int daniel = switcher->findData(QStringLiteral("usr-daniel-reyes"));
        QVERIFY(daniel >= 0);
        Q_EMIT switcher->activated(daniel);
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-daniel-reyes"), 10000);
        QCOMPARE(switcher->currentId(), QStringLiteral("usr-daniel-reyes"));
        QCOMPARE(window->navigation()->item(2)->text(), QStringLiteral("Team"));

        const int grace = switcher->findData(QStringLiteral("usr-grace-kim"));
        Q_EMIT switcher->activated(grace);
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-grace-kim"), 10000);
        QVERIFY(!window->navigation()->isAllowed(NavigationList::People));
    }

    // As a screen reader does: the "Team" place activated through its accessible action.
    void theTeamOpensThroughItsAccessibleAction()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MainWindow *window = session.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-maya-thompson"), 10000);
        AccountSwitcher *switcher = window->accountSwitcher();
        Q_EMIT switcher->activated(switcher->findData(QStringLiteral("usr-daniel-reyes")));
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("usr-daniel-reyes"), 10000);
        QCOMPARE(window->currentPage(), NavigationList::MyPreferences);

        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(window->navigation());
        QVERIFY(list);
        QAccessibleInterface *team = nullptr;
        for (int i = 0; i < list->childCount(); ++i) {
            if (list->child(i)->text(QAccessible::Name) == QLatin1String("Team"))
                team = list->child(i);
        }
        QVERIFY(team && team->actionInterface());
        const QStringList actions = team->actionInterface()->actionNames();
        QVERIFY(!actions.isEmpty());
        team->actionInterface()->doAction(actions.constFirst());
        QCOMPARE(window->currentPage(), NavigationList::People);
        auto *people = window->findChild<QTableView *>(QStringLiteral("userTable"));
        QVERIFY(people && people->isVisible());
        QCOMPARE(window->navigation()->currentPage(), NavigationList::People);
    }

    void demoMeApiOpensTheMeWindow()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo", "--me-api"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        QVERIFY(!session.window());
        MeApiWindow *window = session.meWindow();
        QVERIFY(window);
        QVERIFY(window->windowTitle().startsWith(QLatin1String("Valara Desk")));
        auto *user = window->findChild<QWidget *>(QStringLiteral("meUserId"));
        QVERIFY(user);
        QTRY_COMPARE_WITH_TIMEOUT(user->property("text").toString(),
                                  QStringLiteral("usr-maya-thompson"), 10000);
    }

    void baseUrlAndApiKeySignInWithoutADialog()
    {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.error()));
        const QByteArray key = "key-broker-b1";
        AppOptions options;
        QCOMPARE(options.parse({"valara-desk", "--base-url", sandbox.url("/").toString()}, key),
                 AppOptions::Outcome::Run);
        {
            AppSession session(options);
            QString error;
            QVERIFY2(session.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(session.window()->callerId(), QStringLiteral("b1"), 10000);
            QVERIFY(!QApplication::activeModalWidget()); // no dialog
            QVERIFY(session.window()->showPage(NavigationList::People));
        } // the session saves the window's layout and last page

        // Settings were written, and none of it holds the key.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("session/lastPage")).toString(),
                 NavigationList::People);
        int files = 0;
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);

        // The next start opens on the page it was left on.
        AppSession session(options);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.window()->callerId(), QStringLiteral("b1"), 10000);
        QCOMPARE(session.window()->currentPage(), NavigationList::People);
        QCOMPARE(session.window()->navigation()->currentPage(), NavigationList::People);
    }

    void theSignedInAccountHasItsJournal()
    {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.error()));
        AppOptions options;
        QCOMPARE(options.parse({"valara-desk", "--base-url", sandbox.url("/").toString()},
                               "key-agent-g1"),
                 AppOptions::Outcome::Run);
        Account account;
        account.kind = Account::Kind::Valara;
        account.baseUrl = sandbox.url("/");
        account.userId = QStringLiteral("g1");
        const QString path = ChangeJournal::defaultPath(account.id());
        QVERIFY(path.startsWith(m_data.path()));
        QVERIFY(!QFile::exists(path));

        QSettings().setValue(QStringLiteral("journal/enabled"), false);
        {
            AppSession session(options);
            QString error;
            QVERIFY2(session.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(session.window()->callerId(), QStringLiteral("g1"), 10000);
            // The History says why it is empty.
            HistoryPage *history = session.window()->historyPage();
            QVERIFY(!history->model()->journal());
            QVERIFY(history->findChild<QLabel *>(QStringLiteral("historyUnavailable"))
                        ->text()
                        .contains(QLatin1String("journal/enabled")));
        }
        QVERIFY(!QFile::exists(path)); // turned off: nothing is written

        QSettings().remove(QStringLiteral("journal/enabled"));
        {
            AppSession session(options);
            QString error;
            QVERIFY2(session.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(session.window()->callerId(), QStringLiteral("g1"), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 5000);
            // Both History pages list this journal.
            QVERIFY(session.window()->historyPage()->model()->journal());
            QCOMPARE(session.window()->userHistoryPage()->model()->journal(),
                     session.window()->historyPage()->model()->journal());
        }
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("key-agent-g1"));
        file.close();

        // A damaged journal is set aside, and the window says so.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'x'));
        file.close();
        AppSession session(options);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        auto *notice = session.window()->findChild<InlineBanner *>(QStringLiteral("noticeBanner"));
        QVERIFY(notice);
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisibleTo(session.window()), 10000);
        QVERIFY2(notice->text().contains(QLatin1String("set aside")), qPrintable(notice->text()));
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestAppSession)
#include "tst_app_session.moc"
