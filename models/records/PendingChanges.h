// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"
#include "models/records/ReplayResult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace valara {

class ChangeJournal;
class RecordEditor;

// The changes of an account's journal that are not settled, and what becomes of them:
//
// - Waiting changes: saves that could not reach the service (RecordEditor::changeWaiting) and
//   changes that were on their way when the app stopped (found by start()). They are sent again
//   in the order they were made, one at a time, each with its own idempotency key, through the
//   editor of their record (RecordEditor::replay(), which checks the server first). While the
//   service cannot be reached they wait: retried after a delay that doubles up to a maximum,
//   and at once when reachabilityRestored() is called (the app calls it from
//   QNetworkInformation where that works).
// - Drafts: unsaved edits left by an earlier run, offered per user (offers()); restore() puts
//   them back into the forms, discard() drops them.
class PendingChanges : public QObject
{
    Q_OBJECT

public:
    // Drafts of one user, as offered: "3 unsaved changes for Priya Patel, from 14:02".
    struct Offer
    {
        QString userId;
        int changeCount = 0; // fields, over all the user's drafts
        QDateTime since;     // the oldest draft's last edit (UTC)
    };

    explicit PendingChanges(QObject *parent = nullptr);

    // The journal (not owned; may be null) and the editors whose changes it holds. Setting a
    // journal forgets the previous one's queue.
    void setJournal(ChangeJournal *journal);
    void addEditor(RecordEditor *editor);
    // Retry delays while the service cannot be reached (defaults 5 s doubling to 60 s).
    void setRetryDelays(int firstMs, int maxMs);

    // Takes up the journal's changes that were on their way when the app stopped, and offers
    // the drafts it holds.
    void start();
    // The service is reachable again: sends what waits now.
    void reachabilityRestored();

    int waitingCount() const { return int(m_queue.size()); }
    QList<Offer> offers() const;
    // Puts the user's drafts back into the forms (each through its editor: the record is read
    // first, see ChangeReplay). False when the user is busy or has none.
    bool restore(const QString &userId);
    // Drops the user's drafts.
    void discard(const QString &userId);

    // Sends the old values of applied change `entryId` as a new change, once the server is found
    // to hold the values it set (see ChangeReplay). False, with why in *why, when it cannot be
    // reverted from here now; the outcome comes with replayed().
    bool revert(qint64 entryId, QString *why);
    // A result as people read it: what happened, fields by their form's labels, values as shown.
    QString describe(const ReplayResult &result) const;

Q_SIGNALS:
    void waitingCountChanged(int count);
    void offersChanged();
    // A change was sent again, found applied, conflicted or failed, or a draft restored.
    void replayed(const valara::ReplayResult &result);

private:
    RecordEditor *editorFor(const JournalEntry &entry) const;
    // The drafts left by an earlier run (or by a conflict), not those the editors keep now.
    QList<JournalEntry> offeredDrafts(const QString &userId = {}) const;
    void enqueue(qint64 entryId);
    void sendNext();
    void restoreNext();
    void onReplayed(const ReplayResult &result);
    void retryLater();

    QPointer<ChangeJournal> m_journal;
    QList<RecordEditor *> m_editors;
    QList<qint64> m_queue;           // entry ids, in the order the changes were made
    qint64 m_sending = 0;            // the entry being sent again, if any
    QList<JournalEntry> m_restoring; // drafts still to restore, one at a time
    QTimer m_retry;
    int m_firstDelay = 5000;
    int m_maxDelay = 60000;
    int m_delay = 0;
};

} // namespace valara
