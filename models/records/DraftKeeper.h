// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace valara {

class RecordEditor;

// Journals the unsaved edits of an editor's records as drafts while the user types, so that they
// survive a crash, a power cut or a quit: a short while after the last edit of a user's record
// (debounced), that record's draft in the editor's journal holds every field whose value differs
// from the server's, with the server's value it is based on. A record without changes has no
// draft. Fields of a save under way are left out (the journal has them as Sending); the rest
// follow once the save is answered. The keeper only ever changes the drafts it wrote: a draft
// left by an earlier run stays until the user restores or discards it.
//
// Owned beside the editor (it must not outlive it); it writes what is pending when destroyed, so
// that a quit right after an edit (or a Discard) is not lost.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 800;

    explicit DraftKeeper(RecordEditor *editor, QObject *parent = nullptr);
    ~DraftKeeper() override;

    // How long after the last edit the draft is written.
    void setDelay(int milliseconds);
    // Writes every pending user's draft now.
    void flush();
    // The draft this keeper wrote for the user, which a save now under way replaces (the editor
    // records the change and removes the draft in one transaction); the keeper forgets it.
    qint64 takeDraft(const QString &userId) { return m_drafts.take(userId); }
    bool keeps(qint64 draftId) const { return draftId && m_drafts.key(draftId).size() > 0; }

Q_SIGNALS:
    // The user's draft was written or removed (tests and status lines).
    void draftWritten(const QString &userId, int fieldCount);

private:
    void schedule(int firstRow, int lastRow);
    void write(const QString &userId);

    RecordEditor *m_editor;
    QTimer m_timer;
    QSet<QString> m_pending;
    QHash<QString, qint64> m_drafts; // user -> the id of the draft written for them
};

} // namespace valara
