// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/journal/JournalTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace valara {

bool journalTransaction(const QSqlDatabase &db, bool write,
                        const std::function<bool(QString *)> &work, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        *error = query.lastError().text();
        return false;
    }
    if (work(error) && query.exec(QStringLiteral("COMMIT")))
        return true;
    if (error->isEmpty())
        *error = query.lastError().text();
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace valara
