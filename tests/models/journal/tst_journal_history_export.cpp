// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTestSupport.h"

#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalHistoryExport.h"
#include "models/journal/JournalHistoryModel.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace valara;
using namespace valara::testing;

// The History as CSV: the byte-order mark, a header naming every column, one line per row of the
// model as filtered, times in ISO 8601 UTC, the status and error the table keeps in tooltips, a
// value that a spreadsheet would run as a formula written as text, and a write error reported.
class TestJournalHistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesTheRowsAsCsv();
    void followsTheFilter();
    void reportsAWriteError();

private:
    QList<QByteArray> lines(const QByteArray &csv) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<JournalHistoryModel> m_model;
    QDateTime m_now;
};

using State = JournalEntry::State;
using JournalTest::field;

void TestJournalHistoryExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = JournalTest::at(2025, 3, 4, 15);
    m_journal = JournalTest::openJournal(m_dir->filePath(QStringLiteral("journal.sqlite")), &m_now);
    QVERIFY(m_journal->isOpen());
    JournalEntry entry = JournalTest::entry(
        QStringLiteral("u1"),
        {field("title", QJsonValue::Null, "=cmd|' /C calc'!A0"), field("phone", "+1 555", "-5")});
    entry.state = State::Sending;
    const auto id = m_journal->record(entry);
    QVERIFY(id);
    QVERIFY(m_journal->updateState(*id, State::Failed, 422, QStringLiteral("req-7"),
                                   QStringLiteral("Refused, \"title\" is too long")));
    m_now = JournalTest::at(2025, 3, 5, 9);
    QVERIFY(m_journal->record(JournalTest::timezoneChange(QStringLiteral("u2"))));
    m_model = std::make_unique<JournalHistoryModel>();
    m_model->setJournal(m_journal.get());
    QCOMPARE(m_model->rowCount(), 3);
}

void TestJournalHistoryExport::cleanup()
{
    m_model.reset();
    m_journal.reset();
}

QList<QByteArray> TestJournalHistoryExport::lines(const QByteArray &csv) const
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return {}; // every line ends with CRLF
        line.chop(1);
    }
    return lines;
}

void TestJournalHistoryExport::writesTheRowsAsCsv()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(JournalHistoryExport::write(*m_model, &buffer, &error), qPrintable(error));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> rows = lines(csv.mid(3));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), QByteArray("When (UTC),Account,For,Field,Old value,New value,Result,"
                                    "Request ID,HTTP status,Error"));
    const QByteArray account = JournalTest::AccountId.toUtf8();
    QCOMPARE(rows.at(1), "2025-03-05T09:00:00Z," + account +
                             ",u2,timezone,America/Denver,America/Chicago,"
                             "Draft,,,");
    QCOMPARE(rows.at(2), "2025-03-04T15:00:00Z," + account +
                             ",u1,title,(empty),'=cmd|' /C calc'!A0,Failed,req-7,422,"
                             "\"Refused, \"\"title\"\" is too long\"");
    QCOMPARE(rows.at(3), "2025-03-04T15:00:00Z," + account +
                             ",u1,phone,'+1 555,'-5,Failed,req-7,422,"
                             "\"Refused, \"\"title\"\" is too long\"");
    // "+1 555" as the old value: guarded too.
    QVERIFY(rows.at(3).contains(",'+1 555,"));
}

void TestJournalHistoryExport::followsTheFilter()
{
    m_model->setUserLabeller([](const QString &id) { return QStringLiteral("Person %1").arg(id); });
    JournalFilter filter;
    filter.userId = QStringLiteral("u2");
    m_model->setFilter(filter);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(JournalHistoryExport::write(*m_model, &buffer, nullptr));
    const QList<QByteArray> rows = lines(buffer.data().mid(3));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(1).contains(",Person u2,timezone,"));
}

void TestJournalHistoryExport::reportsAWriteError()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.exists())
        QSKIP("/dev/full is not available here");
    QVERIFY(full.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(!JournalHistoryExport::write(*m_model, &full, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalHistoryExport)
#include "tst_journal_history_export.moc"
