// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every module of Valara Desk has in common (ModuleLoader loads them): the functions it
// exports are marked VALARA_MODULE_EXPORT (the modules are built with hidden visibility, so
// nothing else is exported), and one of them returns the version of its interface.
#if defined(_WIN32)
#define VALARA_MODULE_EXPORT __declspec(dllexport)
#else
#define VALARA_MODULE_EXPORT __attribute__((visibility("default")))
#endif

namespace valara {

extern "C" {
// A module's version function ("valara_phone_version"): the version of its interface.
using ModuleVersionFunction = int (*)();
}

} // namespace valara
