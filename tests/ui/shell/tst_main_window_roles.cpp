// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Navigation by role against the real sandbox: what the signed-in user may reach is known from
// GET /api/v1/users/me. Agents see only themselves; managers their team (preferences editable,
// profiles read-only); admins everyone, searchable.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "models/caller/CallerLookup.h"
#include "models/people/UserListModel.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/history/HistoryPage.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestMainWindowRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_profileEditor.reset();
        m_profiles.reset();
        m_preferencesEditor.reset();
        m_preferences.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void anAgentSeesOnlyThemselves()
    {
        QVERIFY(signIn("key-agent-g1"));
        NavigationList *navigation = m_window->navigation();
        QVERIFY(navigation->isVisible());
        QVERIFY(!navigation->isAllowed(NavigationList::People));
        QVERIFY(!navigation->item(2)->toolTip().isEmpty()); // says why
        QVERIFY(!m_window->showPage(NavigationList::People));
        QCOMPARE(m_window->currentPage(), NavigationList::MyPreferences);
        QCOMPARE(m_window->preferencesPage()->userId(), QStringLiteral("g1"));
        QVERIFY(!m_window->findChild<QTableView *>("userTable")->isVisible());

        QVERIFY(m_window->showPage(NavigationList::MyProfile));
        QCOMPARE(tabs()->currentWidget(), static_cast<QWidget *>(m_window->profilePage()));
        QCOMPARE(m_window->profilePage()->userId(), QStringLiteral("g1"));
    }

    void aBrokerSeesTheTeamWithReadOnlyProfiles()
    {
        QVERIFY(signIn("key-broker-b1"));
        QVERIFY(m_window->navigation()->isAllowed(NavigationList::People));
        QCOMPARE(m_window->navigation()->item(2)->text(), QStringLiteral("Team"));
        QVERIFY(m_window->showPage(NavigationList::People));
        QVERIFY(!m_window->findChild<QLineEdit *>("peopleSearch")->isVisible());
        QTRY_VERIFY(!m_window->isLoading());
        // The team's members, not the broker (who has My profile and My preferences).
        QCOMPARE(userIds(), (QStringList{"g1", "g2"}));
        select("g2");
        QTRY_COMPARE(m_window->preferencesPage()->userId(), QStringLiteral("g2"));
        QVERIFY(m_profiles->profileLockReason(m_profiles->rowOf("g2")).isEmpty() == false);
    }

    void anAdminSearchesEveryone()
    {
        QVERIFY(signIn("key-admin-a1"));
        QCOMPARE(m_window->navigation()->item(2)->text(), QStringLiteral("All users"));
        QVERIFY(m_window->showPage(NavigationList::People));
        auto *search = m_window->findChild<QLineEdit *>("peopleSearch");
        QVERIFY(search->isVisible());
        QTRY_VERIFY(!m_window->isLoading());
        QVERIFY(userIds().size() >= 5);
        search->setFocus();
        QTest::keyClicks(search, "gina"); // sent as q: the service searches every user
        QTRY_COMPARE(userIds(), QStringList{"g1"});
    }

    // History is a place for every role; the selected user's History tab follows the selection.
    void historyIsAPlaceForEveryRoleAndATabPerUser()
    {
        QVERIFY(signIn("key-agent-g1"));
        QVERIFY(m_window->navigation()->isAllowed(NavigationList::History));
        QCOMPARE(m_window->userHistoryPage()->userId(), QStringLiteral("g1"));
        QVERIFY(tabs()->indexOf(m_window->userHistoryPage()) >= 0);
        QVERIFY(m_window->showPage(NavigationList::History));
        QVERIFY(m_window->historyPage()->isVisible());
        QVERIFY(!tabs()->isVisible());
        QVERIFY(m_window->historyPage()->userId().isEmpty()); // everyone's changes
        QVERIFY(m_window->showPage(NavigationList::MyProfile));
        QVERIFY(!m_window->historyPage()->isVisible());
        QVERIFY(tabs()->isVisible());

        cleanup();
        QVERIFY(signIn("key-broker-b1"));
        QVERIFY(m_window->showPage(NavigationList::People));
        QTRY_VERIFY(!m_window->isLoading());
        select("g2");
        QTRY_COMPARE(m_window->userHistoryPage()->userId(), QStringLiteral("g2"));
        QVERIFY(m_window->showPage(NavigationList::History));
        QVERIFY(!m_window->findChild<QTableView *>("userTable")->isVisible());
        QVERIFY(m_window->showPage(NavigationList::People));
        QVERIFY(m_window->findChild<QTableView *>("userTable")->isVisible());
        QVERIFY(!m_window->historyPage()->isVisible());
    }

    void theDemoSwitcherListsPeople()
    {
        QVERIFY(signIn("key-admin-a1"));
        AccountSwitcher *switcher = m_window->accountSwitcher();
        switcher->setAccounts({{"a1", "Alice — admin"}, {"g1", "Gina — agent"}}, "a1", true);
        QSignalSpy asked(switcher, &AccountSwitcher::switchRequested);
        QSignalSpy add(switcher, &AccountSwitcher::addRequested);
        Q_EMIT switcher->activated(1);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("g1"));
        QCOMPARE(switcher->currentId(), QStringLiteral("a1")); // until the window has switched
        Q_EMIT switcher->activated(switcher->findText(QStringLiteral("Add account…")));
        QCOMPARE(add.size(), 1);
    }

private:
    bool signIn(const QByteArray &key)
    {
        qRegisterMetaType<SandboxExchange>();
        m_sandbox = std::make_unique<SandboxHarness>();
        if (!m_sandbox->isReady())
            return false;
        m_client = makeTestClient(*m_sandbox, &m_network, key);
        m_window = std::make_unique<MainWindow>(m_client.get(), false);
        m_preferences = std::make_unique<PreferencesModel>();
        m_preferencesEditor =
            std::make_unique<PreferencesEditor>(m_client.get(), m_preferences.get());
        m_window->setPreferencesPage(
            new PreferencesPage(m_preferencesEditor.get(), nullptr, QString()));
        m_profiles = std::make_unique<ProfileModel>();
        m_profileEditor = std::make_unique<ProfileEditor>(m_client.get(), m_profiles.get());
        m_window->setProfilePage(new ProfilePage(m_profileEditor.get(), nullptr));
        m_window->setHistoryPages(new HistoryPage, new HistoryPage);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        CallerLookup lookup(m_client.get());
        QSignalSpy done(&lookup, &CallerLookup::finished);
        lookup.start();
        if (!done.wait(5000) || !lookup.caller().isValid())
            return false;
        m_profiles->setCaller(lookup.caller());
        m_window->setCaller(lookup.caller());
        return true;
    }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>("userPages"); }
    QStringList userIds() const
    {
        QStringList ids;
        for (int row = 0; row < m_window->userModel()->rowCount(); ++row)
            ids << m_window->userModel()->index(row, 0).data(UserListModel::UserIdRole).toString();
        ids.sort();
        return ids;
    }
    void select(const QString &id)
    {
        auto *table = m_window->findChild<QTableView *>("userTable");
        for (int row = 0; row < m_window->userModel()->rowCount(); ++row) {
            const QModelIndex index = m_window->userModel()->index(row, 0);
            if (index.data(UserListModel::UserIdRole).toString() == id)
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferencesModel> m_preferences;
    std::unique_ptr<PreferencesEditor> m_preferencesEditor;
    std::unique_ptr<ProfileModel> m_profiles;
    std::unique_ptr<ProfileEditor> m_profileEditor;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindowRoles)
#include "tst_main_window_roles.moc"
