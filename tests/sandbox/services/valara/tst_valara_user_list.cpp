// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for GET /api/v1/users: visibility (R4), sorting, q, limit, offset and total
// (docs/api-contract.md).
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

QStringList ids(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QLatin1String("id")).toString());
    return result;
}

QString listPath(const QString &query)
{
    return query.isEmpty() ? QStringLiteral("/api/v1/users")
                           : QStringLiteral("/api/v1/users?") + query;
}

QString qParam(const QString &q)
{
    return QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(q));
}

} // namespace

class TestValaraUserList : public QObject
{
    Q_OBJECT

private slots:
    void list_showsWhatTheCallerMaySee_data();
    void list_showsWhatTheCallerMaySee();
    void list_isSortedByNameCaseInsensitiveThenId();
    void list_qIsCaseInsensitiveSubstringOfSearchedFields_data();
    void list_qIsCaseInsensitiveSubstringOfSearchedFields();
    void list_qMatchesFirstLastAndDisplayName();
    void list_limitOffsetAndTotal_data();
    void list_limitOffsetAndTotal();
    void list_badLimitOrOffsetIs422_data();
    void list_badLimitOrOffsetIs422();
};

void TestValaraUserList::list_showsWhatTheCallerMaySee_data()
{
    QTest::addColumn<QString>("caller");
    for (const char *caller : {"a1", "b1", "p1", "g1", "g2", "g3", "s1"})
        QTest::newRow(caller) << QString::fromLatin1(caller);
}

void TestValaraUserList::list_showsWhatTheCallerMaySee()
{
    QFETCH(QString, caller);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(listPath({}), keys().value(caller));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    const QJsonObject page = r.json();
    // sort, team and role echo what was applied (here the defaults: name, no filters).
    QStringList expectedKeys{"items", "limit", "offset", "role", "sort", "team", "total"};
    QCOMPARE(page.keys(), expectedKeys);
    QCOMPARE(ids(page.value("items").toArray()), visibleTo(caller));
    QCOMPARE(page.value("total").toInt(-1), visibleTo(caller).size());
    QCOMPARE(page.value("limit").toInt(-1), 50);
    QCOMPARE(page.value("offset").toInt(-1), 0);
    QStringList fields = userObjectFields();
    fields.sort();
    for (const QJsonValue &item : page.value("items").toArray())
        QCOMPARE(item.toObject().keys(), fields);
}

void TestValaraUserList::list_isSortedByNameCaseInsensitiveThenId()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    // Case-sensitive sorting would put "Hana Agent" before "hana agent" and both after "Sol Solo".
    const QList<QPair<QString, QByteArray>> names{{"g3", R"({"name":"hana agent"})"},
                                                  {"p1", R"({"name":"Hana Agent"})"},
                                                  {"g2", R"({"name":"ben"})"},
                                                  // The display name plays no part in sorting.
                                                  {"a1", R"({"display_name":"Zz Top"})"}};
    for (const auto &[id, body] : names) {
        const HttpReply r = h.patch(QStringLiteral("/api/v1/users/") + id, AdminKey, body);
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
    }
    const HttpReply r = h.get(listPath({}), AdminKey);
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(ids(r.json().value("items").toArray()),
             (QStringList{"a1", "g2", "b1", "g1", "g3", "p1", "s1"}));
}

void TestValaraUserList::list_qIsCaseInsensitiveSubstringOfSearchedFields_data()
{
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("q");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name, upper case") << "a1"
                                      << "AGENT" << QStringList{"g1", "g2", "g3"};
    QTest::newRow("name, inner") << "a1"
                                 << "lice" << QStringList{"a1"};
    QTest::newRow("name with space") << "a1"
                                     << "gina agent" << QStringList{"g1"};
    QTest::newRow("e-mail domain") << "a1"
                                   << "valara.TEST" << visibleTo("a1");
    QTest::newRow("e-mail local part") << "a1"
                                       << "bruno@" << QStringList{"b1"};
    QTest::newRow("id") << "a1"
                        << "g1" << QStringList{"g1"};
    QTest::newRow("empty q") << "a1"
                             << "" << visibleTo("a1");
    QTest::newRow("no match") << "a1"
                              << "zzz" << QStringList();
    QTest::newRow("brokerage not searched") << "a1"
                                            << "Harbor" << QStringList();
    QTest::newRow("title not searched") << "a1"
                                        << "Managing" << QStringList();
    QTest::newRow("city and bio not searched") << "a1"
                                               << "Austin" << QStringList();
    QTest::newRow("broker, within team") << "b1"
                                         << "A" << QStringList{"b1", "g1", "g2"};
    QTest::newRow("broker, other team hidden") << "b1"
                                               << "hana" << QStringList();
    QTest::newRow("agent, only self") << "g1"
                                      << "agent" << QStringList{"g1"};
    QTest::newRow("photographer") << "p1"
                                  << "agent" << QStringList{"g3"};
}

void TestValaraUserList::list_qIsCaseInsensitiveSubstringOfSearchedFields()
{
    QFETCH(QString, caller);
    QFETCH(QString, q);
    QFETCH(QStringList, expected);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(listPath(qParam(q)), keys().value(caller));
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    QCOMPARE(ids(r.json().value("items").toArray()), expected);
    QCOMPARE(r.json().value("total").toInt(-1), expected.size());
}

void TestValaraUserList::list_qMatchesFirstLastAndDisplayName()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QList<QPair<QString, QByteArray>> edits{{"g2", R"({"first_name":"Zelda"})"},
                                                  {"g3", R"({"last_name":"Quixote"})"},
                                                  {"s1", R"({"display_name":"Sunny Side"})"}};
    for (const auto &[id, body] : edits) {
        const HttpReply r = h.patch(QStringLiteral("/api/v1/users/") + id, AdminKey, body);
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
    }
    const QList<QPair<QString, QString>> searches{
        {"zeld", "g2"}, {"QUIX", "g3"}, {"sunny s", "s1"}};
    for (const auto &[q, id] : searches) {
        const HttpReply r = h.get(listPath(qParam(q)), AdminKey);
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
        QCOMPARE(ids(r.json().value("items").toArray()), QStringList{id});
        QCOMPARE(r.json().value("total").toInt(-1), 1);
    }
}

void TestValaraUserList::list_limitOffsetAndTotal_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    const QStringList all = visibleTo("a1");
    QTest::newRow("defaults") << "" << all << 7 << 50 << 0;
    QTest::newRow("limit 2") << "limit=2" << QStringList{"a1", "b1"} << 7 << 2 << 0;
    QTest::newRow("limit 2 offset 2")
        << "limit=2&offset=2" << QStringList{"g1", "g2"} << 7 << 2 << 2;
    QTest::newRow("offset 5") << "offset=5" << QStringList{"p1", "s1"} << 7 << 50 << 5;
    QTest::newRow("last one") << "offset=6&limit=1" << QStringList{"s1"} << 7 << 1 << 6;
    QTest::newRow("offset at end") << "offset=7" << QStringList() << 7 << 50 << 7;
    QTest::newRow("offset far past end") << "offset=1000" << QStringList() << 7 << 50 << 1000;
    QTest::newRow("limit 1") << "limit=1" << QStringList{"a1"} << 7 << 1 << 0;
    QTest::newRow("limit 200") << "limit=200" << all << 7 << 200 << 0;
    QTest::newRow("q with paging")
        << "q=agent&limit=1&offset=1" << QStringList{"g2"} << 3 << 1 << 1;
}

void TestValaraUserList::list_limitOffsetAndTotal()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(int, total);
    QFETCH(int, limit);
    QFETCH(int, offset);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(listPath(query), AdminKey);
    QVERIFY2(r.status == 200, qPrintable(describe(r)));
    const QJsonObject page = r.json();
    QCOMPARE(ids(page.value("items").toArray()), expected);
    QVERIFY(page.value("items").isArray());
    QCOMPARE(page.value("total").toInt(-1), total);
    QCOMPARE(page.value("limit").toInt(-1), limit);
    QCOMPARE(page.value("offset").toInt(-1), offset);
}

void TestValaraUserList::list_badLimitOrOffsetIs422_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    for (const char *value : {"0", "201", "-1", "abc", "1.5", "1e2", "99999999999999999999"})
        QTest::addRow("limit=%s", value)
            << QStringLiteral("limit=") + QLatin1String(value) << "limit";
    for (const char *value : {"-1", "abc", "2.5"})
        QTest::addRow("offset=%s", value)
            << QStringLiteral("offset=") + QLatin1String(value) << "offset";
}

void TestValaraUserList::list_badLimitOrOffsetIs422()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(listPath(query), AdminKey);
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    QVERIFY2(r.json().value("detail").isArray(), qPrintable(describe(r)));
    const QJsonArray detail = r.detailList();
    QCOMPARE(detail.size(), 1);
    const QJsonObject entry = detail.first().toObject();
    QCOMPARE(entry.value("loc").toArray(), (QJsonArray{"query", parameter}));
    QVERIFY(entry.value("type").isString() && !entry.value("type").toString().isEmpty());
    QVERIFY(entry.value("msg").isString());
}

QTEST_GUILESS_MAIN(TestValaraUserList)
#include "tst_valara_user_list.moc"
