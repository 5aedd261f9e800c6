// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliExitCode.h"

#include "models/bulk/BulkMember.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace valara {

// How "prefs set" and "profile set" with --users / --team report, one line per member in the
// members' order: a JSON object {"user_id", "result", "status", "request_id", "error"} once sent,
// or, for a dry run, what would change in words: `g1: theme: "light" → "dark"; language: ...`, `g2:
// no change`, `p1: forbidden (why)` (the words translated, the JSON never).
class CliBulkReport
{
    Q_DECLARE_TR_FUNCTIONS(CliBulkReport)

public:
    // "applied", "unchanged", "refused" (403, or forbidden up front with status null),
    // "invalid" (400, 422), "failed" (also a member whose values could not be read) or
    // "not_sent".
    static QString result(const BulkMember &member);
    // The JSON line, without its line end.
    static QByteArray jsonLine(const BulkMember &member);
    // The dry run's line: the member's changed fields, from what the server held when read.
    static QString previewLine(const BulkMember &member);
    // 0 when every member was applied or unchanged (for a dry run: would be sent or is
    // unchanged), else CliExitCode::Incomplete.
    static CliExitCode exitCode(const QList<BulkMember> &members, bool dryRun);
    // For stderr when exitCode() is Incomplete: how many members that made it so.
    static QString summary(const QList<BulkMember> &members, bool dryRun);
};

} // namespace valara
