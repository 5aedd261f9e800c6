// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v1/users with sort, team and role (docs/api-contract.md, "GET /api/v1/users"): the
// orders and their id tiebreak, the filters combined with q, paging and R4, the echo of what was
// applied, and FastAPI's 422 for values the service does not know.
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

QStringList ids(const QJsonObject &page)
{
    QStringList result;
    for (const QJsonValue &item : page.value(QLatin1String("items")).toArray())
        result.append(item.toObject().value(QLatin1String("id")).toString());
    return result;
}

// The contract fixture with g1 renamed "Zed Agent" at `renamed`, s1 edited a second later and
// a1 two seconds later, so that name, e-mail and update orders all differ.
bool prepare(SandboxHarness &h)
{
    const QDateTime renamed = QDateTime::currentDateTimeUtc().addDays(1);
    const QList<QPair<QString, QByteArray>> edits{{"g1", R"({"name":"Zed Agent"})"},
                                                  {"s1", R"({"title":"Solo"})"},
                                                  {"a1", R"({"title":"Head"})"}};
    for (qsizetype i = 0; i < edits.size(); ++i) {
        h.server().setClock([at = renamed.addSecs(i)] { return at; });
        if (h.patch(QStringLiteral("/api/v1/users/") + edits.at(i).first, AdminKey,
                    edits.at(i).second)
                .status != 200)
            return false;
    }
    return true;
}

} // namespace

class TstSandboxPeopleQuery : public QObject
{
    Q_OBJECT

private slots:
    void sortOrders_data();
    void sortOrders();
    void filtersCombineWithQPagingAndVisibility_data();
    void filtersCombineWithQPagingAndVisibility();
    void answerEchoesWhatWasApplied();
    void unknownOrMalformedValuesAre422_data();
    void unknownOrMalformedValuesAre422();
    void everyProblemIsReportedAtOnce();
    void databaseFromBeforeTheListColumnsIsUpgraded();
};

void TstSandboxPeopleQuery::sortOrders_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("expected");
    // Names: Alice a1, Bruno b1, Gus g2, Hana g3, Pia p1, Sol s1, Zed g1 (renamed).
    QTest::newRow("name") << "name" << QStringList{"a1", "b1", "g2", "g3", "p1", "s1", "g1"};
    QTest::newRow("-name") << "-name" << QStringList{"g1", "s1", "p1", "g3", "g2", "b1", "a1"};
    // E-mails kept the old names: gina@ (g1) still sorts third.
    QTest::newRow("email") << "email" << QStringList{"a1", "b1", "g1", "g2", "g3", "p1", "s1"};
    QTest::newRow("-email") << "-email" << QStringList{"s1", "p1", "g3", "g2", "g1", "b1", "a1"};
    // Roles alphabetically, then name, then id.
    QTest::newRow("role") << "role" << QStringList{"a1", "g2", "g3", "s1", "g1", "b1", "p1"};
    QTest::newRow("-role") << "-role" << QStringList{"p1", "b1", "g2", "g3", "s1", "g1", "a1"};
    // No team first, then t1, t2; within a team by name.
    QTest::newRow("team") << "team" << QStringList{"a1", "s1", "b1", "g2", "g1", "g3", "p1"};
    QTest::newRow("-team") << "-team" << QStringList{"g3", "p1", "b1", "g2", "g1", "a1", "s1"};
    // The untouched users share one update time: the id decides, ascending either way.
    QTest::newRow("updated_at") << "updated_at"
                                << QStringList{"b1", "g2", "g3", "p1", "g1", "s1", "a1"};
    QTest::newRow("-updated_at") << "-updated_at"
                                 << QStringList{"a1", "s1", "g1", "b1", "g2", "g3", "p1"};
    QTest::newRow("created_at, all equal")
        << "created_at" << QStringList{"a1", "b1", "g1", "g2", "g3", "p1", "s1"};
    QTest::newRow("-created_at, all equal")
        << "-created_at" << QStringList{"a1", "b1", "g1", "g2", "g3", "p1", "s1"};
}

void TstSandboxPeopleQuery::sortOrders()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, expected);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QVERIFY(prepare(h));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users?sort=") + sort, AdminKey);
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(ids(r.json()), expected);
    QCOMPARE(r.json().value("sort").toString(), sort);
    // Pages of two, one after the other, are the same list: no user twice, none skipped.
    QStringList paged;
    for (int offset = 0; offset < expected.size(); offset += 2) {
        const HttpReply page =
            h.get(QStringLiteral("/api/v1/users?limit=2&offset=%1&sort=%2").arg(offset).arg(sort),
                  AdminKey);
        QVERIFY2(page.status == 200, qPrintable(describe(page)));
        QCOMPARE(page.json().value("total").toInt(), expected.size());
        paged += ids(page.json());
    }
    QCOMPARE(paged, expected);
}

void TstSandboxPeopleQuery::filtersCombineWithQPagingAndVisibility_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("total");
    QTest::newRow("team") << "a1"
                          << "team=t1" << QStringList{"b1", "g2", "g1"} << 3;
    QTest::newRow("team, other") << "a1"
                                 << "team=t2" << QStringList{"g3", "p1"} << 2;
    QTest::newRow("team nobody is in") << "a1"
                                       << "team=t9" << QStringList() << 0;
    QTest::newRow("role") << "a1"
                          << "role=agent" << QStringList{"g2", "g3", "s1", "g1"} << 4;
    QTest::newRow("role photographer") << "a1"
                                       << "role=photographer" << QStringList{"p1"} << 1;
    QTest::newRow("team and role") << "a1"
                                   << "team=t1&role=agent" << QStringList{"g2", "g1"} << 2;
    QTest::newRow("team, role and q") << "a1"
                                      << "team=t1&role=agent&q=gus" << QStringList{"g2"} << 1;
    QTest::newRow("q on the old e-mail") << "a1"
                                         << "role=agent&q=GINA@" << QStringList{"g1"} << 1;
    QTest::newRow("role, sort and paging")
        << "a1"
        << "role=agent&sort=-name&limit=2&offset=1" << QStringList{"s1", "g3"} << 4;
    QTest::newRow("team, page past the end") << "a1"
                                             << "team=t1&offset=3" << QStringList() << 3;
    // R4 still applies: a filter never shows more than the caller may see.
    QTest::newRow("broker, own team") << "b1"
                                      << "team=t1" << QStringList{"b1", "g2", "g1"} << 3;
    QTest::newRow("broker, agents") << "b1"
                                    << "role=agent" << QStringList{"g2", "g1"} << 2;
    QTest::newRow("broker, other team") << "b1"
                                        << "team=t2" << QStringList() << 0;
    QTest::newRow("broker, admins") << "b1"
                                    << "role=admin" << QStringList() << 0;
    QTest::newRow("photographer, own team") << "p1"
                                            << "team=t2&sort=-name" << QStringList{"p1", "g3"} << 2;
    QTest::newRow("agent, own team") << "g1"
                                     << "team=t1" << QStringList{"g1"} << 1;
    QTest::newRow("agent, other role") << "g1"
                                       << "role=broker" << QStringList() << 0;
    QTest::newRow("agent without team") << "s1"
                                        << "role=agent&sort=team" << QStringList{"s1"} << 1;
}

void TstSandboxPeopleQuery::filtersCombineWithQPagingAndVisibility()
{
    QFETCH(QString, caller);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(int, total);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QVERIFY(prepare(h));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users?") + query, keys().value(caller));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(ids(r.json()), expected);
    QCOMPARE(r.json().value("total").toInt(-1), total);
}

void TstSandboxPeopleQuery::answerEchoesWhatWasApplied()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject defaults = h.get(QStringLiteral("/api/v1/users"), AdminKey).json();
    QCOMPARE(defaults.keys(),
             (QStringList{"items", "limit", "offset", "role", "sort", "team", "total"}));
    QCOMPARE(defaults.value("sort").toString(), QStringLiteral("name"));
    QVERIFY(defaults.value("team").isNull());
    QVERIFY(defaults.value("role").isNull());

    const QJsonObject given =
        h.get(QStringLiteral("/api/v1/users?sort=-email&team=t1&role=agent&limit=1&offset=1"),
              AdminKey)
            .json();
    QCOMPARE(given.value("sort").toString(), QStringLiteral("-email"));
    QCOMPARE(given.value("team").toString(), QStringLiteral("t1"));
    QCOMPARE(given.value("role").toString(), QStringLiteral("agent"));
    QCOMPARE(given.value("limit").toInt(), 1);
    QCOMPARE(given.value("offset").toInt(), 1);
    QCOMPARE(ids(given), QStringList{"g1"}); // gus@, then gina@
    QCOMPARE(given.value("total").toInt(), 2);
}

void TstSandboxPeopleQuery::unknownOrMalformedValuesAre422_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("type");
    for (const char *sort : {"bogus", "NAME", "--name", "", "+name", "name,id", "id", "-"})
        QTest::addRow("sort=%s", sort) << QStringLiteral("sort=") + QLatin1String(sort) << "sort"
                                       << "enum";
    for (const char *role : {"Admin", "manager", "", "agents"})
        QTest::addRow("role=%s", role) << QStringLiteral("role=") + QLatin1String(role) << "role"
                                       << "enum";
    QTest::newRow("team=") << "team="
                           << "team"
                           << "string_too_short";
    QTest::newRow("sort with a valid team") << "team=t1&sort=nom"
                                            << "sort"
                                            << "enum";
}

void TstSandboxPeopleQuery::unknownOrMalformedValuesAre422()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    QFETCH(QString, type);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users?") + query, AdminKey);
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    const QJsonArray detail = r.detailList();
    QCOMPARE(detail.size(), 1);
    const QJsonObject entry = detail.first().toObject();
    QCOMPARE(entry.value("loc").toArray(), (QJsonArray{"query", parameter}));
    QCOMPARE(entry.value("type").toString(), type);
    QVERIFY(!entry.value("msg").toString().isEmpty());
}

void TstSandboxPeopleQuery::everyProblemIsReportedAtOnce()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.get(QStringLiteral("/api/v1/users?limit=0&offset=-1&sort=x&team=&role=boss"), AdminKey);
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    QStringList locs;
    for (const QJsonValue &entry : r.detailList())
        locs.append(entry.toObject().value("loc").toArray().at(1).toString());
    QCOMPARE(locs, (QStringList{"limit", "offset", "sort", "team", "role"}));
    QVERIFY(r.detailList().at(2).toObject().value("msg").toString().contains("'-updated_at'"));
    QVERIFY(r.detailList().at(4).toObject().value("msg").toString().contains("'photographer'"));
}

void TstSandboxPeopleQuery::databaseFromBeforeTheListColumnsIsUpgraded()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.databasePath = dir.filePath(QStringLiteral("old.db"));
    {
        SandboxHarness first(config);
        QVERIFY2(first.isReady(), qPrintable(first.error()));
    }
    {
        // The users table as it was before name_key, email_key and search_text.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "old");
        db.setDatabaseName(config.databasePath);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *index : {"users_name", "users_email", "users_role", "users_team"})
            QVERIFY(query.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
        for (const char *column : {"name_key", "email_key", "search_text"})
            QVERIFY(query.exec(
                QStringLiteral("ALTER TABLE users DROP COLUMN %1").arg(QLatin1String(column))));
        db.close();
    }
    QSqlDatabase::removeDatabase("old");
    SandboxHarness h(config);
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users?q=AGENT&sort=-name"), AdminKey);
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(ids(r.json()), (QStringList{"g3", "g2", "g1"}));
    // E-mails are found again (PUT's 409 for an e-mail in use reads them).
    const HttpReply taken = h.put(G1, AdminKey, QByteArray(FullBody).replace("new@", "GUS@"));
    QVERIFY2(taken.status == 409, qPrintable(describe(taken)));
}

QTEST_GUILESS_MAIN(TstSandboxPeopleQuery)
#include "tst_sandbox_people_query.moc"
