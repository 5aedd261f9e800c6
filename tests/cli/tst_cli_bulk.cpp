// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli prefs set --users / --team: the real binary against an in-process sandbox on
// loopback changes many people's preferences through the desktop's bulk change. One JSON line per
// member, in their order; those already at the value are not sent, those the caller may not
// change are refused without a request; a dry run sends nothing; each applied member is one
// journal entry; exit 0 only when every member was applied or unchanged.
#include "CliProcess.h"
#include "SandboxHarness.h"
#include "sandbox/http/FaultInjector.h"

#include "models/journal/ChangeJournal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {

const QByteArray BrokerB1 = "key-broker-b1";
constexpr int Incomplete = 7;

QString measurementUnit(SandboxHarness &h, const QString &user)
{
    return h.storedPreferences(user).value("measurement_unit").toString();
}

} // namespace

class TestCliBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }

    void bulkUsersAppliesSkipsAndRefusesEachMember()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        // g2 holds metric already; p1 is not in b1's team (R1).
        const Run run = runCli({"prefs", "set", "--users", "g1,g2,p1", "measurement_unit=metric"},
                               withKey(h, BrokerB1));
        VERIFY_RUN(run, Incomplete);
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(userIds(lines), QStringList({"g1", "g2", "p1"}));
        QVERIFY2(run.out.startsWith(R"({"user_id":"g1","result":"applied","status":200,)"),
                 run.out.constData()); // the fields in the documented order
        QCOMPARE(lines.at(0).value("result").toString(), QStringLiteral("applied"));
        QCOMPARE(lines.at(0).value("status").toInt(), 200);
        QVERIFY(lines.at(0).value("error").isNull());
        QCOMPARE(lines.at(1).value("result").toString(), QStringLiteral("unchanged"));
        QVERIFY(lines.at(1).value("status").isNull());
        QVERIFY(lines.at(1).value("request_id").isNull());
        QCOMPARE(lines.at(2).value("result").toString(), QStringLiteral("refused"));
        QVERIFY(lines.at(2).value("status").isNull()); // never sent
        QVERIFY(!lines.at(2).value("error").toString().isEmpty());

        const QList<SandboxExchange> sent = writes(spy);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().path, QStringLiteral("/api/v1/users/g1/preferences"));
        QCOMPARE(bodyOf(sent.first()), QJsonObject({{"measurement_unit", "metric"}}));
        QCOMPARE(lines.at(0).value("request_id").toString().toUtf8(), sent.first().requestId);
        QCOMPARE(measurementUnit(h, "g1"), QStringLiteral("metric"));
        for (const SandboxExchange &exchange : exchanges(spy))
            QVERIFY2(!exchange.path.contains("/p1"), qPrintable(exchange.path));
    }

    void bulkMemberThatCannotBeReadFails()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        const Run run = runCli({"prefs", "set", "--users", "nobody,g1", "theme=dark"},
                               withKey(h, "key-admin-a1"));
        VERIFY_RUN(run, Incomplete);
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(userIds(lines), QStringList({"nobody", "g1"}));
        QCOMPARE(lines.at(0).value("result").toString(), QStringLiteral("failed"));
        QVERIFY(!lines.at(0).value("error").toString().isEmpty());
        QCOMPARE(lines.at(1).value("result").toString(), QStringLiteral("applied"));
    }

    void bulkTeamChangesEveryMemberOfTheTeam()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run = runCli({"prefs", "set", "--team", "t1", "measurement_unit=metric"},
                               withKey(h, BrokerB1));
        VERIFY_RUN(run, 0); // applied or unchanged, every one
        const QList<QJsonObject> lines = jsonLines(run);
        QStringList ids = userIds(lines);
        ids.sort();
        QCOMPARE(ids, QStringList({"b1", "g1", "g2"})); // the contract fixture's team t1
        for (const QJsonObject &line : lines) {
            const bool had = line.value("user_id") == QLatin1String("g2");
            QCOMPARE(line.value("result").toString(),
                     had ? QStringLiteral("unchanged") : QStringLiteral("applied"));
        }
        QCOMPARE(writes(spy).size(), 2);
        QCOMPARE(measurementUnit(h, "b1"), QStringLiteral("metric"));
        QCOMPARE(measurementUnit(h, "g3"), QStringLiteral("imperial")); // team t2

        // An administrator sees everyone: only team t2's members are taken.
        const Run admin = runCli({"prefs", "set", "--team", "t2", "--dry-run", "theme=dark"},
                                 withKey(h, "key-admin-a1"));
        VERIFY_RUN(admin, 0);
        QStringList members = QString::fromUtf8(admin.out).split('\n', Qt::SkipEmptyParts);
        members.sort();
        QCOMPARE(members, QStringList({"g3: theme: \"system\" → \"dark\"",
                                       "p1: theme: \"system\" → \"dark\""}));
    }

    void bulkDryRunSendsNothingAndPrintsTheDiff()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.sqlite"));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run = runCli({"--journal", journal, "prefs", "set", "--dry-run", "--users",
                                "g1,g2,p1", "measurement_unit=metric", "theme=system"},
                               withKey(h, BrokerB1));
        VERIFY_RUN(run, Incomplete); // p1 would be refused
        QVERIFY(writes(spy).isEmpty());
        QVERIFY(!QFile::exists(journal)); // nothing sent, nothing recorded
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("g1: measurement_unit: \"imperial\" → \"metric\""));
        QCOMPARE(lines.at(1), QStringLiteral("g2: no change"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("p1: forbidden (")),
                 qPrintable(lines.at(2)));
        QCOMPARE(measurementUnit(h, "g1"), QStringLiteral("imperial"));
    }

    void bulkRefusalAndInvalidAreReportedPerMember()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        // Once the last member has been read, the sandbox refuses g1's write and b1's value.
        connect(&h.server(), &SandboxServer::exchangeCompleted, this,
                [&h](const SandboxExchange &exchange) {
                    if (exchange.method != "GET" ||
                        exchange.path != u"/api/v1/users/b1/preferences")
                        return;
                    h.server().faults().answerNext(403, R"({"detail":"Not allowed"})");
                    h.server().faults().answerNext(
                        422, R"({"detail":[{"loc":["body","measurement_unit"],"msg":"Bad unit",)"
                             R"("type":"value_error"}]})");
                });
        const Run run =
            runCli({"prefs", "set", "--jobs", "1", "--users", "g1,b1", "measurement_unit=metric"},
                   withKey(h, BrokerB1));
        VERIFY_RUN(run, Incomplete);
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(userIds(lines), QStringList({"g1", "b1"}));
        QCOMPARE(lines.at(0).value("result").toString(), QStringLiteral("refused"));
        QCOMPARE(lines.at(0).value("status").toInt(), 403);
        QCOMPARE(lines.at(1).value("result").toString(), QStringLiteral("invalid"));
        QCOMPARE(lines.at(1).value("status").toInt(), 422);
        QVERIFY2(lines.at(1).value("error").toString().contains("Bad unit"),
                 qPrintable(run.describe()));
        const QList<SandboxExchange> sent = writes(spy);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(lines.at(1).value("request_id").toString().toUtf8(), sent.at(1).requestId);
    }

    void bulkJournalRecordsOneEntryPerAppliedMember()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run =
            runCli({"--journal", path, "prefs", "set", "--team", "t1", "measurement_unit=metric"},
                   withKey(h, BrokerB1));
        VERIFY_RUN(run, 0);
        ChangeJournal journal(QStringLiteral("reader"), path);
        QVERIFY(journal.open());
        const QList<JournalEntry> entries = journal.list();
        QCOMPARE(entries.size(), 2); // b1 and g1; g2 was unchanged
        QSet<QString> users;
        for (const JournalEntry &entry : entries) {
            QCOMPARE(entry.state, JournalEntry::State::Applied);
            QCOMPARE(entry.fields.size(), 1);
            QCOMPARE(entry.fields.first().newValue, QJsonValue("metric"));
            users.insert(entry.userId);
        }
        QCOMPARE(users, QSet<QString>({"b1", "g1"}));
        QSet<QByteArray> keys;
        for (const SandboxExchange &write : writes(spy))
            keys.insert(write.requestHeader("X-Idempotency-Key"));
        for (const JournalEntry &entry : entries)
            QVERIFY(keys.contains(entry.idempotencyKey));
    }

    void bulkTeamIsReadPageAfterPage()
    {
        // More members than one page of the user list holds (at most 200 a page).
        QJsonArray users{
            QJsonObject{{"id", "a1"},
                        {"role", "admin"},
                        {"api_key", "key-admin-a1"},
                        {"profile", QJsonObject{{"name", "A"}, {"email", "a@x.test"}}}}};
        for (int i = 0; i < 450; ++i) {
            const QString id = QStringLiteral("u%1").arg(i, 3, 10, QLatin1Char('0'));
            users.append(
                QJsonObject{{"id", id},
                            {"role", "agent"},
                            {"api_key", "key-" + id},
                            {"team", i % 3 == 0 ? "other" : "big"},
                            {"profile", QJsonObject{{"name", id}, {"email", id + "@x.test"}}}});
        }
        SandboxHarness h({}, QJsonDocument(QJsonObject{{"users", users}}).toJson());
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run = runCli({"prefs", "set", "--team", "big", "--dry-run", "theme=system"},
                               withKey(h, "key-admin-a1"));
        VERIFY_RUN(run, 0);
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 300); // every member, in the list's order
        QCOMPARE(lines.first(), QStringLiteral("u001: no change"));
        QCOMPARE(lines.last(), QStringLiteral("u449: no change"));
        int pages = 0;
        for (const SandboxExchange &exchange : exchanges(spy))
            pages += exchange.path == u"/api/v1/users";
        QCOMPARE(pages, 3);
    }

    void bulkStopsSendingWhenTheTimeoutRunsOut()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy received(&h.server(), &SandboxServer::requestReceived);
        // The caller answers at once, every member's record slowly.
        connect(&h.server(), &SandboxServer::exchangeCompleted, this,
                [&h](const SandboxExchange &exchange) {
                    if (exchange.path == u"/api/v1/users/me")
                        h.server().faults().setLatencyMs(2500);
                });
        QElapsedTimer clock;
        clock.start();
        const Run run = runCli({"--timeout", "3", "prefs", "set", "--jobs", "1", "--users",
                                "b1,g1,g2", "measurement_unit=metric"},
                               withKey(h, "key-admin-a1"));
        VERIFY_RUN(run, Incomplete);
        // Within the timeout: g1's read is cut off at 3 s, not waited for (it would end at 5 s;
        // the margin is for starting the process on a busy machine).
        QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(userIds(lines), QStringList({"b1", "g1", "g2"}));
        for (const QJsonObject &line : lines)
            QVERIFY2(line.value("result") != QLatin1String("applied"), qPrintable(run.describe()));
        QCOMPARE(lines.last().value("result").toString(), QStringLiteral("not_sent"));
        for (const QList<QVariant> &request : std::as_const(received))
            QVERIFY(request.first().toByteArray() != "PATCH"); // nothing sent once time was up
        h.server().faults().setLatencyMs(0);
    }

    void bulkThatCannotStartExitsWithTheUsualCodes()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Environment broker = withKey(h, BrokerB1);
        struct
        {
            QStringList arguments;
            int exitCode;
        } cases[] = {
            {{"prefs", "set", "--users", "g1", "--jobs", "7", "theme=dark"}, 2},
            {{"prefs", "set", "--users", "g1,,g2", "theme=dark"}, 2},
            {{"prefs", "set", "g1", "--team", "t1", "theme=dark"}, 2},
            {{"prefs", "set", "--users", "g1", "--team", "t1", "theme=dark"}, 2},
            {{"prefs", "set", "--dry-run", "theme=dark"}, 2},
            {{"prefs", "set", "--team", "t1", "theme=purple"}, 2},
            {{"prefs", "set", "--team", "t1", "theme="}, 2}, // no reset for many people
            {{"prefs", "set", "--team", "t9", "theme=dark"}, 4},
        };
        for (const auto &c : cases) {
            const Run run = runCli(c.arguments, broker);
            VERIFY_RUN(run, c.exitCode);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        }
        QVERIFY(writes(spy).isEmpty());

        const Run signedOut =
            runCli({"prefs", "set", "--team", "t1", "theme=dark"}, withKey(h, "key-nobody"));
        VERIFY_RUN(signedOut, 3);
        QVERIFY(signedOut.out.isEmpty());
        const Run offline = runCli(
            {"--base-url", "http://127.0.0.1:9", "prefs", "set", "--team", "t1", "theme=dark"},
            broker);
        VERIFY_RUN(offline, 6);
        QVERIFY(offline.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
