// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people list as a user drives it, against the real sandbox with a generated brokerage:
// check boxes by click and Space, the selection's buttons by object name and the ids they
// report, every match read before a change for many people, the search as typed, and the note
// for a service that does not sort or filter.
#include "CountingNetworkAccessManager.h"
#include "PlainUserListServer.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "TestCaller.h"
#include "models/people/MatchSelector.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleSelection.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/store/SandboxStore.h"
#include "ui/people/PeopleView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestPeopleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY(m_sandbox.isReady());
        if (m_sandbox.server().store().userById(QStringLiteral("u000001")) == std::nullopt)
            QVERIFY(m_sandbox.server().generateUsers(450, 1, &error));
        m_sandbox.server().faults().setLatencyMs(0);
        m_client = makeTestClient(m_sandbox, &m_network, "key-admin-a1");
        m_directory = std::make_unique<UserDirectory>(m_client.get());
        m_view = std::make_unique<PeopleView>(m_directory.get());
        m_view->resize(900, 700);
        m_view->setCaller(testCaller(QStringLiteral("a1"), QStringLiteral("admin")));
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_network.urls.clear();
        m_view->reload();
        QTRY_VERIFY(m_view->table()->model()->rowCount() >= 199);
    }
    void cleanup()
    {
        m_view.reset();
        m_directory.reset();
        m_client.reset();
    }

    void checkBoxesByClickAndSpaceThenAChangeForThosePeople()
    {
        QAbstractItemModelTester tester(m_view->table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = m_view->table();
        auto *count = m_view->findChild<QLabel *>(QStringLiteral("selectionCount"));
        auto *preferences = button("bulkPreferencesButton");
        auto *profiles = button("bulkProfileButton");
        QVERIFY(!preferences->isEnabled());
        QVERIFY(profiles->isVisible()); // an admin
        QCOMPARE(count->text(), QStringLiteral("0 selected"));

        // A click on the first row's check box.
        const QModelIndex first = table->model()->index(0, UserListModel::NameColumn);
        const QRect cell = table->visualRect(first);
        const int indicator = table->style()->pixelMetric(QStyle::PM_IndicatorWidth);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          QPoint(cell.left() + 3 + indicator / 2, cell.center().y()));
        QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        // Space on the third row, from its Role cell.
        const QModelIndex third = table->model()->index(2, UserListModel::RoleColumn);
        table->setFocus();
        table->setCurrentIndex(third);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(third.siblingAtColumn(0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Checked);
        QCOMPARE(count->text(), QStringLiteral("2 selected"));
        QVERIFY(preferences->isEnabled());
        QCOMPARE(preferences->text(), QStringLiteral("Change &preferences for 2 people…"));

        QSignalSpy requested(m_view.get(), &PeopleView::bulkPreferencesRequested);
        QTest::mouseClick(preferences, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QStringList expected{first.data(UserListModel::UserIdRole).toString(),
                             third.data(UserListModel::UserIdRole).toString()};
        expected.sort();
        QCOMPARE(requested.at(0).at(0).toStringList(), expected);

        // Space again unchecks; Clear selection clears.
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(count->text(), QStringLiteral("1 selected"));
        QTest::mouseClick(button("clearSelectionButton"), Qt::LeftButton);
        QCOMPARE(count->text(), QStringLiteral("0 selected"));
        QVERIFY(!preferences->isEnabled());
    }

    void everyMatchIsReadBeforeAChangeForThem()
    {
        auto *matches = button("selectMatchesButton");
        QCOMPARE(matches->text(), QStringLiteral("Select all 456 &matches"));
        m_sandbox.server().faults().setLatencyMs(50);
        QSignalSpy requested(m_view.get(), &PeopleView::bulkProfileRequested);
        QTest::mouseClick(matches, Qt::LeftButton);
        QVERIFY(button("cancelSelectionButton")->isVisible());
        QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("selectionProgress"))->isVisible());
        QTest::mouseClick(button("bulkProfileButton"), Qt::LeftButton); // while reading
        QVERIFY(requested.isEmpty());
        QVERIFY(requested.wait(10000));
        QCOMPARE(requested.at(0).at(0).toStringList().size(), 456);
        QVERIFY(!requested.at(0).at(0).toStringList().contains(QStringLiteral("a1")));
        QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("selectionCount"))->text(),
                 QStringLiteral("456 selected"));
        QVERIFY(!button("cancelSelectionButton")->isVisible());
    }

    void cancellingTheReadSendsNothing()
    {
        m_sandbox.server().faults().setLatencyMs(100);
        QSignalSpy requested(m_view.get(), &PeopleView::bulkPreferencesRequested);
        QSignalSpy done(m_directory->matchSelector(), &MatchSelector::finished);
        QTest::mouseClick(button("selectMatchesButton"), Qt::LeftButton);
        QTest::mouseClick(button("bulkPreferencesButton"), Qt::LeftButton);
        QVERIFY(button("cancelSelectionButton")->isVisible());
        QTest::mouseClick(button("cancelSelectionButton"), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QVERIFY(m_directory->selection()->isEmpty());
        QVERIFY(requested.isEmpty());
        QCOMPARE(button("bulkPreferencesButton")->text(),
                 QStringLiteral("Change &preferences of the people checked…"));
        QVERIFY(!button("bulkPreferencesButton")->isEnabled());
    }

    void selectATeamFromItsMenu()
    {
        m_view->setTeamChoices({QStringLiteral("team-0004")}, false);
        QMenu *menu = button("selectTeamButton")->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        QSignalSpy done(m_directory->matchSelector(), &MatchSelector::finished);
        menu->actions().first()->trigger();
        QVERIFY(done.wait(5000));
        const QStringList ids = m_directory->selection()->ids();
        QVERIFY(ids.size() >= 40);
        for (const QString &id : ids)
            QCOMPARE(m_sandbox.storedUser(id).value(QLatin1String("team_id")).toString(),
                     QStringLiteral("team-0004"));
    }

    void theSearchAsTypedEndsOnTheLastWord()
    {
        auto *search = m_view->findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
        QVERIFY(search->isVisible());
        QTest::keyClicks(search, QStringLiteral("gi"));
        QTest::keyClicks(search, QStringLiteral("na"));
        QTRY_COMPARE(m_view->table()->model()->rowCount(), 1);
        QCOMPARE(m_view->table()->model()->index(0, 0).data(UserListModel::UserIdRole).toString(),
                 QStringLiteral("g1"));
        QCOMPARE(m_network.urls.size(), 2); // the whole list, then one search after the pause
    }

    void aServiceThatDoesNotFilterIsNoted()
    {
        PlainUserListServer plain(300);
        m_client->setBaseUrl(plain.url());
        auto *note = m_view->findChild<QWidget *>(QStringLiteral("peopleQueryNote"));
        QVERIFY(!note->isVisible());
        auto *role = m_view->findChild<QComboBox *>(QStringLiteral("peopleRoleFilter"));
        role->setCurrentIndex(role->findData(QStringLiteral("broker")));
        QTRY_VERIFY(note->isVisible());
        QTRY_VERIFY(m_view->table()->model()->rowCount() > 0);
        for (int row = 0; row < m_view->table()->model()->rowCount(); ++row)
            QCOMPARE(m_view->table()->model()->index(row, 0).data(UserListModel::RoleKeyRole),
                     QVariant(QStringLiteral("broker")));
    }

private:
    QPushButton *button(const char *name)
    {
        auto *found = m_view->findChild<QPushButton *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no button %s", name);
        return found;
    }

    SandboxHarness m_sandbox;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserDirectory> m_directory;
    std::unique_ptr<PeopleView> m_view;
};

QTEST_MAIN(TestPeopleView)
#include "tst_people_view.moc"
