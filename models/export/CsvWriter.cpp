// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/export/CsvWriter.h"

#include "models/ModelsLogging.h"

#include <QFileDevice>
#include <QIODevice>

namespace valara {

namespace {

// The first characters a spreadsheet program may take as the start of a formula (OWASP).
bool startsLikeAFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    Q_ASSERT(device);
}

QByteArray CsvWriter::byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString text = startsLikeAFormula(cell) ? QLatin1Char('\'') + cell : cell;
    if (!needsQuotes(text))
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray CsvWriter::encodeRow(const QStringList &cells)
{
    if (cells.size() == 1 && cells.front().isEmpty())
        return QByteArrayLiteral("\"\"\r\n"); // not a blank line, which readers skip
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(','));
        line.append(escapeCell(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    return line.toUtf8();
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (hasError())
        return false;
    if (!m_started) {
        if (!m_device->isOpen() || !m_device->isWritable())
            return fail(tr("The export could not be written: the file is not open for writing."));
        m_started = true;
        if (!write(byteOrderMark()))
            return false;
    }
    if (!write(encodeRow(cells)))
        return false;
    ++m_rows;
    return true;
}

bool CsvWriter::finish()
{
    if (hasError())
        return false;
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush())
            return fail(tr("The export could not be written: %1").arg(file->errorString()));
    }
    return true;
}

bool CsvWriter::write(const QByteArray &bytes)
{
    const qint64 written = m_device->write(bytes);
    if (written == bytes.size())
        return true;
    // A device that refuses without saying why reports Qt's "Unknown error".
    const QString reason = m_device->errorString();
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        return fail(tr("The export could not be written: the file did not take all of it."));
    return fail(tr("The export could not be written: %1").arg(reason));
}

bool CsvWriter::fail(const QString &reason)
{
    m_error = reason;
    // The reason only: cells may hold personal data.
    qCWarning(lcModels).noquote() << "CSV export failed after" << m_rows << "rows:" << reason;
    return false;
}

} // namespace valara
