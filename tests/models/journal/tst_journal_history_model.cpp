// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/i18n/TimeFormat.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

// The History over a real journal file: one row per changed field carrying its entry's id, the
// texts of each column, filters answered by the journal's query (so they reach past the cap), the
// cap itself, reloading when the journal changes, and a journal that is absent, replaced or gone.
class TestJournalHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void oneRowPerFieldNewestFirst();
    void texts();
    void filtersAreTheJournalsQuery();
    void capSaysWhenThereIsMore();
    void reloadsWhenTheJournalChanges();
    void absentReplacedOrDestroyedJournal();

private:
    qint64 record(const JournalEntry &entry, const QDateTime &when);
    QList<qint64> entryIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<JournalHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

using State = JournalEntry::State;
using Model = JournalHistoryModel;
using JournalTest::field;

void TestJournalHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = JournalTest::at(2025, 1, 1);
    m_journal = JournalTest::openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")), &m_now);
    QVERIFY(m_journal->isOpen());
    m_model = std::make_unique<Model>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setJournal(m_journal.get());
}

void TestJournalHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

qint64 TestJournalHistoryModel::record(const JournalEntry &entry, const QDateTime &when)
{
    m_now = when;
    JournalEntry recorded = entry;
    recorded.state = entry.state == State::Draft ? State::Draft : State::Sending;
    const qint64 id = m_journal->record(recorded).value_or(0);
    if (entry.state != recorded.state &&
        !m_journal->updateState(id, entry.state, entry.httpStatus, entry.requestId, entry.error))
        return 0;
    return id;
}

QList<qint64> TestJournalHistoryModel::entryIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->index(row, 0).data(Model::EntryIdRole).toLongLong();
        if (ids.isEmpty() || ids.constLast() != id)
            ids << id;
    }
    return ids;
}

void TestJournalHistoryModel::oneRowPerFieldNewestFirst()
{
    const qint64 older =
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 2));
    const qint64 newer =
        record(JournalTest::entry(QStringLiteral("u2"), {field("timezone", "UTC", "Europe/Paris"),
                                                         field("language", "en", "fr"),
                                                         field("theme", QJsonValue::Null, "dark")}),
               JournalTest::at(2025, 1, 3));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QCOMPARE(m_model->entryCount(), 2);
    QCOMPARE(entryIds(), (QList<qint64>{newer, older}));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(m_model->index(row, Model::NewValueColumn).data(Model::EntryIdRole).toLongLong(),
                 newer);
        QCOMPARE(m_model->index(row, 0).data(Model::UserIdRole).toString(), QStringLiteral("u2"));
    }
    QCOMPARE(m_model->index(1, 0).data(Model::FieldKeyRole).toString(), QStringLiteral("language"));
    QCOMPARE(m_model->index(3, 0).data(Model::EntryIdRole).toLongLong(), older);
}

void TestJournalHistoryModel::texts()
{
    JournalEntry failed =
        JournalTest::entry(QStringLiteral("u1"),
                           {field("theme", QJsonValue::Null, "dark"), field("active", true, false),
                            field("count", QJsonValue(QJsonValue::Undefined), 3),
                            field("tags", QJsonArray{"a"}, QJsonObject{})});
    failed.state = State::Failed;
    failed.httpStatus = 422;
    failed.requestId = QStringLiteral("req-9");
    failed.error = QStringLiteral("The theme is not allowed.");
    const QDateTime when = JournalTest::at(2025, 3, 4, 15);
    const qint64 id = record(failed, when);
    QVERIFY(id > 0);
    QCOMPARE(m_model->rowCount(), 4);

    const auto text = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    // In the signed-in user's format and zone (TimeFormat's default).
    QCOMPARE(text(0, Model::WhenColumn).toString(), TimeFormat().moment(when));
    TimeFormat::setDefault(TimeFormat(QStringLiteral("uk"), QTimeZone("Europe/Berlin")));
    QCOMPARE(text(0, Model::WhenColumn).toString(), QStringLiteral("04/03/2025 16:00"));
    TimeFormat::setDefault(TimeFormat(QStringLiteral("us"), QTimeZone("America/Denver")));
    QCOMPARE(text(0, Model::WhenColumn).toString(), QStringLiteral("03/04/2025 8:00 AM"));
    QCOMPARE(text(0, Model::WhenColumn, Model::TimestampRole).toDateTime(), when);
    QCOMPARE(text(0, Model::AccountColumn).toString(), JournalTest::AccountId);
    QCOMPARE(text(0, Model::ForColumn).toString(), QStringLiteral("u1"));
    QCOMPARE(text(0, Model::FieldColumn).toString(), QStringLiteral("theme"));
    QCOMPARE(text(0, Model::OldValueColumn).toString(), QStringLiteral("(empty)"));
    QCOMPARE(text(0, Model::NewValueColumn).toString(), QStringLiteral("dark"));
    QCOMPARE(text(1, Model::OldValueColumn).toString(), QStringLiteral("true"));
    QCOMPARE(text(1, Model::NewValueColumn).toString(), QStringLiteral("false"));
    QCOMPARE(text(2, Model::OldValueColumn).toString(), QString()); // not known
    QCOMPARE(text(2, Model::NewValueColumn).toString(), QStringLiteral("3"));
    QCOMPARE(text(3, Model::OldValueColumn).toString(), QStringLiteral("[\"a\"]"));
    QCOMPARE(text(3, Model::NewValueColumn).toString(), QStringLiteral("{}"));
    QCOMPARE(text(0, Model::ResultColumn).toString(), QStringLiteral("Failed"));
    QCOMPARE(text(0, Model::ResultColumn, Qt::ToolTipRole).toString(), failed.error);
    QCOMPARE(text(0, Model::ResultColumn, Model::StateRole).toInt(), int(State::Failed));
    QCOMPARE(text(0, Model::ResultColumn, Model::HttpStatusRole).toInt(), 422);
    QCOMPARE(text(0, Model::RequestIdColumn).toString(), QStringLiteral("req-9"));

    // Labels from the app, refreshed in place.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setUserLabeller(
        [](const QString &id) { return id == u"u1" ? QStringLiteral("Gina") : QString(); });
    m_model->setFieldLabeller([](const QString &key) { return key.toUpper(); });
    m_model->setAccountLabeller([](const QString &) { return QStringLiteral("valara.cloud"); });
    QCOMPARE(changed.size(), 3);
    QCOMPARE(text(0, Model::ForColumn).toString(), QStringLiteral("Gina"));
    QCOMPARE(text(0, Model::ForColumn, Qt::ToolTipRole).toString(), QStringLiteral("u1"));
    QCOMPARE(text(0, Model::FieldColumn).toString(), QStringLiteral("THEME"));
    QCOMPARE(text(0, Model::AccountColumn).toString(), QStringLiteral("valara.cloud"));
    QCOMPARE(m_model->headerData(Model::OldValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Old value"));
}

void TestJournalHistoryModel::filtersAreTheJournalsQuery()
{
    // Older changes of u1, newer ones of u2: with a cap of two, only a query that filters in the
    // journal finds u1's.
    const qint64 u1a = record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Applied),
                              JournalTest::at(2025, 1, 2));
    const qint64 u1b = record(
        JournalTest::entry(QStringLiteral("u1"),
                           {field("language", "en", "de"), field("timezone", "UTC", "Asia/Tokyo")},
                           State::Failed),
        JournalTest::at(2025, 1, 5));
    const qint64 u2a = record(JournalTest::timezoneChange(QStringLiteral("u2"), State::Applied),
                              JournalTest::at(2025, 1, 6));
    const qint64 u2b =
        record(JournalTest::timezoneChange(QStringLiteral("u2")), JournalTest::at(2025, 1, 7));
    m_model->setCap(2);
    QCOMPARE(entryIds(), (QList<qint64>{u2b, u2a}));

    JournalFilter filter;
    filter.userId = QStringLiteral("u1");
    m_model->setFilter(filter);
    QCOMPARE(entryIds(), (QList<qint64>{u1b, u1a}));
    QVERIFY(!m_model->isCapped());

    // A field: only that field's rows.
    filter.fieldKey = QStringLiteral("timezone");
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(entryIds(), (QList<qint64>{u1b, u1a}));
    QCOMPARE(m_model->index(0, 0).data(Model::FieldKeyRole).toString(), QStringLiteral("timezone"));
    filter.fieldKey = QStringLiteral("language");
    m_model->setFilter(filter);
    QCOMPARE(entryIds(), QList<qint64>{u1b});
    QCOMPARE(m_model->rowCount(), 1);

    // Dates and states.
    filter = {};
    filter.from = JournalTest::at(2025, 1, 3);
    filter.to = JournalTest::at(2025, 1, 6, 23);
    m_model->setFilter(filter);
    QCOMPARE(entryIds(), (QList<qint64>{u2a, u1b}));
    filter = {};
    filter.states = {State::Applied};
    m_model->setFilter(filter);
    QCOMPARE(entryIds(), (QList<qint64>{u2a, u1a}));
    filter.states = {State::Draft, State::Failed};
    m_model->setFilter(filter);
    QCOMPARE(entryIds(), (QList<qint64>{u2b, u1b}));
    QCOMPARE(m_model->filter().states, filter.states);
}

void TestJournalHistoryModel::capSaysWhenThereIsMore()
{
    QCOMPARE(m_model->cap(), Model::DefaultCap);
    for (int day = 1; day <= 3; ++day)
        record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 2, day));
    QVERIFY(!m_model->isCapped());
    m_model->setCap(3);
    QCOMPARE(m_model->entryCount(), 3);
    QVERIFY(!m_model->isCapped()); // exactly as many as listed
    m_model->setCap(2);
    QCOMPARE(m_model->entryCount(), 2);
    QVERIFY(m_model->isCapped());
    QCOMPARE(m_model->index(0, 0).data(Model::TimestampRole).toDateTime(),
             JournalTest::at(2025, 2, 3)); // the newest are kept
}

void TestJournalHistoryModel::reloadsWhenTheJournalChanges()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 id = record(JournalTest::timezoneChange(QStringLiteral("u1"), State::Sending),
                             JournalTest::at(2025, 1, 2));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, Model::ResultColumn).data().toString(), QStringLiteral("Sending"));
    QVERIFY(m_journal->updateState(id, State::Applied, 200, QStringLiteral("req-1")));
    QCOMPARE(m_model->index(0, Model::ResultColumn).data().toString(), QStringLiteral("Applied"));
    QCOMPARE(m_model->index(0, Model::RequestIdColumn).data().toString(), QStringLiteral("req-1"));
    QCOMPARE(m_model->index(0, 0).data(Model::HttpStatusRole).toInt(), 200);

    // Changed by someone else (valara-cli): reload() reads it.
    auto other = JournalTest::openJournal(m_journal->path(), &m_now);
    QVERIFY(other->record(JournalTest::timezoneChange(QStringLiteral("u3"))));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 2);
}

void TestJournalHistoryModel::absentReplacedOrDestroyedJournal()
{
    record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 2));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setJournal(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 0);

    // Another account's journal: its rows, and the first one's changes no longer reload it.
    QDateTime now = JournalTest::at(2025, 1, 1);
    auto second = std::make_unique<ChangeJournal>(QStringLiteral("valara:https://h:u9"),
                                                  m_dir->filePath(QStringLiteral("second.sqlite")));
    second->setClock([&now] { return now; });
    QVERIFY(second->open());
    m_model->setJournal(m_journal.get());
    m_model->setJournal(second.get());
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    record(JournalTest::timezoneChange(QStringLiteral("u1")), JournalTest::at(2025, 1, 3));
    QCOMPARE(reset.size(), 0);
    QVERIFY(second->record(JournalTest::timezoneChange(QStringLiteral("u9"))));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, Model::AccountColumn).data().toString(),
             QStringLiteral("valara:https://h:u9"));

    second.reset(); // gone without being replaced
    QVERIFY(!m_model->journal());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJournalHistoryModel)
#include "tst_journal_history_model.moc"
