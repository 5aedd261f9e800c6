// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkMember.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace valara {

class RecordEditor;
struct ApiError;
struct ReplayResult;

// The second half of a bulk change: one save per Pending member, through the editor whose rows
// BulkPreview prepared, so each is exactly that member's changed fields, with its own idempotency
// key, journaled like any save (docs/api-contract.md K3, K22). At most `concurrency` requests at
// a time (6 at most: the per-host connection limit of HTTP/1.1 in QNetworkAccessManager). A 429
// pauses every worker together for its Retry-After. cancel() sends nothing more: what is on its
// way finishes, the rest is NotSent. retryFailed() takes up the Failed ones again: through the
// journal with their original keys, read-checked first (K23), or, without a journal, as new saves.
class BulkApply : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxConcurrency = 6;
    // After a 429 the client gave up on (a Retry-After too long to wait for): nobody is sent for
    // this long, as the longest wait the client makes itself.
    static constexpr int FinalRateLimitPauseMs = 60'000;

    explicit BulkApply(RecordEditor *editor, QObject *parent = nullptr);

    void setConcurrency(int requests);
    // Sends the Pending members of `members` (the others are kept as they are).
    void start(const QList<BulkMember> &members);
    void cancel();
    // False when there is nothing to retry or a run is under way.
    bool retryFailed();

    bool isRunning() const { return m_running; }
    const QList<BulkMember> &members() const { return m_members; }
    int toSendCount() const { return m_total; }
    int doneCount() const { return m_done; }
    bool isPaused() const { return m_pause.isActive(); }

Q_SIGNALS:
    // A run (or a retry) began: members() holds its people.
    void started();
    void memberChanged(int index);
    void progress(int done, int total);
    // The service asked to slow down: nothing new is sent for `milliseconds`.
    void paused(int milliseconds);
    void finished();

private:
    void sendNext();
    void send(int index);
    void onAnswered(const QString &userId, int httpStatus);
    void pause(int milliseconds);
    void onSaved(const QString &userId, const QString &requestId);
    void onFailed(const QString &userId, const ApiError &error);
    void onReplayed(const ReplayResult &result);
    void settle(int index);
    void finishIfDone();

    RecordEditor *m_editor;
    QList<BulkMember> m_members;
    QHash<QString, int> m_index; // row user -> member
    QList<int> m_queue;
    QHash<int, bool> m_inFlight; // sent, outcome not known yet
    QSet<int> m_answered;        // of those, answered (their outcome follows at once)
    int m_onWire = 0;            // requests under way: sent and not answered
    QTimer m_pause;
    int m_concurrency = MaxConcurrency;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace valara
