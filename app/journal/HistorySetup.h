// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/caller/Caller.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace valara {

class Account;
class ChangeJournal;
class HistoryPage;
class MainWindow;
class PendingChanges;
class UserListModel;

// The History of a Valara account's window: the History place over the whole journal and the
// selected user's History tab, given to the window, with names for people (the window's people
// list and the signed-in user), labels for fields (the preference and profile schemas) and for the
// account. AppSession hands it the journal whenever one is opened, closed or turned off.
class HistorySetup
{
    Q_DECLARE_TR_FUNCTIONS(HistorySetup)

public:
    explicit HistorySetup(MainWindow *window);
    // One History page (a Me API account's window), not owned.
    explicit HistorySetup(HistoryPage *page);

    void setCaller(const Caller &caller);
    // The account's journal, or null: with `problem` (why it could not be opened) or, without
    // one, because the setting turns it off.
    void setJournal(ChangeJournal *journal, const Account &account, const QString &problem = {});

    // Revert on either page goes through `pending`, whose outcome both pages tell.
    void setPendingChanges(PendingChanges *pending);
    // A user's name, as the window's people list or the signed-in user have it; empty if unknown.
    QString nameOf(const QString &userId) const;

    // The field filter's choices: every preference and profile field, by label.
    static QList<QPair<QString, QString>> fieldChoices();
    static QString fieldLabel(const QString &key);

private:
    void prepare(HistoryPage *page);

    // Shared with the pages' labellers, which may outlive this object.
    std::shared_ptr<Caller> m_caller = std::make_shared<Caller>();
    QPointer<UserListModel> m_users;
    QPointer<HistoryPage> m_all;
    QPointer<HistoryPage> m_user;
};

} // namespace valara
