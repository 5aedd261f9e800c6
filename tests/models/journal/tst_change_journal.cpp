// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/journal/ChangeJournal.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

// The change journal's entries: what is recorded comes back whole after a close and reopen, state
// changes follow Draft -> Sending -> Applied/Failed/Conflicted, drafts alone change their fields,
// incomplete or foreign entries are refused, a journal turned off records nothing, and the file is
// named by a hash of the account.
class TestChangeJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void entrySurvivesReopen();
    void canMove_data();
    void canMove();
    void stateChanges();
    void onlyDraftsChangeFields();
    void incompleteOrForeignEntriesAreRefused();
    void disabledJournalRecordsNothing();
    void closedJournalReportsNotOpen();
    void fileNameIsAHashOfTheAccount();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

using State = JournalEntry::State;
using JournalTest::field;

void TestChangeJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = JournalTest::at(2025, 3, 14);
}

void TestChangeJournal::entrySurvivesReopen()
{
    JournalEntry written = JournalTest::entry(
        QStringLiteral("usr-zoe"),
        {field(QStringLiteral("timezone"), QStringLiteral("America/Denver"),
               QStringLiteral("Asia/Tokyo")),
         field(QStringLiteral("display_name"), QStringLiteral("Zoë"), QStringLiteral("東京のゾエ")),
         field(QStringLiteral("phone"), QJsonValue::Null, QStringLiteral("+13035550100")),
         field(QStringLiteral("bio"), QString(), QJsonValue::Null),
         field(QStringLiteral("listing_count"), 3, 4.5),
         field(QStringLiteral("big"), qint64(1) << 40, -0.25),
         field(QStringLiteral("notify"), true, false),
         field(QStringLiteral("address"),
               QJsonObject{{QStringLiteral("state"), QStringLiteral("CO")}},
               QJsonArray{1, QStringLiteral("two"), QJsonValue::Null}),
         field(QStringLiteral("new_in_server"), QJsonValue::Undefined, QStringLiteral("x"))},
        State::Sending);
    written.service = JournalEntry::ServiceMeApi;
    written.method = "PUT";
    written.path = QStringLiteral("/v1/me/preferences");
    written.idempotencyKey = "2f1c7f0e-8e0b-4c43-9d43-0b8c9a0f6a11";

    qint64 id = 0;
    {
        auto journal = JournalTest::openJournal(path(), &m_now);
        QVERIFY(journal->isOpen());
        QCOMPARE(journal->lastProblemKind(), JournalProblem::None);
        QSignalSpy changed(journal.get(), &ChangeJournal::entriesChanged);
        id = journal->record(written).value_or(0);
        QVERIFY(id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            journal->record(JournalTest::timezoneChange(QStringLiteral("usr-zoe"))).value_or(0),
            id + 1);
    }
    auto journal = JournalTest::openJournal(path(), &m_now);
    const std::optional<JournalEntry> read = journal->find(id);
    QVERIFY(read);
    QCOMPARE(read->id, id);
    QCOMPARE(read->accountId, JournalTest::AccountId);
    QCOMPARE(read->userId, written.userId);
    QCOMPARE(read->service, JournalEntry::ServiceMeApi);
    QCOMPARE(read->method, QByteArray("PUT"));
    QCOMPARE(read->path, written.path);
    QCOMPARE(read->idempotencyKey, written.idempotencyKey);
    QCOMPARE(read->state, State::Sending);
    QCOMPARE(read->createdAt, m_now);
    QCOMPARE(read->createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(read->updatedAt, m_now);
    QCOMPARE(read->fields.size(), written.fields.size());
    for (qsizetype i = 0; i < written.fields.size(); ++i) {
        QCOMPARE(read->fields.at(i).key, written.fields.at(i).key);
        QCOMPARE(read->fields.at(i).serverValue, written.fields.at(i).serverValue);
        QCOMPARE(read->fields.at(i).newValue, written.fields.at(i).newValue);
    }
    QVERIFY(read->field(QStringLiteral("phone"))->serverValue.isNull());
    QVERIFY(read->field(QStringLiteral("new_in_server"))->serverValue.isUndefined());
    QVERIFY(read->field(QStringLiteral("bio"))->serverValue.isString());

    JournalEntry expected = written;
    expected.id = id;
    expected.accountId = JournalTest::AccountId;
    expected.createdAt = expected.updatedAt = m_now;
    QVERIFY(*read == expected);
    QVERIFY(!journal->find(id + 2));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NotFound);
}

void TestChangeJournal::canMove_data()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<State>("to");
    QTest::addColumn<bool>("allowed");
    const QList<State> all{State::Draft, State::Sending, State::Applied, State::Failed,
                           State::Conflicted};
    const QList<std::pair<State, State>> allowed{
        {State::Draft, State::Sending},      {State::Sending, State::Sending},
        {State::Sending, State::Applied},    {State::Sending, State::Failed},
        {State::Sending, State::Conflicted}, {State::Failed, State::Sending}};
    for (State from : all) {
        for (State to : all) {
            const QString name =
                JournalEntry::stateName(from) + QStringLiteral("->") + JournalEntry::stateName(to);
            QTest::newRow(qPrintable(name)) << from << to << allowed.contains({from, to});
        }
    }
}

void TestChangeJournal::canMove()
{
    QFETCH(State, from);
    QFETCH(State, to);
    QFETCH(bool, allowed);
    QCOMPARE(JournalEntry::canMove(from, to), allowed);
    QCOMPARE(JournalEntry::stateFromName(JournalEntry::stateName(from)), from);
}

void TestChangeJournal::stateChanges()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    const qint64 id = journal->record(JournalTest::timezoneChange(QStringLiteral("usr-1"))).value();
    QSignalSpy changed(journal.get(), &ChangeJournal::entriesChanged);

    m_now = m_now.addSecs(5);
    QVERIFY(journal->updateState(id, State::Sending));
    m_now = m_now.addSecs(5);
    QVERIFY(journal->updateState(id, State::Failed, 503, QStringLiteral("req-1"),
                                 QStringLiteral("The service is unavailable.")));
    JournalEntry entry = journal->find(id).value();
    QCOMPARE(entry.state, State::Failed);
    QCOMPARE(entry.httpStatus, 503);
    QCOMPARE(entry.requestId, QStringLiteral("req-1"));
    QCOMPARE(entry.error, QStringLiteral("The service is unavailable."));
    QCOMPARE(entry.createdAt, JournalTest::at(2025, 3, 14));
    QCOMPARE(entry.updatedAt, m_now);

    m_now = m_now.addSecs(5);
    QVERIFY(journal->updateState(id, State::Sending));
    QVERIFY(journal->updateState(id, State::Applied, 200, QStringLiteral("req-2")));
    entry = journal->find(id).value();
    QCOMPARE(entry.state, State::Applied);
    QCOMPARE(entry.httpStatus, 200);
    QCOMPARE(entry.requestId, QStringLiteral("req-2"));
    QVERIFY(entry.error.isEmpty());
    QCOMPARE(changed.count(), 4);

    // Applied is final: refused, and the entry is as it was. The refusal is signalled when the
    // journal can be used again.
    QSignalSpy problems(journal.get(), &ChangeJournal::problemOccurred);
    qsizetype seenBySlot = -1;
    connect(journal.get(), &ChangeJournal::problemOccurred, this,
            [&] { seenBySlot = journal->list().size(); });
    QVERIFY(!journal->updateState(id, State::Sending, 0, QStringLiteral("req-3")));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::BadTransition);
    QVERIFY(!journal->lastProblem().isEmpty());
    QCOMPARE(problems.count(), 1);
    QCOMPARE(seenBySlot, 1);
    QVERIFY(*journal->find(id) == entry);
    QCOMPARE(changed.count(), 4);

    const qint64 draft =
        journal->record(JournalTest::timezoneChange(QStringLiteral("usr-1"))).value();
    QVERIFY(!journal->updateState(draft, State::Applied, 200));
    QCOMPARE(journal->find(draft)->state, State::Draft);
    QVERIFY(!journal->updateState(draft + 100, State::Sending));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NotFound);
}

void TestChangeJournal::onlyDraftsChangeFields()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    const qint64 id = journal->record(JournalTest::timezoneChange(QStringLiteral("usr-1"))).value();
    const QList<JournalEntry::Field> fields{
        field(QStringLiteral("language"), QStringLiteral("en-US"), QStringLiteral("fr-CA")),
        field(QStringLiteral("timezone"), QStringLiteral("America/Denver"), QJsonValue::Null)};
    m_now = m_now.addSecs(60);
    QVERIFY(journal->updateDraftFields(id, fields));
    JournalEntry entry = journal->find(id).value();
    QCOMPARE(entry.fields, fields);
    QCOMPARE(entry.updatedAt, m_now);
    QVERIFY(entry.createdAt < entry.updatedAt);

    QVERIFY(journal->updateState(id, State::Sending));
    QVERIFY(!journal->updateDraftFields(id, {}));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::NotDraft);
    QCOMPARE(journal->find(id)->fields, fields);
}

void TestChangeJournal::incompleteOrForeignEntriesAreRefused()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    QSignalSpy changed(journal.get(), &ChangeJournal::entriesChanged);
    const JournalEntry good = JournalTest::timezoneChange(QStringLiteral("usr-1"));

    JournalEntry foreign = good;
    foreign.accountId = QStringLiteral("valara:https://valara.cloud:usr-other");
    QVERIFY(!journal->record(foreign));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::WrongAccount);

    const QList<std::function<void(JournalEntry &)>> breaks{
        [](JournalEntry &e) { e.userId.clear(); },
        [](JournalEntry &e) { e.service = QStringLiteral("ftp"); },
        [](JournalEntry &e) { e.method.clear(); },
        [](JournalEntry &e) { e.path.clear(); },
        [](JournalEntry &e) { e.idempotencyKey.clear(); },
        [](JournalEntry &e) { e.idempotencyKey = "two words"; }, // C2: no spaces
        [](JournalEntry &e) { e.idempotencyKey = QByteArray(256, 'k'); },
        [](JournalEntry &e) { e.state = State::Applied; }};
    for (const auto &breakIt : breaks) {
        JournalEntry bad = good;
        breakIt(bad);
        journal->clearProblem();
        QVERIFY(!journal->record(bad));
        QCOMPARE(journal->lastProblemKind(), JournalProblem::InvalidEntry);
    }
    QCOMPARE(changed.count(), 0);
    QVERIFY(journal->list().isEmpty());

    JournalEntry own = good;
    own.accountId = JournalTest::AccountId;
    QVERIFY(journal->record(own));
    QVERIFY(journal->record(good));
    QCOMPARE(journal->list().size(), 2);
}

void TestChangeJournal::disabledJournalRecordsNothing()
{
    auto journal = JournalTest::openJournal(path(), &m_now);
    const qint64 id = journal->record(JournalTest::timezoneChange(QStringLiteral("usr-1"))).value();
    QSignalSpy changed(journal.get(), &ChangeJournal::entriesChanged);

    journal->setEnabled(false);
    QVERIFY(!journal->isEnabled());
    QVERIFY(!journal->record(JournalTest::timezoneChange(QStringLiteral("usr-1"))));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::Disabled);
    QVERIFY(!journal->lastProblem().isEmpty());
    journal->clearProblem();
    QVERIFY(!journal->updateState(id, State::Sending));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::Disabled);
    journal->clearProblem();
    QVERIFY(!journal->updateDraftFields(id, {}));
    QCOMPARE(journal->lastProblemKind(), JournalProblem::Disabled);
    QCOMPARE(changed.count(), 0);

    // Reads still work, and nothing changed.
    const QList<JournalEntry> entries = journal->list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().state, State::Draft);
    QCOMPARE(entries.first().fields.size(), 1);

    journal->setEnabled(true);
    QVERIFY(journal->updateState(id, State::Sending));
    QCOMPARE(changed.count(), 1);
}

void TestChangeJournal::closedJournalReportsNotOpen()
{
    ChangeJournal journal(JournalTest::AccountId, path());
    QVERIFY(!journal.isOpen());
    QVERIFY(!journal.record(JournalTest::timezoneChange(QStringLiteral("usr-1"))));
    QCOMPARE(journal.lastProblemKind(), JournalProblem::NotOpen);
    QVERIFY(journal.list().isEmpty());
    QVERIFY(!journal.prune());
    QVERIFY(journal.open());
    QVERIFY(journal.record(JournalTest::timezoneChange(QStringLiteral("usr-1"))));
    journal.close();
    QVERIFY(!journal.find(1));
    QCOMPARE(journal.lastProblemKind(), JournalProblem::NotOpen);
}

void TestChangeJournal::fileNameIsAHashOfTheAccount()
{
    const QString id = JournalTest::AccountId;
    const QString name = ChangeJournal::fileName(id);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\\.sqlite$")).match(name).hasMatch(),
             qPrintable(name));
    QCOMPARE(ChangeJournal::fileName(id), name);
    QVERIFY(ChangeJournal::fileName(QStringLiteral("me:https://api.example.com:usr-maya")) != name);
    QVERIFY(!name.contains(QStringLiteral("maya")));

    QStandardPaths::setTestModeEnabled(true);
    const QString path = ChangeJournal::defaultPath(id);
    QStandardPaths::setTestModeEnabled(false);
    QVERIFY(path.endsWith(QStringLiteral("/journal/") + name));
    QVERIFY(!path.contains(QStringLiteral("valara.cloud")));
    QVERIFY(!path.contains(QStringLiteral("usr-maya")));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_change_journal.moc"
