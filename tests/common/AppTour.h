// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace valara::testing {

// Every window and page of the demo app, one after another, for tests that check them all (the
// accessible names, the translations): the main window's pages for the demo's administrator, a
// person's tabs, the bulk change window before and after its preview, the sign-in dialog and the
// Me API window. At each stop the visitor gets the stop's name and the window to look at, shown
// and with its page current. Uses XDG_CONFIG_HOME/XDG_DATA_HOME as the test set them.
class AppTour
{
public:
    using Visitor = std::function<void(const QString &stop, QWidget *window)>;

    // False, with the reason in *error, when a stop could not be reached.
    static bool visit(const Visitor &visitor, QString *error);
};

} // namespace valara::testing
