// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkChange.h"
#include "models/caller/Caller.h"
#include "ui/bulk/BulkChangeDialog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace valara {

class ApiClient;
class ChangeJournal;

// Opens the window of a bulk change for the people the main window asks for: a BulkChange of its
// own over the account's client and journal (so every change is journaled like a form's), in a
// BulkChangeDialog that owns it. When a run ends, the people it changed are reported, so the
// forms read them again and never show a value older than the server's.
class BulkLauncher : public QObject
{
    Q_OBJECT

public:
    // `client` and `window` (the dialogs' parent) are not owned.
    BulkLauncher(ApiClient *client, QWidget *window, QObject *parent = nullptr);
    // Closes the open bulk change windows: what they had on its way stays in the journal.
    ~BulkLauncher() override;

    void setCaller(const Caller &caller) { m_caller = caller; }
    // Where the changes are journaled (not owned; may be null).
    void setJournal(ChangeJournal *journal) { m_journal = journal; }
    // Called with the people a run changed.
    void setOnApplied(std::function<void(const QStringList &)> onApplied)
    {
        m_onApplied = std::move(onApplied);
    }

    // Null when the caller may not make this change (profiles: administrators only) or nobody
    // is given.
    BulkChangeDialog *open(BulkChange::Kind kind, const BulkPeople &people);
    // Closes every bulk window at once (another sign-in, the account closing): what they had
    // on its way stays in the journal, to be sent with its key.
    void closeAll();

private:
    ApiClient *m_client;
    QWidget *m_window;
    ChangeJournal *m_journal = nullptr;
    Caller m_caller;
    std::function<void(const QStringList &)> m_onApplied;
    QList<QPointer<BulkChangeDialog>> m_dialogs;
};

} // namespace valara
