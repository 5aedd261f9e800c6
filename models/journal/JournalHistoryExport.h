// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace valara {

class JournalHistoryModel;

// The History's rows as CSV (through CsvWriter: UTF-8 with a byte-order mark, CRLF, guarded
// against formulas): a header row, then one row per row of the model as it is filtered, with every
// column of the model, the time in ISO 8601 UTC ("2025-01-02T12:00:00Z") rather than the local
// short format, and the HTTP status and the error, which the table shows only as a tooltip.
class JournalHistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(JournalHistoryExport)

public:
    static QStringList header();
    static QStringList row(const JournalHistoryModel &model, int row);

    // Writes the model's rows to `device` (open for writing, not owned) and flushes it. False on a
    // write error, with *error saying why in a sentence for people.
    static bool write(const JournalHistoryModel &model, QIODevice *device, QString *error);
};

} // namespace valara
