// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace valara {

// The me commands' sign-in options: --token-file PATH and --publishable-key KEY for every me
// command; --identifier EMAIL, --password-stdin, --email-code and --org ORG for me login only.
class CliMeOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliMeOptions)

public:
    // Takes the options out of `arguments` into `command` (whose kind is set; the other words
    // stay, in order). False (and *error) on a malformed or repeated option, or one the command
    // does not take.
    static bool take(QStringList *arguments, CliCommand *command, QString *error);
};

} // namespace valara
