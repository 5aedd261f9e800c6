// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: RFC 4180 CSV for spreadsheet programs (UTF-8 with a byte-order mark, CRLF, quoting),
// guarded against formula injection, and honest about write errors. What it writes is read back
// with a small, strict RFC 4180 reader written here, not with the writer's own code.
#include "models/export/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <optional>

using namespace valara;

namespace {

using Rows = QList<QStringList>;

// A strict RFC 4180 reader: records end with CRLF only; a quoted field may hold anything, its
// quotes doubled; a bare CR, LF or quote outside quotes is an error (nullopt), as is a file that
// does not start with the byte-order mark.
std::optional<Rows> readCsv(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const QString text = QString::fromUtf8(bytes.mid(3));
    Rows rows;
    QStringList row;
    QString cell;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'"' && cell.isEmpty()) { // a quoted field
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt; // unterminated
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        cell.append(u'"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell.append(text.at(i));
            }
            if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r')
                return std::nullopt; // something after the closing quote
            continue;
        }
        const QChar c = text.at(i);
        if (c == u',') {
            row.append(cell);
            cell.clear();
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                return std::nullopt; // a bare CR
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            i += 2;
        } else if (c == u'\n' || c == u'"') {
            return std::nullopt; // a bare LF, or a quote inside a bare field
        } else {
            cell.append(c);
            ++i;
        }
    }
    if (!row.isEmpty() || !cell.isEmpty())
        return std::nullopt; // the last record has no CRLF
    return rows;
}

QByteArray written(const Rows &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows) {
        if (!writer.writeRow(row))
            return {};
    }
    return writer.finish() ? buffer.data() : QByteArray();
}

// A device that takes `capacity` bytes, then refuses, like a disk that fills up.
class FillingBuffer : public QBuffer
{
public:
    explicit FillingBuffer(qint64 capacity)
        : m_capacity(capacity)
    {}

    void setCapacity(qint64 capacity) { m_capacity = capacity; }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (size() + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheByteOrderMarkAndEndsRowsWithCrlf()
    {
        QCOMPARE(written({{"name", "city"}, {"Ann", "Boise"}}),
                 QByteArray("\xEF\xBB\xBFname,city\r\nAnn,Boise\r\n"));
        QCOMPARE(CsvWriter::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
    }

    void nothingIsWrittenBeforeTheFirstRow()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.finish());
        QCOMPARE(buffer.data(), QByteArray());
        QCOMPARE(writer.rowsWritten(), 0);
    }

    void escapeCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Boise"
                               << "Boise";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "Smith, Ann"
                               << "\"Smith, Ann\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::newRow("LF") << "line 1\nline 2"
                            << "\"line 1\nline 2\"";
        QTest::newRow("CR inside") << "a\rb"
                                   << "\"a\rb\"";
        QTest::newRow("CRLF inside") << "a\r\nb"
                                     << "\"a\r\nb\"";
        QTest::newRow("=") << "=1+1"
                           << "'=1+1";
        QTest::newRow("+") << "+16502530000"
                           << "'+16502530000";
        QTest::newRow("- negative number") << "-5"
                                           << "'-5";
        QTest::newRow("@") << "@SUM(A1:A9)"
                           << "'@SUM(A1:A9)";
        QTest::newRow("tab") << "\tcmd"
                             << "'\tcmd";
        QTest::newRow("CR first") << "\rcmd"
                                  << "\"'\rcmd\"";
        QTest::newRow("formula with quotes and comma")
            << "=HYPERLINK(\"https://x.test\",\"y\")"
            << "\"'=HYPERLINK(\"\"https://x.test\"\",\"\"y\"\")\"";
        QTest::newRow("dangerous character later") << "UTC-06:00"
                                                   << "UTC-06:00";
        QTest::newRow("equals later") << "a=b"
                                      << "a=b";
        QTest::newRow("space first") << " =1"
                                     << " =1";
        QTest::newRow("apostrophe first") << "'quoted"
                                          << "'quoted";
        QTest::newRow("non-ASCII")
            << QString::fromUtf8("Zoë 日本") << QString::fromUtf8("Zoë 日本");
    }
    void escapeCell()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeCell(cell), expected);
    }

    // Every dangerous first character, in a whole file read back: the cell comes back as text
    // behind an apostrophe, and its neighbours are untouched.
    void dangerousFirstCharactersReadBackAsText_data()
    {
        QTest::addColumn<QString>("cell");
        for (const char *cell : {"=cmd|' /C calc'!A0", "+1", "-5", "-", "@x", "\t1", "\r1", "="})
            QTest::newRow(cell) << QString::fromLatin1(cell);
    }
    void dangerousFirstCharactersReadBackAsText()
    {
        QFETCH(QString, cell);
        const std::optional<Rows> rows = readCsv(written({{"before", cell, "after"}}));
        QVERIFY(rows);
        QCOMPARE(*rows, Rows({{"before", QLatin1Char('\'') + cell, "after"}}));
    }

    void nonAsciiIsUtf8()
    {
        const QString accented = QString::fromUtf8("é");
        const QString japanese = QString::fromUtf8("日本");
        const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
        const QByteArray bytes = written({{accented, japanese, emoji}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "\xC3\xA9,\xE6\x97\xA5\xE6\x9C\xAC,\xF0\x9F\x98\x80\r\n"));
        QCOMPARE(readCsv(bytes), std::optional<Rows>(Rows{{accented, japanese, emoji}}));
    }

    void emptyCells()
    {
        const QByteArray bytes = written({{"", "", ""}, {""}, {"a", ""}, {"", "b"}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF,,\r\n\"\"\r\na,\r\n,b\r\n"));
        QCOMPARE(readCsv(bytes),
                 std::optional<Rows>(Rows{{"", "", ""}, {""}, {"a", ""}, {"", "b"}}));
    }

    void whatIsWrittenReadsBack()
    {
        const Rows rows{
            {"id", "name", "note", "phone", "timezone"},
            {"g2", "Smith, Ann", "said \"hello\"\r\nthen left", "+16502530000", "UTC-06:00"},
            {"g3", QString::fromUtf8("Zoë Łukasz"), "line\nbreak", "", "Asia/Tokyo"},
            {"g4", "\"", ",", "-5", "=1+1"},
        };
        const std::optional<Rows> back = readCsv(written(rows));
        QVERIFY(back);
        Rows expected = rows;
        expected[1][3] = "'+16502530000";
        expected[3][3] = "'-5";
        expected[3][4] = "'=1+1";
        QCOMPARE(*back, expected);
    }

    void aRefusedWriteIsReported()
    {
        FillingBuffer buffer(0);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(!writer.writeRow({"a", "b"}));
        QVERIFY(writer.hasError());
        QVERIFY2(writer.errorString().contains(QStringLiteral("No space left on device")),
                 qPrintable(writer.errorString()));
        QCOMPARE(writer.rowsWritten(), 0);
        QVERIFY(!writer.finish());
    }

    // A device that fills up part way: the rows before are kept, the one that did not fit is
    // reported, and nothing is written after it, even if the device had room again.
    void nothingIsWrittenAfterAnError()
    {
        FillingBuffer buffer(3 + 6); // the mark and "a,b\r\n", not the next row
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRow({"a", "b"}));
        QVERIFY(!writer.writeRow({"c", "d"}));
        QCOMPARE(writer.rowsWritten(), 1);
        buffer.setCapacity(1000); // room again: still nothing, the file has a gap
        QVERIFY(!writer.writeRow({"e", "f"}));
        QVERIFY(!writer.finish());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\n"));
    }

    void aDeviceNotOpenForWritingIsReported()
    {
        QBuffer closed;
        CsvWriter onClosed(&closed);
        QVERIFY(!onClosed.writeRow({"a"}));
        QVERIFY(!onClosed.errorString().isEmpty());

        QByteArray data("x");
        QBuffer readOnly(&data);
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter onReadOnly(&readOnly);
        QVERIFY(!onReadOnly.writeRow({"a"}));
        QVERIFY(!onReadOnly.errorString().isEmpty());
        QCOMPARE(data, QByteArray("x"));
    }

    // A real full disk: a file buffers small writes, so the error may show only when finish()
    // flushes them. Either way it is reported.
    void aFullDiskIsReported()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.exists())
            QSKIP("/dev/full is not available here");
        QVERIFY(full.open(QIODevice::WriteOnly));
        CsvWriter writer(&full);
        const bool wrote = writer.writeRow({"a", "b"});
        QVERIFY(!writer.finish());
        QVERIFY(writer.hasError());
        QVERIFY2(!writer.errorString().isEmpty(), wrote ? "failed in finish()" : "failed at once");
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
