// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A change interrupted by SIGKILL is either applied exactly once or restored as a draft: never
// lost, never applied twice. A child process running the app's models (journal_crash_child) edits
// g2's timezone and saves against the real sandbox, which runs here; it is killed at each point
// of the save, then run again as the restart, which sends again what was on its way (with the
// key the journal holds) and restores drafts.
#include "SandboxHarness.h"
#include "models/journal/ChangeJournal.h"
#include "sandbox/http/FaultInjector.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QString Account = QStringLiteral("valara:crash-test:b1");
const QString Path = QStringLiteral("/api/v1/users/g2/preferences");
const QString NewZone = QStringLiteral("Asia/Kolkata");
const QString OldZone = QStringLiteral("America/New_York");

// One run of the child, its output read as it comes.
class Child
{
public:
    explicit Child(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_output += m_process.readAllStandardOutput(); });
        m_process.start(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/journal_crash_child"),
                        arguments);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess &process() { return m_process; }
    QString output() const { return QString::fromUtf8(m_output); }
    bool said(const QString &line) const { return output().split(u'\n').contains(line); }
    bool saidStarting(const QString &start) const { return !lineStarting(start).isEmpty(); }
    QString lineStarting(const QString &start) const
    {
        for (const QString &line : output().split(u'\n')) {
            if (line.startsWith(start))
                return line;
        }
        return {};
    }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void killedMidSaveIsAppliedOnceOrRestored_data();
    void killedMidSaveIsAppliedOnceOrRestored();

private:
    QStringList arguments(const QString &command) const
    {
        return {command, m_sandbox->server().baseUrl().toString(), QStringLiteral("key-broker-b1"),
                m_dir->filePath(QStringLiteral("journal.sqlite")), QStringLiteral("g2")};
    }
    QString serverZone()
    {
        return m_sandbox->get(Path, "key-broker-b1").json().value("timezone").toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxHarness> m_sandbox;
};

void TestJournalCrash::killedMidSaveIsAppliedOnceOrRestored_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("appliedBeforeRestart");
    QTest::addColumn<bool>("sentAgain");
    // Only a draft: restored into the form on restart, nothing sent.
    QTest::newRow("before the journal write") << "before-write" << false << false;
    // Journaled as Sending, never sent: the restart sends it, with the journaled key.
    QTest::newRow("after the journal write") << "after-write" << false << true;
    // The server applies it after the client died: the restart finds it applied.
    QTest::newRow("after the request left") << "request-left" << true << false;
    QTest::newRow("after the answer arrived") << "answer-arrived" << true << false;
    QTest::newRow("after the journal update") << "after-update" << true << false;
}

void TestJournalCrash::killedMidSaveIsAppliedOnceOrRestored()
{
#ifndef Q_OS_UNIX
    QSKIP("QProcess::kill() is SIGKILL on Unix only");
#endif
    QFETCH(QString, point);
    QFETCH(bool, appliedBeforeRestart);
    QFETCH(bool, sentAgain);
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxHarness>();
    QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
    QCOMPARE(serverZone(), OldZone);

    QList<SandboxExchange> writes;
    connect(&m_sandbox->server(), &SandboxServer::exchangeCompleted, this,
            [&](const SandboxExchange &exchange) {
                if (exchange.method == "PATCH" && exchange.path == Path)
                    writes.append(exchange);
            });

    {
        Child saving(arguments(QStringLiteral("save"))
                     << QStringLiteral("timezone") << NewZone << point);
        if (point == QLatin1String("request-left")) {
            // Killed the moment the request reaches the server, which answers a little later
            // (to a client that is gone) and applies it all the same.
            m_sandbox->server().faults().setLatencyMs(300);
            connect(&m_sandbox->server(), &SandboxServer::requestReceived, &saving.process(),
                    [&](const QByteArray &method) {
                        if (method == "PATCH")
                            saving.process().kill();
                    });
            QTRY_VERIFY_WITH_TIMEOUT(saving.finished(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(writes.size(), 1, 5000);
            m_sandbox->server().faults().setLatencyMs(0);
        } else {
            QTRY_VERIFY2_WITH_TIMEOUT(saving.said("AT " + point) || saving.finished(),
                                      qPrintable(saving.output()), 15000);
            QVERIFY2(saving.said("AT " + point), qPrintable(saving.output()));
            saving.process().kill(); // SIGKILL
            QVERIFY(saving.process().waitForFinished(5000));
        }
        QCOMPARE(saving.process().exitStatus(), QProcess::CrashExit);
        QVERIFY2(!saving.said("SAVED"), qPrintable(saving.output()));
    }
    QCOMPARE(writes.size(), appliedBeforeRestart ? 1 : 0);
    QCOMPARE(serverZone(), appliedBeforeRestart ? NewZone : OldZone);

    // The journal as the killed run left it: the key the change was (or was to be) sent with.
    QByteArray journaledKey;
    {
        ChangeJournal journal(Account, m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(journal.open());
        const QList<JournalEntry> sending = journal.sending(QStringLiteral("g2"));
        if (!sending.isEmpty())
            journaledKey = sending.constFirst().idempotencyKey;
        QCOMPARE(journal.drafts(QStringLiteral("g2")).size(), point == "before-write" ? 1 : 0);
    }

    Child restart(arguments(QStringLiteral("recover")));
    QTRY_VERIFY2_WITH_TIMEOUT(restart.finished(), qPrintable(restart.output()), 20000);
    QVERIFY2(restart.said("DONE"), qPrintable(restart.output()));

    // Applied exactly once, or not at all and back in the form as an unsaved edit.
    const int applied = int(std::count_if(writes.begin(), writes.end(),
                                          [](const SandboxExchange &e) { return e.applied; }));
    if (point == QLatin1String("before-write")) {
        QCOMPARE(applied, 0);
        QCOMPARE(serverZone(), OldZone);
        QVERIFY2(restart.said(R"(RESTORED {"timezone":"Asia/Kolkata"})"),
                 qPrintable(restart.output()));
        QVERIFY(restart.said("OFFER g2 1"));
        return;
    }
    QCOMPARE(applied, 1);
    QCOMPARE(serverZone(), NewZone);
    QVERIFY2(!restart.saidStarting("OFFER"), qPrintable(restart.output()));
    QCOMPARE(writes.size(), sentAgain ? 1 : (appliedBeforeRestart ? 1 : 0));
    if (sentAgain) {
        QVERIFY(!journaledKey.isEmpty());
        QCOMPARE(writes.constLast().requestHeader("X-Idempotency-Key"), journaledKey);
    }
    ChangeJournal journal(Account, m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(journal.open());
    const QList<JournalEntry> entries = journal.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, JournalEntry::State::Applied);
}

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journal_crash.moc"
