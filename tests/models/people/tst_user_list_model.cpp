// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"
#include "models/people/UserListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {
QJsonArray sampleUsers()
{
    return QJsonDocument::fromJson(R"([
        {"id":"b1","name":"Bruno Broker","email":"bruno@valara.test","role":"broker",
         "team_id":"t1","managed_team_ids":["t1"]},
        {"id":"g1","name":null,"display_name":"Gina A.","first_name":"Gina","email":"gina@valara.test",
         "role":"agent","team_id":"t1"},
        {"name":"No Id","email":"x@valara.test"},
        42,
        {"id":"s1","name":"  ","first_name":"Sol","last_name":"Solo","email":"sol@valara.test",
         "role":"agent","team_id":null},
        {"id":"z9","email":"zed@valara.test","role":"superhero"}
    ])")
        .array();
}
} // namespace

class TestUserListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void headers();
    void contents();
    void customRoles();
    void lookups();
    void appendingPages();
    void fromSandbox();
};

void TestUserListModel::passesModelTester()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUsers(sampleUsers());
    model.setUsers({});
    model.setUsers(sampleUsers());
    model.clear();
    model.clear();
    model.setUsers(sampleUsers());
    QCOMPARE(model.rowCount(), 4);
}

void TestUserListModel::headers()
{
    UserListModel model;
    QCOMPARE(model.columnCount(), 4);
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(titles, (QStringList{QStringLiteral("Name"), QStringLiteral("E-mail"),
                                  QStringLiteral("Role"), QStringLiteral("Team")}));
}

void TestUserListModel::contents()
{
    UserListModel model;
    model.setUsers(sampleUsers());
    QCOMPARE(model.rowCount(), 4); // the entry without an id and the number are skipped

    auto text = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, UserListModel::NameColumn), QStringLiteral("Bruno Broker"));
    QCOMPARE(text(0, UserListModel::EmailColumn), QStringLiteral("bruno@valara.test"));
    QCOMPARE(text(0, UserListModel::RoleColumn), QStringLiteral("Broker"));
    QCOMPARE(text(0, UserListModel::TeamColumn), QStringLiteral("t1"));
    // Name falls back to display_name, then first + last name, then e-mail.
    QCOMPARE(text(1, UserListModel::NameColumn), QStringLiteral("Gina A."));
    QCOMPARE(text(2, UserListModel::NameColumn), QStringLiteral("Sol Solo"));
    QCOMPARE(text(3, UserListModel::NameColumn), QStringLiteral("zed@valara.test"));
    // No team: empty cell, explained in the tooltip.
    QCOMPARE(text(2, UserListModel::TeamColumn), QString());
    QCOMPARE(model.index(2, UserListModel::TeamColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("No team"));
    // An unknown role is shown as sent.
    QCOMPARE(text(3, UserListModel::RoleColumn), QStringLiteral("superhero"));
    QVERIFY(!model.index(0, 0).flags().testFlag(Qt::ItemIsEditable));
}

void TestUserListModel::customRoles()
{
    UserListModel model;
    model.setUsers(sampleUsers());
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.index(1, column).data(UserListModel::UserIdRole).toString(),
                 QStringLiteral("g1"));
    QCOMPARE(model.index(0, 0).data(UserListModel::RoleKeyRole).toString(),
             QStringLiteral("broker"));
    QCOMPARE(model.index(0, 0).data(UserListModel::TeamIdRole).toString(), QStringLiteral("t1"));
    QCOMPARE(model.index(2, 0).data(UserListModel::TeamIdRole).toString(), QString());
    QCOMPARE(model.roleNames().value(UserListModel::UserIdRole), QByteArray("userId"));
}

void TestUserListModel::lookups()
{
    UserListModel model;
    model.setUsers(sampleUsers());
    QCOMPARE(model.rowOfUser(QStringLiteral("s1")), 2);
    QCOMPARE(model.rowOfUser(QStringLiteral("nobody")), -1);
    QCOMPARE(model.userIdAt(0), QStringLiteral("b1"));
    QVERIFY(model.userIdAt(-1).isEmpty());
    QVERIFY(model.userIdAt(99).isEmpty());
    QCOMPARE(model.teamsSeen(), QStringList{"t1"});
    QCOMPARE(model.teamOfUser(QStringLiteral("g1")), QStringLiteral("t1"));
    QCOMPARE(model.teamOfUser(QStringLiteral("s1")), QString());
    QCOMPARE(model.teamOfUser(QStringLiteral("nobody")), QString());
}

// Later pages are appended as inserted rows; a user already listed (the service's list moved
// between two pages) is not listed twice.
void TestUserListModel::appendingPages()
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUsers(sampleUsers());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy teams(&model, &UserListModel::teamsSeenChanged);
    model.appendUsers(QJsonDocument::fromJson(R"([{"id":"s1","name":"Again"},
        {"id":"n1","name":"New One","team_id":"t9"},{"id":"n2","name":"New Two"}])")
                          .array());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfUser(QStringLiteral("n2")), 5);
    QCOMPARE(model.index(2, UserListModel::NameColumn).data().toString(),
             QStringLiteral("Sol Solo")); // the first listing stays
    QCOMPARE(teams.size(), 1);
    QCOMPARE(model.teamsSeen(), (QStringList{"t1", "t9"}));
    model.appendUsers({}); // nothing new: no signal
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!model.canFetchMore({}));
    model.setMoreAvailable(true);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy more(&model, &UserListModel::moreRequested);
    model.fetchMore({});
    QCOMPARE(more.size(), 1);
}

void TestUserListModel::fromSandbox()
{
    SandboxHarness harness;
    QVERIFY2(harness.isReady(), qPrintable(harness.error()));
    const HttpReply reply = harness.get(QStringLiteral("/api/v1/users"), "key-admin-a1");
    QCOMPARE(reply.status, 200);

    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setUsers(reply.json().value(QLatin1String("items")).toArray());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0, UserListModel::NameColumn).data().toString(),
             QStringLiteral("Alice Admin"));
    QCOMPARE(model.index(0, UserListModel::RoleColumn).data().toString(),
             QStringLiteral("Administrator"));
    const int gina = model.rowOfUser(QStringLiteral("g1"));
    QVERIFY(gina >= 0);
    QCOMPARE(model.index(gina, UserListModel::EmailColumn).data().toString(),
             QStringLiteral("gina@valara.test"));
    QCOMPARE(model.index(gina, UserListModel::TeamColumn).data().toString(), QStringLiteral("t1"));
}

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_user_list_model.moc"
