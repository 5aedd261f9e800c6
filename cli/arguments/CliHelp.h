// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace valara {

// The text of valara-cli --help: commands, options, the FIELD=VALUE rules, every field with its
// allowed values (CliHelpFields), changes for many people, environment and exit codes. Each
// description is one translatable unit; command lines, option and field names are not translated,
// and the columns are laid out in code (CliHelpLayout).
class CliHelp
{
    Q_DECLARE_TR_FUNCTIONS(CliHelp)

public:
    static QString text();
    static QString versionText();

private:
    static QString commands();
    static QString options();
    static QString assignments();
    static QString journal();
    static QString manyPeople();
    static QString history();
    static QString environment();
    static QString exitCodes();
    static QString examples();
};

} // namespace valara
