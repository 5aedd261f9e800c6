// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/journal/JournalHost.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QLabel;
class QTemporaryDir;

namespace valara {

class Account;
class AppSettings;
class ChangeJournal;
class DraftKeeper;
class DraftOfferBanner;
class HistorySetup;
class PendingChanges;
class RecordEditor;
struct ReplayResult;

// The change journal of an account's window (a Valara account's or a Me API account's), and
// what it does for the user: drafts kept
// while they type (a DraftKeeper per editor), changes that could not be sent (PendingChanges:
// "n changes waiting" in the status bar, sent when the service is back), the unsaved changes of
// an earlier run offered in a banner (Restore or Discard), replays told in the window's notice,
// and the History pages. Built with the window; the journal itself is opened once the signed-in
// user is known. Destroyed before the editors it was given.
class JournalSession : public QObject
{
    Q_OBJECT

public:
    // `demo`: the journal goes to a temporary folder, never among the user's own data.
    JournalSession(AppSettings *settings, bool demo, const JournalHost &host);
    ~JournalSession() override;

    void addEditor(RecordEditor *editor);
    // Opens the account's journal (unless the setting turns it off), hands it to the editors and
    // the History, takes up what an earlier run left.
    void open(const Account &account);
    ChangeJournal *journal() const { return m_journal.get(); }
    PendingChanges *pending() const { return m_pending.get(); }

private:
    void close(const Account &account);
    void showNextOffer();
    void restore(const QString &userId);
    void onReplayed(const ReplayResult &result);
    void showWaiting(int count);
    // The status bar's count in the current language.
    void retranslateWaiting();
    // QNetworkInformation, loaded when a change first waits: the queue is sent when the system
    // says the network is back (where a backend works; the retry timer does it otherwise).
    void watchReachability();

    AppSettings *m_settings;
    bool m_demo;
    JournalHost m_host;
    std::unique_ptr<QTemporaryDir> m_demoData;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<PendingChanges> m_pending;
    std::vector<std::unique_ptr<DraftKeeper>> m_keepers; // written out before the journal goes
    QList<RecordEditor *> m_editors;
    QPointer<DraftOfferBanner> m_offer;
    QPointer<QLabel> m_waiting;
    bool m_watching = false;
    bool m_replayNotice = false; // the window's notice tells a replay
};

} // namespace valara
