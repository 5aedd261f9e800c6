// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace valara {

// The fields of valara-cli --help, each with its allowed values, read from PreferenceSchema and
// ProfileSchema: the keys and values as the server spells them, the descriptions translated.
class CliHelpFields
{
    Q_DECLARE_TR_FUNCTIONS(CliHelpFields)

public:
    static QString preferences();
    static QString profile();
};

} // namespace valara
