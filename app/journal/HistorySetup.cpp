// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/journal/HistorySetup.h"

#include "models/accounts/Account.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/journal/JournalHistoryModel.h"
#include "models/people/UserListModel.h"
#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"
#include "models/records/PendingChanges.h"
#include "ui/history/HistoryPage.h"
#include "ui/shell/MainWindow.h"

#include <QMap>

namespace valara {

namespace {

// The name of the signed-in user, or of someone in the window's people list; empty otherwise.
QString userName(const Caller &caller, const UserListModel *users, const QString &userId)
{
    if (userId == caller.id())
        return caller.displayName();
    const int row = users ? users->rowOfUser(userId) : -1;
    return row < 0 ? QString() : users->index(row, UserListModel::NameColumn).data().toString();
}

} // namespace

HistorySetup::HistorySetup(MainWindow *window)
    : m_users(window->userModel())
    , m_all(new HistoryPage)
    , m_user(new HistoryPage)
{
    m_all->setObjectName(QStringLiteral("historyPage"));
    m_user->setObjectName(QStringLiteral("userHistoryPage"));
    prepare(m_all);
    prepare(m_user);
    window->setHistoryPages(m_all, m_user);
}

HistorySetup::HistorySetup(HistoryPage *page)
    : m_all(page)
{
    prepare(page);
}

void HistorySetup::prepare(HistoryPage *page)
{
    page->setFieldChoices(fieldChoices());
    QObject::connect(new LanguageChangeWatch(page), &LanguageChangeWatch::changed, page,
                     [page] { page->setFieldChoices(fieldChoices()); });
    JournalHistoryModel *model = page->model();
    model->setFieldLabeller(&HistorySetup::fieldLabel);
    model->setUserLabeller([caller = m_caller, users = m_users](const QString &userId) {
        return userName(*caller, users, userId);
    });
    // The people list loads after the window, a page at a time: the names follow it.
    if (m_users) {
        QObject::connect(m_users, &QAbstractItemModel::modelReset, model,
                         &JournalHistoryModel::refreshLabels);
        QObject::connect(m_users, &QAbstractItemModel::rowsInserted, model,
                         &JournalHistoryModel::refreshLabels);
    }
}

QString HistorySetup::nameOf(const QString &userId) const
{
    return userName(*m_caller, m_users, userId);
}

void HistorySetup::setPendingChanges(PendingChanges *pending)
{
    for (HistoryPage *page : {m_all.data(), m_user.data()}) {
        if (!page)
            continue;
        QObject::connect(page, &HistoryPage::revertRequested, pending,
                         [pending, page](qint64 entryId) {
                             QString why;
                             if (!pending->revert(entryId, &why))
                                 page->showRevertResult(why, false);
                         });
        QObject::connect(
            pending, &PendingChanges::replayed, page, [pending, page](const ReplayResult &result) {
                if (result.mode != ReplayResult::Mode::Revert)
                    return;
                const bool ok = result.outcome == ReplayResult::Outcome::Applied ||
                                result.outcome == ReplayResult::Outcome::AlreadyApplied ||
                                result.outcome == ReplayResult::Outcome::Waiting;
                page->showRevertResult(pending->describe(result), ok);
            });
    }
}

QList<QPair<QString, QString>> HistorySetup::fieldChoices()
{
    QMap<QString, QPair<QString, QString>> byLabel;
    QStringList keys = PreferenceSchema::keys();
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        keys << field.key;
    for (const QString &key : keys) {
        const QString label = fieldLabel(key);
        byLabel.insert(label.toCaseFolded() + u'\n' + key, {key, label});
    }
    return byLabel.values();
}

QString HistorySetup::fieldLabel(const QString &key)
{
    if (PreferenceSchema::field(key))
        return PreferenceSchema::label(key);
    return ProfileSchema::label(key);
}

void HistorySetup::setCaller(const Caller &caller)
{
    *m_caller = caller;
    for (HistoryPage *page : {m_all.data(), m_user.data()}) {
        if (page)
            page->model()->refreshLabels();
    }
}

void HistorySetup::setJournal(ChangeJournal *journal, const Account &account,
                              const QString &problem)
{
    QString whyNot;
    if (!journal) {
        whyNot = problem.isEmpty()
                     ? tr("There is no history: the change journal is turned off "
                          "(journal/enabled in the settings), so changes are not recorded.")
                     : tr("There is no history: the change journal could not be opened. %1")
                           .arg(problem);
    }
    const QString id = account.id();
    Account named = account;
    named.displayName = m_caller->id() == account.userId ? m_caller->displayName() : QString();
    named.role = m_caller->id() == account.userId ? m_caller->roleKey() : QString();
    const QString label = named.label();
    for (HistoryPage *page : {m_all.data(), m_user.data()}) {
        if (!page)
            continue;
        page->model()->setAccountLabeller(
            [id, label](const QString &accountId) { return accountId == id ? label : QString(); });
        page->setJournal(journal, whyNot);
    }
}

} // namespace valara
