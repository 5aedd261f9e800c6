// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"
#include "models/records/ReplayResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace valara {

class ChangeJournal;
class RecordEditor;
struct ApiResult;

// One journaled change taken up again by its editor (RecordEditor::replay()), which tracks the
// user as busy meanwhile. It first reads the record, because the service's idempotency window is
// not ours to rely on, then, per field:
//
// - Send (a change that was on its way when the app stopped, a queued one, a revert): when the
//   server already holds every new value, the entry is Applied and nothing is sent; when every
//   field holds the value the change was based on (or already the new one), the change is sent
//   with the entry's own idempotency key, so that a copy the server did receive is not applied
//   twice; when any field holds a third value, someone changed it meanwhile: nothing is sent, the
//   entry is Conflicted, and its values are kept as a draft for the user to choose.
// - Restore (a draft): the draft's values go into the form as edits, except those the server
//   already holds; fields changed on the server since are listed as conflicts (the form shows
//   the user's value, the page says what the server holds). Nothing is sent.
// - Revert (an applied change, given with its fields turned round: the values it set as those
//   the server should hold, the old ones as new): only when the server still holds every value
//   the change set is the revert journaled, as a new change with a new key, and sent; otherwise
//   nothing is sent or journaled and the conflicts say what the server holds now.
//
// A service that cannot be reached leaves the entry as it was (Waiting). The record read is put
// into the model, so the form shows what the server holds.
class ChangeReplay : public QObject
{
    Q_OBJECT

public:
    using Mode = ReplayResult::Mode;

    ChangeReplay(RecordEditor *editor, const JournalEntry &entry, Mode mode);
    // The revert of applied change `entry`: its values turned round, a new key, not journaled yet.
    static JournalEntry revertOf(const JournalEntry &entry);

    const JournalEntry &entry() const { return m_entry; }
    Mode mode() const { return m_mode; }
    // Revert: the id of the change reverted, for the result.
    void setRevertOf(qint64 entryId) { m_result.revertOf = entryId; }
    void start();

Q_SIGNALS:
    void finished(const valara::ReplayResult &result);

private:
    void onRead(const ApiResult &read);
    void send(const ApiResult &read);
    // The fields whose server value is neither the one the change is based on nor its new one.
    QList<ReplayResult::Conflict> conflictsWith(const QJsonObject &record, bool *allNew) const;
    void onSent(const ApiResult &answer);
    void restore(const QJsonObject &record, const QString &requestId);
    // Nothing sent: the entry is Conflicted and its values are kept as a draft.
    void conflict(const QList<ReplayResult::Conflict> &conflicts, const ApiResult &read);
    void fail(const ApiResult &answer);
    void finish(ReplayResult::Outcome outcome, const QString &requestId);

    RecordEditor *m_editor;
    QPointer<ChangeJournal> m_journal;
    JournalEntry m_entry;
    QString m_row; // the entry's user as the editor's model keys the row
    Mode m_mode;
    ReplayResult m_result;
};

} // namespace valara
