// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valara {

// Process-wide set-up of valara-desk, done once in main().
class AppSetup
{
public:
    // Application name, organization, version and desktop file name. Safe before the
    // application object exists.
    static void applyIdentity();
    // The window icon from :/icons, or the icon theme.
    static void applyWindowIcon();
};

} // namespace valara
