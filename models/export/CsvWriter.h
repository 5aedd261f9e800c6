// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace valara {

// Writes rows of text cells to a device as RFC 4180 CSV, for exports that people open in a
// spreadsheet program:
//
// - UTF-8, starting with a byte-order mark (EF BB BF), written with the first row: without it,
//   spreadsheet programs read the file in the system's legacy code page and garble "é" or "日本".
// - Cells are separated by a comma, whatever the locale, and rows end with CRLF.
// - A cell holding a comma, a double quote, CR or LF is put in double quotes, its quotes doubled;
//   other cells are written bare. An empty cell is written as nothing, except when it is the only
//   cell of its row: then it is "" so that the line is not blank (readers skip blank lines).
//   A row of no cells is a blank line.
// - Formula injection (OWASP "CSV Injection"): a cell whose first character is =, +, -, @, tab
//   or CR could be run as a formula by a spreadsheet program, so it is written with a leading
//   apostrophe ('), which makes the program show it as text. Every such cell, negative numbers
//   included: "-5" is written '-5. Our exports hold text (a phone number, "UTC-06:00"), never
//   numbers to compute with, so showing -5 as text is right, and no "is it a plain number?" test
//   is needed (spreadsheet programs disagree on "-1E3" or "-1,5"). A program that reads the file
//   as plain CSV gets the apostrophe as part of the cell. A cell starting with a space is left
//   as it is, as OWASP's list has it.
//
// Write errors are reported, never ignored: writeRow() and finish() return false and
// errorString() says why. After the first error nothing more is written, so a file never has a
// row missing in its middle. A file buffers what it is given, so a full disk may only show in
// finish(), which flushes it.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // `device` must be open for writing and outlive the writer; it is not owned.
    explicit CsvWriter(QIODevice *device);

    // Writes one row (the byte-order mark first, before the first row). False on an error.
    bool writeRow(const QStringList &cells);
    // Flushes a file's buffer to the system, where a full disk shows. False on an error (also an
    // earlier one). Call it before closing or committing the file.
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    // Why writing failed, in a sentence for the user; empty while all is well.
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }

    // One cell as written: guarded against formulas, then quoted if needed.
    static QString escapeCell(const QString &cell);
    // One row as written, with its CRLF, encoded in UTF-8 (without the byte-order mark).
    static QByteArray encodeRow(const QStringList &cells);
    // The byte-order mark that starts every file.
    static QByteArray byteOrderMark();

private:
    bool write(const QByteArray &bytes);
    bool fail(const QString &reason);

    QIODevice *m_device = nullptr;
    QString m_error;
    int m_rows = 0;
    bool m_started = false;
};

} // namespace valara
