// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalSchema.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace valara;
using namespace valara::testing;

// Files the change journal did not expect: a damaged or unreadable file is set aside (never
// deleted) and a new journal started, with a sentence saying where it went; a file from before
// any schema is migrated; a file from a newer version is refused and left byte for byte as it
// was; and the migration table takes a new step as a transaction of its own.
class TestJournalRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void garbageFileIsSetAside();
    void damagedPageIsSetAside();
    void unreadableFileIsSetAside();
    void emptyOrUnversionedFileIsMigrated();
    void newerFileIsRefusedUnchanged();
    void nextVersionIsAStep();
    void failedStepChangesNothing();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }
    // The files in the folder beside the journal's own.
    QStringList setAside() const;
    void checkUsableAndEmpty(ChangeJournal *journal);

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestJournalRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = JournalTest::at(2025, 6, 7, 8);
}

QStringList TestJournalRecovery::setAside() const
{
    return QDir(m_dir->path())
        .entryList({QStringLiteral("journal.sqlite.corrupt-*")}, QDir::Files, QDir::Name);
}

void TestJournalRecovery::checkUsableAndEmpty(ChangeJournal *journal)
{
    QVERIFY(journal->isOpen());
    QVERIFY(journal->list().isEmpty());
    const auto id = journal->record(JournalTest::timezoneChange(QStringLiteral("u1")));
    QVERIFY(id);
    QCOMPARE(journal->find(*id)->userId, QStringLiteral("u1"));
}

void TestJournalRecovery::garbageFileIsSetAside()
{
    QByteArray garbage;
    for (int i = 0; i < 3000; ++i)
        garbage += char((i * 37 + 11) % 256);
    QVERIFY(JournalTest::writeAll(path(), garbage));

    auto journal = std::make_unique<ChangeJournal>(JournalTest::AccountId, path());
    journal->setClock([this] { return m_now; });
    QSignalSpy problems(journal.get(), &ChangeJournal::problemOccurred);
    QVERIFY(journal->open());
    QCOMPARE(journal->lastProblemKind(), JournalProblem::MovedAside);
    QCOMPARE(problems.count(), 1);
    const QString aside = QStringLiteral("journal.sqlite.corrupt-20250607T080000Z");
    QCOMPARE(setAside(), QStringList{aside});
    QVERIFY2(journal->lastProblem().contains(QDir::toNativeSeparators(m_dir->filePath(aside))),
             qPrintable(journal->lastProblem()));
    QCOMPARE(JournalTest::readAll(m_dir->filePath(aside)), garbage); // nothing lost
    checkUsableAndEmpty(journal.get());

    // The same again at the same second: a second name, the first one kept.
    journal.reset();
    QVERIFY(JournalTest::writeAll(path(), garbage));
    journal = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::MovedAside);
    QCOMPARE(setAside(), (QStringList{aside, aside + QStringLiteral("-2")}));
    checkUsableAndEmpty(journal.get());
}

void TestJournalRecovery::damagedPageIsSetAside()
{
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        for (int i = 0; i < 200; ++i)
            QVERIFY(journal->record(JournalTest::timezoneChange(QStringLiteral("user-%1").arg(i))));
    }
    const QByteArray before = JournalTest::readAll(path());
    QVERIFY(before.size() > 8 * 4096);
    // A valid header, and a stretch of garbage over the tables' pages.
    QVERIFY(JournalTest::writeAll(path(), QByteArray(4 * 4096, '\x5a'), 2 * 4096));

    auto journal = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::MovedAside);
    QCOMPARE(setAside().size(), 1);
    QCOMPARE(QFileInfo(m_dir->filePath(setAside().first())).size(), before.size());
    checkUsableAndEmpty(journal.get());
}

void TestJournalRecovery::unreadableFileIsSetAside()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root reads any file");
#else
    QSKIP("a file cannot be made unreadable to its owner through its permissions here");
#endif
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        QVERIFY(journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    }
    QVERIFY(QFile::setPermissions(path(), QFile::WriteOwner));
    auto journal = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::MovedAside);
    QCOMPARE(setAside().size(), 1);
    checkUsableAndEmpty(journal.get());
}

void TestJournalRecovery::emptyOrUnversionedFileIsMigrated()
{
    // An empty file (as a crash right after creating it leaves) is a new database.
    QVERIFY(JournalTest::writeAll(path(), QByteArray()));
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
        checkUsableAndEmpty(journal.get());
    }
    QVERIFY(QFile::remove(path()));
    // A database at version 0 with a table of its own: migrated, its table kept.
    {
        JournalTest::RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')")));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    }
    auto journal = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
    checkUsableAndEmpty(journal.get());
    JournalTest::RawDatabase raw(path());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
             JournalSchema::currentVersion());
    QCOMPARE(JournalSchema::currentVersion(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT text FROM notes")).toString(),
             QStringLiteral("kept"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestJournalRecovery::newerFileIsRefusedUnchanged()
{
    {
        JournalTest::RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO entries (v) VALUES ('from the future')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    const QByteArray before = JournalTest::readAll(path());

    auto journal = std::make_unique<ChangeJournal>(JournalTest::AccountId, path());
    QSignalSpy problems(journal.get(), &ChangeJournal::problemOccurred);
    QVERIFY(!journal->open());
    QVERIFY(!journal->isOpen());
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NewerFormat);
    QCOMPARE(problems.count(), 1);
    QVERIFY2(journal->lastProblem().contains(QStringLiteral("newer version")) &&
                 journal->lastProblem().contains(QStringLiteral("7")),
             qPrintable(journal->lastProblem()));
    QVERIFY(!journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NotOpen);
    journal.reset();

    QCOMPARE(JournalTest::readAll(path()), before);
    QVERIFY(setAside().isEmpty());
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
}

void TestJournalRecovery::nextVersionIsAStep()
{
    qint64 id = 0;
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        id = journal->record(JournalTest::timezoneChange(QStringLiteral("u1"))).value();
    }
    QList<JournalSchema::Step> steps = JournalSchema::steps();
    steps << JournalSchema::Step{2,
                                 {QStringLiteral("ALTER TABLE entries ADD COLUMN note TEXT"),
                                  QStringLiteral("UPDATE entries SET note = 'migrated'")}};
    {
        JournalTest::RawDatabase raw(path());
        const JournalSchema::Result result = JournalSchema::migrate(raw.db(), steps);
        QCOMPARE(result.outcome, JournalSchema::Result::Outcome::Ready);
        QCOMPARE(result.foundVersion, 1);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT note FROM entries")).toString(),
                 QStringLiteral("migrated"));
        // Run again: nothing to do, no step repeated.
        QCOMPARE(JournalSchema::migrate(raw.db(), steps).foundVersion, 2);
        // This build's steps stop at 1: refused.
        QCOMPARE(JournalSchema::migrate(raw.db()).outcome, JournalSchema::Result::Outcome::Newer);
    }
    // And a journal of this build does not open the file it cannot read whole.
    auto journal = JournalTest::openJournal(path(), &m_now);
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NewerFormat);
    JournalTest::RawDatabase raw(path());
    QCOMPARE(
        raw.value(QStringLiteral("SELECT COUNT(*) FROM entries WHERE id = %1").arg(id)).toInt(), 1);
}

void TestJournalRecovery::failedStepChangesNothing()
{
    JournalTest::RawDatabase raw(path());
    QList<JournalSchema::Step> steps = JournalSchema::steps();
    steps << JournalSchema::Step{2,
                                 {QStringLiteral("CREATE TABLE extra (x)"),
                                  QStringLiteral("ALTER TABLE missing ADD COLUMN y")}};
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("migration to version 2")));
    const JournalSchema::Result result = JournalSchema::migrate(raw.db(), steps);
    QCOMPARE(result.outcome, JournalSchema::Result::Outcome::Failed);
    QVERIFY(result.error.contains(QStringLiteral("missing")));
    // Step 1 went through; step 2 left no trace.
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'"))
                 .toInt(),
             0);
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'entries'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestJournalRecovery)
#include "tst_journal_recovery.moc"
