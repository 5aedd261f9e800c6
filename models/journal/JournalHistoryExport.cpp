// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalHistoryExport.h"

#include "models/export/CsvWriter.h"
#include "models/journal/JournalHistoryModel.h"

namespace valara {

QStringList JournalHistoryExport::header()
{
    QStringList cells;
    for (int column = 0; column < JournalHistoryModel::ColumnCount; ++column) {
        cells << (column == JournalHistoryModel::WhenColumn
                      ? tr("When (UTC)")
                      : JournalHistoryModel::columnTitle(column));
    }
    cells << tr("HTTP status") << tr("Error");
    return cells;
}

QStringList JournalHistoryExport::row(const JournalHistoryModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < JournalHistoryModel::ColumnCount; ++column) {
        const QModelIndex index = model.index(row, column);
        cells << (column == JournalHistoryModel::WhenColumn
                      ? index.data(JournalHistoryModel::TimestampRole)
                            .toDateTime()
                            .toUTC()
                            .toString(Qt::ISODate)
                      : index.data().toString());
    }
    const QModelIndex first = model.index(row, 0);
    const int status = first.data(JournalHistoryModel::HttpStatusRole).toInt();
    cells << (status > 0 ? QString::number(status) : QString())
          << first.data(JournalHistoryModel::ErrorRole).toString();
    return cells;
}

bool JournalHistoryExport::write(const JournalHistoryModel &model, QIODevice *device,
                                 QString *error)
{
    CsvWriter writer(device);
    bool ok = writer.writeRow(header());
    for (int r = 0; ok && r < model.rowCount(); ++r)
        ok = writer.writeRow(row(model, r));
    ok = writer.finish() && ok;
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace valara
