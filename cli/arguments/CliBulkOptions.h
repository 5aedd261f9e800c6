// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace valara {

// The options of "prefs set" and "profile set" for many people: --users ID[,ID...] or --team TEAM,
// --jobs N (1 to 6) and --dry-run, each at most once, as `--name VALUE` or `--name=VALUE`, anywhere
// before `--`.
class CliBulkOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliBulkOptions)

public:
    static constexpr int MaxJobs = 6;

    // Takes the bulk options out of `arguments` into `command` (the other words stay, in order).
    // *bulk: whether --users or --team was given. False (and *error) on a malformed or repeated
    // option, or --jobs/--dry-run without --users or --team.
    static bool take(QStringList *arguments, CliCommand *command, bool *bulk, QString *error);
};

} // namespace valara
