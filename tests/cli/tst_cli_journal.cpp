// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli --journal: the real binary against an in-process sandbox on loopback records each
// write in the desktop app's change journal (Sending before it leaves, then Applied or Failed),
// and a journal that cannot be used stops the write before anything is sent.
#include "CliProcess.h"
#include "SandboxHarness.h"
#include "sandbox/http/FaultInjector.h"

#include "api/ApiClient.h"
#include "models/accounts/Account.h"
#include "models/journal/ChangeJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace CliProcess;

namespace {

const QByteArray AgentG1 = "key-agent-g1";

QString accountId(SandboxHarness &h, Account::Kind kind, const QString &userId)
{
    Account account;
    account.kind = kind;
    account.baseUrl = h.url(QStringLiteral("/"));
    account.userId = userId;
    return account.id();
}

// The journal's entries as the desktop app would read them, newest first.
QList<JournalEntry> entriesOf(const QString &path)
{
    ChangeJournal journal(QStringLiteral("reader"), path);
    if (!journal.open())
        return {};
    return journal.list();
}

std::optional<SandboxExchange> findWrite(const QList<SandboxExchange> &seen)
{
    for (const SandboxExchange &exchange : seen) {
        if (exchange.method == "PATCH" || exchange.method == "PUT")
            return exchange;
    }
    return std::nullopt;
}

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writeIsJournaledSendingThenAppliedWithItsKey();
    void refusedWriteIsJournaledFailedWithTheMessage();
    void meApiWriteIsJournaledForTheMeAccount();
    void unusableJournalSendsNothing_data();
    void unusableJournalSendsNothing();
    void damagedJournalIsSetAsideAndTheWriteGoesOn();
    void readsAreNotJournaled();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCliJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cli.journal"));
}

void TestCliJournal::writeIsJournaledSendingThenAppliedWithItsKey()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString prefsPath = QStringLiteral("/api/v1/users/g1/preferences");
    const QJsonObject before = h.get(prefsPath, AgentG1).json();
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    // Once the record has been read, the sandbox holds its answers: the write stays in flight
    // long enough to see its entry while the server has not answered it.
    connect(&h.server(), &SandboxServer::exchangeCompleted, this,
            [&h, prefsPath](const SandboxExchange &exchange) {
                if (exchange.method == "GET" && exchange.path == prefsPath)
                    h.server().faults().setLatencyMs(1500);
            });

    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(&process, {"--journal", m_path, "prefs", "set", "timezone=Europe/Paris", "theme=dark"},
             withKey(h, AgentG1));
    QTRY_VERIFY_WITH_TIMEOUT(!entriesOf(m_path).isEmpty(), 30000);
    const JournalEntry sending = entriesOf(m_path).first();
    QCOMPARE(sending.state, JournalEntry::State::Sending);
    QVERIFY(!findWrite(exchanges(spy))); // not answered yet
    QVERIFY(ApiClient::isValidIdempotencyKey(sending.idempotencyKey));

    const Run run = waitForCli(&process, &finished);
    h.server().faults().setLatencyMs(0);
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    const QList<SandboxExchange> seen = exchanges(spy);
    QCOMPARE(seen.size(), 3); // the caller, the record as it is, the write
    QCOMPARE(seen.at(0).path, QStringLiteral("/api/v1/users/me"));
    QCOMPARE(seen.at(1).path, prefsPath);
    const std::optional<SandboxExchange> write = findWrite(seen);
    QVERIFY(write && write->applied);

    const QList<JournalEntry> entries = entriesOf(m_path);
    QCOMPARE(entries.size(), 1);
    const JournalEntry &entry = entries.first();
    QCOMPARE(entry.id, sending.id);
    QCOMPARE(entry.accountId, accountId(h, Account::Kind::Valara, QStringLiteral("g1")));
    QCOMPARE(entry.userId, QStringLiteral("g1"));
    QCOMPARE(entry.service, JournalEntry::ServiceValara);
    QCOMPARE(entry.method, QByteArray("PATCH"));
    QCOMPARE(entry.path, prefsPath);
    QCOMPARE(entry.state, JournalEntry::State::Applied);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.requestId.toUtf8(), write->requestId);
    QVERIFY(entry.error.isEmpty());
    // The key the request went out with is the one recorded before it left.
    QCOMPARE(write->requestHeader("X-Idempotency-Key"), sending.idempotencyKey);
    QCOMPARE(entry.idempotencyKey, sending.idempotencyKey);
    QCOMPARE(entry.fields.size(), 2);
    QCOMPARE(entry.field("timezone")->serverValue, before.value("timezone"));
    QCOMPARE(entry.field("timezone")->newValue, QJsonValue("Europe/Paris"));
    QCOMPARE(entry.field("theme")->serverValue, before.value("theme"));
    QCOMPARE(entry.field("theme")->newValue, QJsonValue("dark"));

    // Sent again with the recorded key, the same change is replayed, not applied twice (C3).
    const HttpReply replay = h.patch(prefsPath, AgentG1, QJsonDocument(bodyOf(*write)).toJson(),
                                     {{"X-Idempotency-Key", entry.idempotencyKey}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
}

void TestCliJournal::refusedWriteIsJournaledFailedWithTheMessage()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QJsonObject before = h.storedUser(QStringLiteral("g1"));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    // The refusal comes to the write, after the caller and the record were read.
    connect(&h.server(), &SandboxServer::exchangeCompleted, this,
            [&h](const SandboxExchange &exchange) {
                if (exchange.method == "GET" && exchange.path == u"/api/v1/users/g1")
                    h.server().faults().answerNext(
                        422, R"({"detail":[{"type":"value_error","loc":["body","cell_phone"],)"
                             R"("msg":"Value error, not a valid phone number"}]})");
            });

    // The journal from VALARA_JOURNAL, the user given.
    Environment environment = withKey(h, AgentG1);
    environment.append({QStringLiteral("VALARA_JOURNAL"), m_path});
    const Run run = runCli({"profile", "set", "g1", "cellPhone=+1 650 253 0000"}, environment);
    VERIFY_RUN(run, 5);
    const std::optional<SandboxExchange> write = findWrite(exchanges(spy));
    QVERIFY(write);
    QCOMPARE(write->status, 422);

    const QList<JournalEntry> entries = entriesOf(m_path);
    QCOMPARE(entries.size(), 1);
    const JournalEntry &entry = entries.first();
    QCOMPARE(entry.state, JournalEntry::State::Failed);
    QCOMPARE(entry.httpStatus, 422);
    QCOMPARE(entry.requestId.toUtf8(), write->requestId);
    QVERIFY2(entry.error.contains(QStringLiteral("cell_phone: ")) &&
                 entry.error.contains(QStringLiteral("not a valid phone number")),
             qPrintable(entry.error));
    QCOMPARE(entry.path, QStringLiteral("/api/v1/users/g1"));
    QCOMPARE(write->requestHeader("X-Idempotency-Key"), entry.idempotencyKey);
    QCOMPARE(entry.fields.size(), 1);
    // Whatever the server held, absent (undefined) included, is what the entry is based on.
    QCOMPARE(entry.fields.first().key, QStringLiteral("cell_phone"));
    QCOMPARE(entry.fields.first().serverValue, before.value("cell_phone"));
    QCOMPARE(entry.fields.first().newValue, QJsonValue("+16502530000"));

    // history reads it back from the same journal, offline.
    const Run history = runCli({"history", "--json"}, {{QStringLiteral("VALARA_JOURNAL"), m_path}});
    VERIFY_RUN(history, 0);
    const QJsonArray listed = QJsonDocument::fromJson(history.out).array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first()["state"].toString(), QStringLiteral("failed"));
    QCOMPARE(listed.first()["idempotency_key"].toString().toLatin1(), entry.idempotencyKey);
}

void TestCliJournal::meApiWriteIsJournaledForTheMeAccount()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const Environment environment = {
        {QStringLiteral("VALARA_BASE_URL"), h.url(QStringLiteral("/")).toString()},
        {QStringLiteral("VALARA_SESSION_TOKEN"), QString::fromLatin1(h.sessionToken("g1"))}};

    const Run run =
        runCli({"--journal", m_path, "me", "set-timezone", "Europe/Lisbon"}, environment);
    VERIFY_RUN(run, 0);
    const std::optional<SandboxExchange> write = findWrite(exchanges(spy));
    QVERIFY(write);
    QCOMPARE(exchanges(spy).size(), 2); // GET /v1/me, then the write

    const QList<JournalEntry> entries = entriesOf(m_path);
    QCOMPARE(entries.size(), 1);
    const JournalEntry &entry = entries.first();
    QCOMPARE(entry.accountId, accountId(h, Account::Kind::MeApi, QStringLiteral("g1")));
    QCOMPARE(entry.service, JournalEntry::ServiceMeApi);
    QCOMPARE(entry.userId, QStringLiteral("g1"));
    QCOMPARE(entry.path, QStringLiteral("/v1/me"));
    QCOMPARE(entry.state, JournalEntry::State::Applied);
    QCOMPARE(entry.idempotencyKey, write->requestHeader("X-Idempotency-Key"));
    QCOMPARE(entry.fields,
             (QList<JournalEntry::Field>{{"timezone", "America/Denver", "Europe/Lisbon"}}));
}

void TestCliJournal::unusableJournalSendsNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("a folder") << "folder" << QByteArray("cannot be used");
    QTest::newRow("a newer version") << "newer" << QByteArray("cannot be used");
    QTest::newRow("under a file") << "under a file" << QByteArray("cannot be used");
}

void TestCliJournal::unusableJournalSendsNothing()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, expected);
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(m_path));
    } else if (kind == u"newer") {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        QSqlDatabase::removeDatabase(kind);
    } else {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        m_path += QStringLiteral("/cli.journal"); // a path whose folder is a file
    }
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);

    const Run run =
        runCli({"--journal", m_path, "prefs", "set", "theme=dark"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 8);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(
        run.err.startsWith("valara-cli: the journal " + QDir::toNativeSeparators(m_path).toUtf8()),
        qPrintable(run.describe()));
    QVERIFY2(run.err.contains(expected), qPrintable(run.describe()));
    // Give a stray request every chance to arrive: there must be none.
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
}

void TestCliJournal::damagedJournalIsSetAsideAndTheWriteGoesOn()
{
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));

    const Run run =
        runCli({"--journal", m_path, "prefs", "set", "theme=dark"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.startsWith("valara-cli: warning: ") && run.err.contains("set aside"),
             qPrintable(run.describe()));
    const QStringList aside =
        QDir(m_dir->path()).entryList({QStringLiteral("cli.journal.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QList<JournalEntry> entries = entriesOf(m_path);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, JournalEntry::State::Applied);
}

void TestCliJournal::readsAreNotJournaled()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const Run run = runCli({"--journal", m_path, "prefs", "get"}, withKey(h, AgentG1));
    VERIFY_RUN(run, 0);
    QCOMPARE(spy.count(), 2); // the caller, the preferences: no extra read
    QVERIFY(!QFile::exists(m_path));
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
