// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people checked in the list: kept by id across pages and searches, shown as check boxes,
// every match of a query read page by page (with progress, and cancellable), a team's members.
#include "PeopleFixture.h"
#include "models/people/MatchSelector.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleSelection.h"
#include "sandbox/http/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace valara;
using namespace valara::testing;

class TestPeopleSelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_people = std::make_unique<PeopleFixture>();
        QVERIFY(m_people->sandbox.isReady());
        m_people->start("key-admin-a1", QStringLiteral("a1"));
    }
    void cleanup() { m_people.reset(); }

    void checkBoxesFollowTheSelection()
    {
        UserDirectory &directory = *m_people->directory;
        UserListModel *model = directory.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load({});
        const QModelIndex first = model->index(0, UserListModel::NameColumn);
        QVERIFY(first.flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(
            !model->index(0, UserListModel::EmailColumn).flags().testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(model->setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(directory.selection()->ids(),
                 QStringList{first.data(UserListModel::UserIdRole).toString()});
        QCOMPARE(first.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), first);
        QVERIFY(model->setData(first, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(directory.selection()->isEmpty());
    }

    void theSelectionSurvivesPagingAndSearches()
    {
        UserDirectory &directory = *m_people->directory;
        PeopleSelection *selection = directory.selection();
        UserListModel *model = directory.model();
        load({});
        const QString onPage1 = model->userIdAt(3);
        selection->toggle(onPage1);
        selection->toggle(model->userIdAt(150));
        directory.fetchMore();
        QTRY_VERIFY(model->rowCount() > 350); // a1 (left out) may be on either page
        const QString onPage2 = model->userIdAt(321);
        model->setData(model->index(321, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(model->index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        load(QStringLiteral("gina"));
        QCOMPARE(PeopleFixture::ids(model), QStringList{"g1"});
        selection->toggle(QStringLiteral("g1"));
        QCOMPARE(selection->count(), 4);
        load({});
        QCOMPARE(model->index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model->index(4, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QVERIFY(selection->isSelected(onPage2));
        QVERIFY(selection->ids().contains(QStringLiteral("g1")));
        QVERIFY(selection->ids().contains(onPage1));
    }

    void selectAllMatchesReadsEveryId()
    {
        UserDirectory &directory = *m_people->directory;
        PeopleSelection *selection = directory.selection();
        QAbstractItemModelTester tester(directory.rows(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every user whose name, e-mail or id holds an "a".
        QStringList expected = m_people->serviceIds(QStringLiteral("q=a"));
        m_people->sandbox.server().faults().setLatencyMs(30); // the tester would load every page
        load(QStringLiteral("a"));
        expected.removeOne(QStringLiteral("a1"));
        QVERIFY(expected.size() > 250);
        QSignalSpy progress(directory.matchSelector(), &MatchSelector::progress);
        QSignalSpy done(directory.matchSelector(), &MatchSelector::finished);
        directory.selectAllMatches();
        QVERIFY(selection->isPending());
        QCOMPARE(selection->count(), expected.size()); // counted before they are read
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        expected.sort();
        QCOMPARE(selection->ids(), expected);
        QVERIFY(!selection->isPending());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        const int pages = int(expected.size() / 200) + 1;
        QVERIFY(m_people->sent(QStringLiteral("q")).count(QStringLiteral("a")) >= pages);
    }

    void selectAllMatchesCanBeCancelled()
    {
        UserDirectory &directory = *m_people->directory;
        PeopleSelection *selection = directory.selection();
        load({});
        selection->toggle(QStringLiteral("g1")); // chosen before: stays
        m_people->sandbox.server().faults().setLatencyMs(100);
        QSignalSpy progress(directory.matchSelector(), &MatchSelector::progress);
        QSignalSpy done(directory.matchSelector(), &MatchSelector::finished);
        directory.selectAllMatches();
        QCOMPARE(selection->count(), 456);
        QVERIFY(progress.wait(5000)); // the first page read
        const int requests = m_people->network.requests;
        directory.matchSelector()->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(selection->ids(), QStringList{"g1"});
        QVERIFY(!selection->isPending());
        QVERIFY(!directory.matchSelector()->isRunning());
        QCOMPARE(m_people->network.requests, requests); // no page after the cancel
    }

    void selectTeamSelectsEveryMember()
    {
        UserDirectory &directory = *m_people->directory;
        load({});
        QSignalSpy done(directory.matchSelector(), &MatchSelector::finished);
        directory.selectTeam(QStringLiteral("team-0003"));
        QVERIFY(done.wait(5000));
        QStringList members = m_people->serviceIds(QStringLiteral("team=team-0003"));
        members.sort();
        QVERIFY(members.size() >= 40);
        QCOMPARE(directory.selection()->ids(), members);
        QCOMPARE(m_people->sent(QStringLiteral("team")).last(), QStringLiteral("team-0003"));
        // Their teams are known, also for those the list never loaded.
        const QHash<QString, QString> teams = directory.knownTeams(members);
        QCOMPARE(teams.size(), members.size());
        for (const QString &team : teams)
            QCOMPARE(team, QStringLiteral("team-0003"));
        QCOMPARE(directory.knownTeams({QStringLiteral("g1")}).value(QStringLiteral("g1")),
                 QStringLiteral("t1")); // loaded
        QVERIFY(directory.knownTeams({QStringLiteral("nobody")}).isEmpty());
        const QHash<QString, QString> names = directory.knownNames(members);
        QCOMPARE(names.size(), members.size());
        QCOMPARE(
            names.value(members.last()),
            m_people->sandbox.storedUser(members.last()).value(QLatin1String("name")).toString());
        QCOMPARE(directory.knownNames({QStringLiteral("g1")}).value(QStringLiteral("g1")),
                 QStringLiteral("Gina Agent"));
    }

private:
    void load(const QString &search)
    {
        QSignalSpy loaded(m_people->directory.get(), &UserDirectory::loaded);
        m_people->directory->load(search);
        QVERIFY(loaded.wait(5000));
    }

    std::unique_ptr<PeopleFixture> m_people;
};

QTEST_GUILESS_MAIN(TestPeopleSelection)
#include "tst_people_selection.moc"
