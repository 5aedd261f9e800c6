// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLibrary>
#include <QString>

#include <initializer_list>

namespace valara {

// Finds and loads one of Valara Desk's own modules (libraries loaded at run time, when first
// needed: valara-phonenumber, valara-demo-sandbox). Where the programs are installed, the
// modules are in one folder relative to them (VALARA_MODULE_DIR_FROM_BIN: Linux
// ../lib/valara-desk/plugins, Windows beside the .exe, macOS the bundle's PlugIns/valara); in a
// build tree, where the build made them. A module must say the version of its interface.
class ModuleLoader
{
public:
    // Loads `fileName` ("valara-phonenumber.so") into `library`, installed beside the program or
    // else at `buildPath`, and checks that its function `versionSymbol` returns `version` and
    // that it exports every one of `functions` (which the caller then resolves). False, with
    // *problem saying why (every place tried), when it cannot.
    static bool load(QLibrary &library, const QString &fileName, const QString &buildPath,
                     const char *versionSymbol, int version,
                     std::initializer_list<const char *> functions, QString *problem);
};

} // namespace valara
