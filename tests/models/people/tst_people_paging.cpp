// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people list a page at a time against the real sandbox with a generated brokerage: only
// the first page until a view asks for more, every page appended (never a reset), the total,
// the signed-in user left out without shifting the offsets, and an older query's page dropped.
#include "PeopleFixture.h"
#include "models/people/PeopleFilterModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace valara;
using namespace valara::testing;

class TestPeoplePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_people = std::make_unique<PeopleFixture>();
        QVERIFY(m_people->sandbox.isReady());
        m_all = m_people->serviceIds(); // 457 users, by name
        QCOMPARE(m_all.size(), 457);
        // Left out: the first user of the first page, so a client counting its own rows as the
        // offset would ask for 199 next.
        m_people->start("key-admin-a1", m_all.first());
    }
    void cleanup() { m_people.reset(); }

    void onlyTheFirstPageUntilAViewAsksForMore()
    {
        UserDirectory &directory = *m_people->directory;
        UserListModel *model = directory.model();
        QSignalSpy loaded(&directory, &UserDirectory::loaded);
        directory.setQuery({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model->rowCount(), 199);
        QCOMPARE(directory.total(), 456); // without the one left out
        QCOMPARE(loaded.at(0).at(1).toInt(), 456);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(m_people->sent(QStringLiteral("offset")), QStringList{"0"});
        QCOMPARE(m_people->sent(QStringLiteral("limit")), QStringList{"200"});

        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        model->fetchMore({});
        model->fetchMore({}); // scrolled again while the page is on its way: one request
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_people->sent(QStringLiteral("offset")), (QStringList{"0", "200"}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 199); // first new row
        QCOMPARE(inserted.at(0).at(2).toInt(), 398); // last
        QCOMPARE(reset.size(), 0);
        QCOMPARE(PeopleFixture::ids(model), m_all.mid(1, 399));
    }

    // QAbstractItemModelTester calls fetchMore() after every change, as a view scrolled to the
    // end would: every page comes in.
    void everyPageComesInAsTheViewScrolls()
    {
        UserDirectory &directory = *m_people->directory;
        QAbstractItemModelTester tester(directory.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shown(directory.rows(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        directory.setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(directory.model()->rowCount(), 456, 10000);
        QTRY_VERIFY(!directory.isLoading());
        QCOMPARE(m_people->sent(QStringLiteral("offset")), (QStringList{"0", "200", "400"}));
        QCOMPARE(PeopleFixture::ids(directory.model()), m_all.mid(1));
        QCOMPARE(PeopleFixture::ids(directory.rows()), m_all.mid(1));
        QVERIFY(!directory.model()->canFetchMore({}));
        QCOMPARE(directory.total(), 456);
    }

    // A search typed while a page of the previous list is on its way: that page is aborted and,
    // should it come anyway, dropped; the list ends on the search.
    void anOlderQuerysPageIsDropped()
    {
        UserDirectory &directory = *m_people->directory;
        QSignalSpy loaded(&directory, &UserDirectory::loaded);
        QSignalSpy failed(&directory, &UserDirectory::failed);
        QSignalSpy observed(m_people->client.get(), &ApiClient::requestFinished);
        directory.setQuery({});
        QVERIFY(loaded.wait(5000));
        m_people->sandbox.server().faults().setLatencyMs(200);
        directory.fetchMore(); // page 2 of everyone, on its way
        QVERIFY(directory.isLoading());
        directory.load(QStringLiteral("g")); // typed meanwhile
        directory.load(QStringLiteral("gina"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(PeopleFixture::ids(directory.model()), QStringList{"g1"});
        QCOMPARE(directory.total(), 1);
        QCOMPARE(loaded.size(), 2);
        QVERIFY(failed.isEmpty()); // the aborted requests are not errors
        QVERIFY(!directory.isLoading());
        // Observers (the status bar) hear of the two answered requests only, not the aborted.
        QCOMPARE(observed.size(), 2);
        QCOMPARE(m_people->sent(QStringLiteral("q")), (QStringList{"", "", "g", "gina"}));
    }

    // A later page refused: the error is reported, scrolling asks no more (each would fail
    // again), and a reload starts over.
    void aRefusedPageStopsThePagingUntilAReload()
    {
        UserDirectory &directory = *m_people->directory;
        QSignalSpy loaded(&directory, &UserDirectory::loaded);
        QSignalSpy failed(&directory, &UserDirectory::failed);
        directory.setQuery({});
        QVERIFY(loaded.wait(5000));
        m_people->sandbox.server().faults().answerNext(403, R"({"detail":"No"})");
        directory.fetchMore();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Forbidden);
        QCOMPARE(directory.model()->rowCount(), 199); // what was loaded stays
        QVERIFY(!directory.model()->canFetchMore({}));
        const int requests = m_people->network.requests;
        directory.fetchMore();
        QCOMPARE(m_people->network.requests, requests);
        directory.setQuery(directory.query()); // Retry
        QVERIFY(loaded.wait(5000));
        QVERIFY(directory.model()->canFetchMore({}));
        QCOMPARE(m_people->sent(QStringLiteral("offset")), (QStringList{"0", "200", "0"}));
    }

private:
    std::unique_ptr<PeopleFixture> m_people;
    QStringList m_all;
};

QTEST_GUILESS_MAIN(TestPeoplePaging)
#include "tst_people_paging.moc"
