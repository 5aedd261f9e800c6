// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli profile set --users / --team: the real binary against an in-process sandbox on
// loopback changes many people's profiles through the desktop's bulk change. Each member is read
// first and sent only the fields that differ, one PATCH each with its own idempotency key; an
// administrator may change anyone (R2), anybody else only themselves, the others being refused
// without a request; admin-only fields are a usage error before anything is sent; a dry run
// sends nothing.
#include "CliProcess.h"
#include "SandboxHarness.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {

const QByteArray Admin = "key-admin-a1";
const QByteArray BrokerB1 = "key-broker-b1";
constexpr int Incomplete = 7;
const QString Office = QStringLiteral("Harbor Downtown");

QJsonValue profileValue(SandboxHarness &h, const QString &user, const char *key)
{
    return h.storedUser(user).value(QLatin1String(key));
}

QSet<QString> paths(const QList<SandboxExchange> &list)
{
    QSet<QString> found;
    for (const SandboxExchange &exchange : list)
        found.insert(exchange.path);
    return found;
}

// The members each line names, by result.
QHash<QString, QString> resultsOf(const QList<QJsonObject> &lines)
{
    QHash<QString, QString> results;
    for (const QJsonObject &line : lines)
        results.insert(line.value("user_id").toString(), line.value("result").toString());
    return results;
}

} // namespace

class TestCliBulkProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }

    void bulkProfileAdminSetsATeamsOffice()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        // g2 is at the value already.
        QCOMPARE(h.patch("/api/v1/users/g2", Admin, R"({"office_name":"Harbor Downtown"})").status,
                 200);
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run =
            runCli({"profile", "set", "--team", "t1", "officeName=" + Office}, withKey(h, Admin));
        VERIFY_RUN(run, 0); // applied or unchanged, every one
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(resultsOf(lines), (QHash<QString, QString>{
                                       {"b1", "applied"}, {"g1", "applied"}, {"g2", "unchanged"}}));

        // One read of each member, then one PATCH of exactly the changed field for each
        // applied one, with keys of their own.
        QList<SandboxExchange> reads;
        for (const SandboxExchange &exchange : exchanges(spy)) {
            if (exchange.method == "GET" && exchange.path.startsWith("/api/v1/users/") &&
                exchange.path != u"/api/v1/users/me")
                reads.append(exchange);
        }
        QCOMPARE(paths(reads),
                 QSet<QString>({"/api/v1/users/b1", "/api/v1/users/g1", "/api/v1/users/g2"}));
        const QList<SandboxExchange> sent = writes(spy);
        QCOMPARE(paths(sent), QSet<QString>({"/api/v1/users/b1", "/api/v1/users/g1"}));
        QSet<QByteArray> keys;
        for (const SandboxExchange &write : sent) {
            QCOMPARE(bodyOf(write), QJsonObject({{"office_name", Office}}));
            keys.insert(write.requestHeader("X-Idempotency-Key"));
        }
        QCOMPARE(keys.size(), 2);
        QVERIFY(!keys.contains(QByteArray()));
        for (const char *user : {"b1", "g1", "g2"})
            QCOMPARE(profileValue(h, user, "office_name"), QJsonValue(Office));
        QVERIFY(profileValue(h, "g3", "office_name").isNull()); // team t2

        // The JSON lines: the fields in the documented order, the request ids those sent.
        static const QRegularExpression shape(
            QStringLiteral("^\\{\"user_id\":\"(b1|g1|g2)\",\"result\":\"(applied|unchanged)\","
                           "\"status\":(200|null),\"request_id\":(\"[^\"]+\"|null),"
                           "\"error\":null\\}$"));
        QSet<QByteArray> requestIds;
        for (const SandboxExchange &write : sent)
            requestIds.insert(write.requestId);
        for (const QByteArray &line : run.out.trimmed().split('\n')) {
            const QRegularExpressionMatch match = shape.match(QString::fromUtf8(line));
            QVERIFY2(match.hasMatch(), line.constData());
            const bool applied = match.captured(2) == u"applied";
            QCOMPARE(match.captured(3), applied ? QStringLiteral("200") : QStringLiteral("null"));
            if (applied)
                QVERIFY(requestIds.contains(match.captured(4).mid(1).chopped(1).toUtf8()));
            else
                QCOMPARE(match.captured(4), QStringLiteral("null"));
        }
    }

    void bulkProfileNonAdminChangesOnlyTheirOwn()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        // A broker manages team t1, but changes no profile but their own (R2). An empty value
        // clears the field for every member.
        const Run run =
            runCli({"profile", "set", "--users", "g1,b1", "title="}, withKey(h, BrokerB1));
        VERIFY_RUN(run, Incomplete);
        const QList<QJsonObject> lines = jsonLines(run);
        QCOMPARE(userIds(lines), QStringList({"g1", "b1"}));
        QCOMPARE(lines.at(0).value("result").toString(), QStringLiteral("refused"));
        QVERIFY(lines.at(0).value("status").isNull()); // never sent
        QVERIFY(lines.at(0).value("request_id").isNull());
        QVERIFY(!lines.at(0).value("error").toString().isEmpty());
        QCOMPARE(lines.at(1).value("result").toString(), QStringLiteral("applied"));
        for (const SandboxExchange &exchange : exchanges(spy))
            QVERIFY2(!exchange.path.contains("/g1"), qPrintable(exchange.path)); // not even read
        const QList<SandboxExchange> sent = writes(spy);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().path, QStringLiteral("/api/v1/users/b1"));
        QCOMPARE(bodyOf(sent.first()), QJsonObject({{"title", QJsonValue::Null}}));
        QVERIFY(profileValue(h, "b1", "title").isNull());
        QCOMPARE(profileValue(h, "g1", "title"), QJsonValue("Agent"));

        // By team: the members the broker sees, only their own profile sent.
        spy.clear();
        const Run team = runCli({"profile", "set", "--team", "t1", "office_name=" + Office},
                                withKey(h, BrokerB1));
        VERIFY_RUN(team, Incomplete);
        QCOMPARE(
            resultsOf(jsonLines(team)),
            (QHash<QString, QString>{{"b1", "applied"}, {"g1", "refused"}, {"g2", "refused"}}));
        QCOMPARE(paths(writes(spy)), QSet<QString>({"/api/v1/users/b1"}));
        QVERIFY(profileValue(h, "g1", "office_name").isNull());
    }

    void bulkProfileAdminOnlyFieldIsAUsageError()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        struct
        {
            QStringList arguments;
            const char *problem;
        } cases[] = {
            {{"profile", "set", "--team", "t1", "role=agent", "office_name=X"}, "role: "},
            {{"profile", "set", "--users", "g1,g2", "accountStatus=suspended"}, "accountStatus: "},
            {{"profile", "set", "--users", "g1", "--dry-run", "email=x@y.test"}, "email: "},
            {{"profile", "set", "--team", "t1", "name="}, "name"}, // required: cannot be cleared
        };
        for (const auto &c : cases) {
            const Run run = runCli(c.arguments, withKey(h, Admin));
            VERIFY_RUN(run, 2);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
            QVERIFY2(run.err.contains(c.problem), qPrintable(run.describe()));
        }
        QVERIFY(exchanges(spy).isEmpty()); // nothing sent, not even the caller's lookup
    }

    void bulkProfileDryRunSendsNothing()
    {
        SandboxHarness h;
        QVERIFY2(h.isReady(), qPrintable(h.error()));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.sqlite"));
        QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
        const Run run = runCli({"--journal", journal, "profile", "set", "--dry-run", "--users",
                                "g1,b1", "office_name=" + Office, "title=Agent"},
                               withKey(h, Admin));
        VERIFY_RUN(run, 0);
        QVERIFY(writes(spy).isEmpty());
        QVERIFY(!QFile::exists(journal)); // nothing sent, nothing recorded
        const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines, QStringList({"g1: office_name: null → \"Harbor Downtown\"",
                                     "b1: office_name: null → \"Harbor Downtown\"; title: "
                                     "\"Managing Broker\" → \"Agent\""}));
        QVERIFY(profileValue(h, "g1", "office_name").isNull());
        QCOMPARE(profileValue(h, "b1", "title"), QJsonValue("Managing Broker"));
    }
};

QTEST_GUILESS_MAIN(TestCliBulkProfile)
#include "tst_cli_bulk_profile.moc"
