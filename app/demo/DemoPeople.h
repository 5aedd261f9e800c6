// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace valara {

class MainWindow;

// Demo mode's Account list: the demo's people, each with their role, to see each role's view.
// Choosing one (once the window's pages may be left) signs in with their API key.
class DemoPeople
{
    Q_DECLARE_TR_FUNCTIONS(DemoPeople)

public:
    using SignIn = std::function<void(const QByteArray &apiKey)>;
    static void offer(MainWindow *window, const SignIn &signIn);
};

} // namespace valara
