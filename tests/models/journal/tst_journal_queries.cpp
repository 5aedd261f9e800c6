// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/journal/ChangeJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

// Reading the change journal back: the filters of the History page (user, field, dates, states,
// newest first), what a start-up recovers (drafts and entries still sending, oldest first),
// removing a user's drafts, and pruning by age on the injected clock, which never drops unsent
// work.
class TestJournalQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsNewestFirst();
    void filters();
    void recoveryListsOldestFirst();
    void removeDrafts();
    void pruneByAge();

private:
    qint64 record(const JournalEntry &entry, const QDateTime &when);
    QList<qint64> ids(const JournalFilter &filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    QDateTime m_now;
};

using State = JournalEntry::State;
using JournalTest::field;

void TestJournalQueries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = JournalTest::at(2025, 1, 1);
    m_journal = JournalTest::openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")), &m_now);
    QVERIFY(m_journal->isOpen());
}

qint64 TestJournalQueries::record(const JournalEntry &entry, const QDateTime &when)
{
    // Recorded as Draft or Sending, then moved to the state the test wants.
    m_now = when;
    JournalEntry recorded = entry;
    if (entry.state != State::Draft)
        recorded.state = State::Sending;
    const qint64 id = m_journal->record(recorded).value_or(0);
    if (entry.state != recorded.state && !m_journal->updateState(id, entry.state))
        return 0;
    return id;
}

QList<qint64> TestJournalQueries::ids(const JournalFilter &filter)
{
    QList<qint64> ids;
    for (const JournalEntry &entry : m_journal->list(filter))
        ids << entry.id;
    return ids;
}

void TestJournalQueries::listsNewestFirst()
{
    const qint64 a =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 2));
    const qint64 b =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 3));
    // Same time: the later id first.
    const qint64 c =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 3));
    QCOMPARE(ids({}), (QList<qint64>{c, b, a}));

    JournalFilter oldestFirst;
    oldestFirst.newestFirst = false;
    QCOMPARE(ids(oldestFirst), (QList<qint64>{a, b, c}));

    JournalFilter limited;
    limited.limit = 2;
    QCOMPARE(ids(limited), (QList<qint64>{c, b}));
    const QList<JournalEntry> entries = m_journal->list(limited);
    QCOMPARE(entries.at(0).fields.size(), 1);
    QCOMPARE(entries.at(1).fields.size(), 1);
}

void TestJournalQueries::filters()
{
    const auto language =
        field(QStringLiteral("language"), QStringLiteral("en-US"), QStringLiteral("de-DE"));
    const auto timezone =
        field(QStringLiteral("timezone"), QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"));
    const qint64 u1Language =
        record(JournalTest::entry(QStringLiteral("u1"), {language}), JournalTest::at(2025, 1, 10));
    const qint64 u1Both =
        record(JournalTest::entry(QStringLiteral("u1"), {timezone, language}, State::Sending),
               JournalTest::at(2025, 1, 20));
    const qint64 u2Timezone =
        record(JournalTest::entry(QStringLiteral("u2"), {timezone}, State::Applied),
               JournalTest::at(2025, 1, 30));
    const qint64 u1Timezone =
        record(JournalTest::entry(QStringLiteral("u1"), {timezone}, State::Conflicted),
               JournalTest::at(2025, 2, 10));
    const qint64 u2Failed =
        record(JournalTest::entry(QStringLiteral("u2"), {language}, State::Failed),
               JournalTest::at(2025, 2, 20));

    JournalFilter byUser;
    byUser.userId = QStringLiteral("u1");
    QCOMPARE(ids(byUser), (QList<qint64>{u1Timezone, u1Both, u1Language}));

    JournalFilter byField;
    byField.fieldKey = QStringLiteral("language");
    QCOMPARE(ids(byField), (QList<qint64>{u2Failed, u1Both, u1Language}));
    // An entry that changes two fields comes with both.
    QCOMPARE(m_journal->list(byField).at(1).fields.size(), 2);

    // Dates are inclusive at both ends.
    JournalFilter byDates;
    byDates.from = JournalTest::at(2025, 1, 20);
    byDates.to = JournalTest::at(2025, 2, 10);
    QCOMPARE(ids(byDates), (QList<qint64>{u1Timezone, u2Timezone, u1Both}));
    JournalFilter fromOnly;
    fromOnly.from = JournalTest::at(2025, 2, 1);
    QCOMPARE(ids(fromOnly), (QList<qint64>{u2Failed, u1Timezone}));
    JournalFilter toOnly;
    toOnly.to = JournalTest::at(2025, 1, 10);
    QCOMPARE(ids(toOnly), (QList<qint64>{u1Language}));

    JournalFilter byStates;
    byStates.states = {State::Applied, State::Failed, State::Conflicted};
    QCOMPARE(ids(byStates), (QList<qint64>{u2Failed, u1Timezone, u2Timezone}));

    JournalFilter all;
    all.userId = QStringLiteral("u1");
    all.fieldKey = QStringLiteral("timezone");
    all.from = JournalTest::at(2025, 1, 15);
    all.states = {State::Sending};
    QCOMPARE(ids(all), (QList<qint64>{u1Both}));

    JournalFilter none;
    none.userId = QStringLiteral("nobody");
    QVERIFY(ids(none).isEmpty());
    QCOMPARE(m_journal->lastProblemKind(), JournalProblem::None);
}

void TestJournalQueries::recoveryListsOldestFirst()
{
    const qint64 draft1 =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 2));
    const qint64 sending1 =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending),
               JournalTest::at(2025, 1, 3));
    const qint64 draft2 =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 4));
    const qint64 sending2 =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending),
               JournalTest::at(2025, 1, 5));
    record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Applied),
           JournalTest::at(2025, 1, 6));
    record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Failed),
           JournalTest::at(2025, 1, 6));
    record(JournalTest::timezoneChange(QStringLiteral("u2")), JournalTest::at(2025, 1, 7));
    record(JournalTest::timezoneChange(QStringLiteral("u2"), State::Sending),
           JournalTest::at(2025, 1, 7));

    QList<qint64> drafts;
    for (const JournalEntry &entry : m_journal->drafts(QStringLiteral("u1")))
        drafts << entry.id;
    QCOMPARE(drafts, (QList<qint64>{draft1, draft2}));
    QList<qint64> sending;
    for (const JournalEntry &entry : m_journal->sending(QStringLiteral("u1")))
        sending << entry.id;
    QCOMPARE(sending, (QList<qint64>{sending1, sending2}));
    // A recovered entry keeps the key it was recorded with.
    QVERIFY(!m_journal->sending(QStringLiteral("u1")).first().idempotencyKey.isEmpty());
    QCOMPARE(m_journal->drafts(QStringLiteral("u2")).size(), 1);
}

void TestJournalQueries::removeDrafts()
{
    record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 2));
    record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 3));
    const qint64 sent = record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending),
                               JournalTest::at(2025, 1, 4));
    const qint64 other =
        record(JournalTest::timezoneChange(QStringLiteral("u2")), JournalTest::at(2025, 1, 5));
    QSignalSpy changed(m_journal.get(), &ChangeJournal::entriesChanged);

    QCOMPARE(m_journal->removeDrafts(QStringLiteral("u1")), std::optional<int>(2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ids({}), (QList<qint64>{other, sent}));
    QCOMPARE(m_journal->removeDrafts(QStringLiteral("u1")), std::optional<int>(0));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_journal->removeDrafts(QString()));
    QCOMPARE(m_journal->lastProblemKind(), JournalProblem::InvalidEntry);
    QCOMPARE(ids({}).size(), 2);
}

void TestJournalQueries::pruneByAge()
{
    const QDateTime start = JournalTest::at(2025, 1, 1);
    const qint64 applied =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Applied), start);
    const qint64 draft = record(JournalTest::timezoneChange(QStringLiteral("u1")), start);
    const qint64 sending =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending), start);
    const qint64 failed =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Failed), start);
    const qint64 conflicted =
        record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Conflicted), start);
    const qint64 later = record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Applied),
                                start.addDays(100));
    QSignalSpy changed(m_journal.get(), &ChangeJournal::entriesChanged);

    // Exactly 180 days old is kept; one millisecond more is not.
    m_now = start.addDays(ChangeJournal::DefaultRetentionDays);
    QCOMPARE(m_journal->prune(), std::optional<int>(0));
    QCOMPARE(changed.count(), 0);
    m_now = m_now.addMSecs(1);
    QCOMPARE(m_journal->prune(), std::optional<int>(3));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ids({}), (QList<qint64>{later, sending, draft}));
    QVERIFY(!m_journal->find(applied) && !m_journal->find(failed) && !m_journal->find(conflicted));

    // Their fields went with them.
    JournalTest::RawDatabase raw(m_journal->path());
    QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM entry_fields")).toInt(), 3);

    // A shorter retention, counted from the injected clock.
    QCOMPARE(m_journal->prune(81), std::optional<int>(0));
    QCOMPARE(m_journal->prune(80), std::optional<int>(1));
    QCOMPARE(ids({}), (QList<qint64>{sending, draft}));
    QVERIFY(!m_journal->prune(-1));
    QCOMPARE(m_journal->lastProblemKind(), JournalProblem::InvalidEntry);
}

QTEST_GUILESS_MAIN(TestJournalQueries)
#include "tst_journal_queries.moc"
