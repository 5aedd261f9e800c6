// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalDatabase.h"

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

using namespace valara;
using namespace valara::testing;

// The change journal's file: owner-only (with its -wal and -shm), shared by two instances of the
// app without loss, free of any credential, deleted whole with the account, still usable after
// a statement fails because another instance held the lock too long, and in WAL mode with
// synchronous=NORMAL (a commit survives a crash of the app without waiting for the disk;
// journal_crash covers the crash).
class TestJournalFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fileIsOwnerOnly();
    void twoInstancesShareOneFile();
    void writerWaitsForAnotherInstance();
    void noCredentialReachesTheFile();
    void deleteDatabaseRemovesEveryFile();
    void sqlErrorIsReportedAndJournalStaysUsable();
    void walFileSyncsAtCheckpointsOnly();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal/account.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

using State = JournalEntry::State;

namespace {

constexpr QFile::Permissions NotOwner = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                        QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

bool isOwnerOnly(const QString &path)
{
    const QFile::Permissions permissions = QFile::permissions(path);
    return (permissions & NotOwner) == 0 && (permissions & QFile::ReadOwner) &&
           (permissions & QFile::WriteOwner);
}

} // namespace

void TestJournalFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = JournalTest::at(2025, 5, 1);
}

void TestJournalFile::fileIsOwnerOnly()
{
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        QVERIFY(journal->isOpen());
        QVERIFY(journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
        // The folder it made, the file, and SQLite's companions while open.
        QVERIFY(isOwnerOnly(QFileInfo(path()).absolutePath()));
        for (const QString &file :
             {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(isOwnerOnly(file), qPrintable(file));
        }
    }
    // Opened again after someone widened it: narrowed again, companions too (SQLite makes them
    // with the main file's permissions when they are created).
    QVERIFY(QFile::setPermissions(path(), QFile::permissions(path()) | QFile::ReadOther |
                                              QFile::ReadGroup | QFile::WriteGroup));
    auto journal = JournalTest::openJournal(path(), &m_now);
    QVERIFY(journal->isOpen());
    QCOMPARE(journal->list().size(), 1);
    for (const QString &file :
         {path(), path() + QStringLiteral("-wal"), path() + QStringLiteral("-shm")}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY2(isOwnerOnly(file), qPrintable(file));
    }
}

void TestJournalFile::twoInstancesShareOneFile()
{
    auto first = JournalTest::openJournal(path(), &m_now);
    auto second = JournalTest::openJournal(path(), &m_now);
    QVERIFY(first->isOpen());
    QVERIFY(second->isOpen());

    QList<qint64> ids;
    for (int i = 0; i < 10; ++i) {
        m_now = m_now.addSecs(1);
        ChangeJournal *writer = i % 2 == 0 ? first.get() : second.get();
        const auto id =
            writer->record(JournalTest::timezoneChange(QStringLiteral("u%1").arg(i % 3)));
        QVERIFY(id);
        QVERIFY(!ids.contains(*id));
        ids.prepend(*id);
        // Each one's change is at once seen and changed by the other.
        ChangeJournal *other = writer == first.get() ? second.get() : first.get();
        QVERIFY(other->updateState(*id, State::Sending));
    }
    QVERIFY(first->updateState(ids.last(), State::Applied, 200, QStringLiteral("req-a")));
    QVERIFY(second->updateDraftFields(
        second->record(JournalTest::timezoneChange(QStringLiteral("u1"))).value(), {}));

    for (ChangeJournal *journal : {first.get(), second.get()}) {
        const QList<JournalEntry> entries = journal->list();
        QCOMPARE(entries.size(), 11);
        QCOMPARE(entries.first().fields.size(), 0);
        QCOMPARE(entries.last().state, State::Applied);
        QCOMPARE(entries.last().requestId, QStringLiteral("req-a"));
        for (qsizetype i = 1; i < entries.size() - 1; ++i)
            QCOMPARE(entries.at(i).state, State::Sending);
        QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
    }
    // u0's first change was applied; its three others are still sending.
    first.reset();
    QCOMPARE(second->sending(QStringLiteral("u0")).size(), 3);
}

void TestJournalFile::writerWaitsForAnotherInstance()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    QVERIFY(journal->isOpen());
    // Another instance (its own thread and connection) takes the write lock, writes, and holds
    // the lock a moment: this journal's write waits within its busy timeout instead of failing.
    std::promise<void> locked;
    std::thread other([this, &locked] {
        JournalTest::RawDatabase raw(path());
        raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        raw.exec(QStringLiteral("DELETE FROM entries"));
        locked.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        raw.exec(QStringLiteral("COMMIT"));
    });
    locked.get_future().wait();
    const auto id = journal->record(JournalTest::timezoneChange(QStringLiteral("u1")));
    other.join();
    QVERIFY(id);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
    QCOMPARE(journal->list().size(), 1);
}

void TestJournalFile::noCredentialReachesTheFile()
{
    // The kind of secrets the app holds for an account: a Valara API key and a Me API session
    // token (a JWT). Callers must never hand them to the journal; where one could slip in (a query
    // string, an error that echoes a header) the journal removes it.
    const QByteArray apiKey = "key-journal-9f8e7d6c5b4a3f2e1d0c";
    const QByteArray jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3ItbWF5YSJ9.c2lnbmF0dXJlLWJ5dGVz";
    JournalEntry entry = JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending);
    entry.path += QStringLiteral("?api_key=") + QString::fromLatin1(apiKey);
    const QByteArray key = entry.idempotencyKey;
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        const qint64 id = journal->record(entry).value();
        QVERIFY(
            journal->updateState(id, State::Failed, 401, QStringLiteral("req-9"),
                                 QStringLiteral("Refused Authorization: Bearer %1 for %2")
                                     .arg(QString::fromLatin1(apiKey), QString::fromLatin1(jwt))));
        const JournalEntry stored = journal->find(id).value();
        QCOMPARE(stored.path, QStringLiteral("/api/v1/users/u1/preferences"));
        QCOMPARE(stored.error,
                 QStringLiteral("Refused Authorization: Bearer [redacted] for [redacted]"));
        // While open: the file and its WAL.
        QByteArray bytes;
        for (const QString &file : JournalTest::RawDatabase::files(path()))
            bytes += JournalTest::readAll(file);
        QVERIFY(bytes.contains(key)); // the scan does see what is stored
        QVERIFY(!bytes.contains(apiKey));
        QVERIFY(!bytes.contains(jwt));
    }
    const QByteArray bytes = JournalTest::readAll(path());
    QVERIFY(bytes.contains(key));
    QVERIFY(bytes.contains("America/Chicago"));
    QVERIFY(!bytes.contains(apiKey));
    QVERIFY(!bytes.contains(jwt));
}

void TestJournalFile::deleteDatabaseRemovesEveryFile()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    QVERIFY(journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    // Another instance keeps the -wal and -shm files in place past this one's close.
    auto other = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(other->list().size(), 1);
    QSignalSpy changed(journal.get(), &ChangeJournal::entriesChanged);

    QVERIFY(journal->deleteDatabase());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!journal->isOpen());
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files), QStringList());
    other.reset();
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files), QStringList());
    QVERIFY(!journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NotOpen);
}

void TestJournalFile::sqlErrorIsReportedAndJournalStaysUsable()
{
    auto journal = std::make_unique<ChangeJournal>(JournalTest::AccountId, path());
    journal->setClock([this] { return m_now; });
    journal->setBusyTimeout(50);
    QVERIFY(journal->open());
    const qint64 id = journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))).value();

    // Another instance holds the write lock beyond the busy timeout.
    JournalTest::RawDatabase other(path());
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QSignalSpy problems(journal.get(), &ChangeJournal::problemOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^record failed:.*lock")));
    QVERIFY(!journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::Sql);
    QVERIFY(journal->lastProblem().contains(QStringLiteral("locked")));
    QCOMPARE(problems.count(), 1);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^updateState failed:.*lock")));
    QVERIFY(!journal->updateState(id, State::Sending));
    QCOMPARE(journal->find(id)->state, State::Draft); // reads go on meanwhile
    QCOMPARE(journal->list().size(), 1);

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    journal->clearProblem();
    QVERIFY(journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    QVERIFY(journal->updateState(id, State::Sending));
    QCOMPARE(journal->list().size(), 2);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
}

QTEST_GUILESS_MAIN(TestJournalFile)
#include "tst_journal_file.moc"

void TestJournalFile::walFileSyncsAtCheckpointsOnly()
{
    JournalDatabase database(path());
    QCOMPARE(database.open(m_now).problem, JournalProblem::None);
    QSqlQuery query(database.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // NORMAL: 0 OFF, 1 NORMAL, 2 FULL (the default)
}
