// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAbstractItemModel;
class QMainWindow;
class QWidget;

namespace valara {

class HistorySetup;

// Where a JournalSession shows what it has to say: the window of a Valara account or of a Me
// API account.
struct JournalHost
{
    QMainWindow *window = nullptr; // its status bar counts the changes waiting
    std::function<void(QWidget *)> addBanner;
    std::function<void(const QString &)> showNotice;
    // Shows a user's form before their unsaved changes are restored into it.
    std::function<bool(const QString &userId)> openUser;
    HistorySetup *history = nullptr;
    // People's names come with it (it resets once loaded); may be null.
    QAbstractItemModel *people = nullptr;
};

} // namespace valara
