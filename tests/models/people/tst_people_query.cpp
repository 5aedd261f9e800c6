// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The people list's order and filters: `sort`, `team` and `role` are sent and the service's echo
// honoured; a service that ignores them (no echo) gets its rows sorted and filtered here, and
// says so.
#include "PeopleFixture.h"
#include "PlainUserListServer.h"
#include "models/people/MatchingUserIds.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleQuery.h"
#include "models/people/PeopleSelection.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace valara;
using namespace valara::testing;

class TestPeopleQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_people.reset(); }

    void theEchoIsChecked_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("applied");
        QTest::newRow("nothing sent") << ""
                                      << ""
                                      << "" << QByteArray(R"({"items":[]})") << true;
        QTest::newRow("echoed") << "-email"
                                << "t1"
                                << "agent"
                                << QByteArray(R"({"sort":"-email","team":"t1","role":"agent"})")
                                << true;
        QTest::newRow("no echo") << "-email"
                                 << ""
                                 << "" << QByteArray(R"({"items":[]})") << false;
        QTest::newRow("another order")
            << "email"
            << ""
            << "" << QByteArray(R"({"sort":"name","team":null})") << false;
        QTest::newRow("filter not applied")
            << ""
            << "t1"
            << "" << QByteArray(R"({"sort":"name","team":null,"role":null})") << false;
        QTest::newRow("role not echoed")
            << ""
            << ""
            << "broker" << QByteArray(R"({"sort":"name","team":null})") << false;
    }
    void theEchoIsChecked()
    {
        QFETCH(QString, sort);
        QFETCH(QString, team);
        QFETCH(QString, role);
        QFETCH(QByteArray, answer);
        QFETCH(bool, applied);
        const PeopleQuery query{{}, sort, team, role};
        QCOMPARE(query.appliedBy(QJsonDocument::fromJson(answer).object()), applied);
    }

    void sortKeysOfTheColumns()
    {
        QCOMPARE(PeopleQuery::sortKey(UserListModel::NameColumn, false), QString());
        QCOMPARE(PeopleQuery::sortKey(UserListModel::NameColumn, true), QStringLiteral("-name"));
        QCOMPARE(PeopleQuery::sortKey(UserListModel::EmailColumn, false), QStringLiteral("email"));
        QCOMPARE(PeopleQuery::sortKey(UserListModel::RoleColumn, true), QStringLiteral("-role"));
        QCOMPARE(PeopleQuery::sortKey(UserListModel::TeamColumn, false), QStringLiteral("team"));
    }

    void orderAndFiltersAreSentAndTheServiceApplies()
    {
        m_people = std::make_unique<PeopleFixture>();
        m_people->start();
        UserDirectory &directory = *m_people->directory;
        QAbstractItemModelTester tester(directory.rows(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&directory, &UserDirectory::queryAppliedChanged);
        directory.setQuery(
            {{}, QStringLiteral("-email"), QStringLiteral("team-0003"), QStringLiteral("agent")});
        const QStringList expected =
            m_people->serviceIds(QStringLiteral("sort=-email&team=team-0003&role=agent"));
        QVERIFY(expected.size() > 10);
        QTRY_COMPARE(PeopleFixture::ids(directory.rows()), expected);
        QCOMPARE(m_people->sent(QStringLiteral("sort")).value(0), QStringLiteral("-email"));
        QCOMPARE(m_people->sent(QStringLiteral("team")).value(0), QStringLiteral("team-0003"));
        QCOMPARE(m_people->sent(QStringLiteral("role")).value(0), QStringLiteral("agent"));
        QVERIFY(directory.queryApplied());
        QVERIFY(applied.isEmpty());
        QVERIFY(!directory.rows()->isLocal()); // shown as the service sent them
        QCOMPARE(directory.total(), expected.size());
    }

    void aServiceThatIgnoresThemIsSortedAndFilteredHere()
    {
        PlainUserListServer server(450);
        m_people = std::make_unique<PeopleFixture>(1);
        m_people->startOn(server.url());
        UserDirectory &directory = *m_people->directory;
        QAbstractItemModelTester tester(directory.rows(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&directory, &UserDirectory::queryAppliedChanged);
        directory.setQuery({{}, QStringLiteral("-email"), QStringLiteral("t2"), {}});
        QTRY_VERIFY(!applied.isEmpty());
        QCOMPARE(applied.at(0).at(0).toBool(), false);
        QVERIFY(!directory.queryApplied());
        QVERIFY(directory.rows()->isLocal());
        // The tester scrolls to the end: every page, all of team t2, by e-mail descending.
        QTRY_COMPARE(directory.model()->rowCount(), 450);
        QStringList expected = server.idsWhere([](const QJsonObject &user) {
            return user.value(QLatin1String("team_id")).toString() == QLatin1String("t2");
        });
        // Names (and so e-mails) run opposite to the ids: by e-mail descending is by id.
        expected.sort();
        QCOMPARE(PeopleFixture::ids(directory.rows()), expected);
        QCOMPARE(m_people->sent(QStringLiteral("team")).value(0), QStringLiteral("t2"));

        // Every match, read page by page, is filtered here too.
        MatchingUserIds read(m_people->client.get(), directory.query(), QStringLiteral("p0001"));
        QSignalSpy done(&read, &ServiceRead::finished);
        read.start();
        QVERIFY(done.wait(5000));
        expected.removeOne(QStringLiteral("p0001")); // left out: the signed-in user
        QCOMPARE(read.ids(), expected);

        // Back to the service's own order and no filter: nothing to do here any more.
        directory.setQuery({});
        QTRY_COMPARE(applied.size(), 2);
        QVERIFY(applied.at(1).at(0).toBool());
        QVERIFY(!directory.rows()->isLocal());
    }

private:
    std::unique_ptr<PeopleFixture> m_people;
};

QTEST_GUILESS_MAIN(TestPeopleQuery)
#include "tst_people_query.moc"
