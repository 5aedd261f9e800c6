// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace valara {

// Runs `work` in one transaction on `db`. BEGIN IMMEDIATE for writes takes the write lock first
// (waiting out another instance's write within the busy timeout) instead of failing when a read
// turns into a write. `work` returns false to roll back; it sets *error only for SQL errors.
bool journalTransaction(const QSqlDatabase &db, bool write,
                        const std::function<bool(QString *)> &work, QString *error);

} // namespace valara
