// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/records/PendingChanges.h"

#include "models/ModelsLogging.h"
#include "models/journal/ChangeJournal.h"
#include "models/records/RecordEditor.h"
#include "models/values/JsonValueText.h"

#include <algorithm>

namespace valara {

PendingChanges::PendingChanges(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PendingChanges::sendNext);
}

void PendingChanges::setJournal(ChangeJournal *journal)
{
    m_journal = journal;
    m_queue.clear();
    m_restoring.clear();
    m_sending = 0;
    m_delay = 0;
    m_retry.stop();
    Q_EMIT waitingCountChanged(0);
    Q_EMIT offersChanged();
}

void PendingChanges::addEditor(RecordEditor *editor)
{
    m_editors.append(editor);
    connect(editor, &QObject::destroyed, this, [this, editor] { m_editors.removeAll(editor); });
    connect(editor, &RecordEditor::changeWaiting, this, [this](qint64 entryId) {
        enqueue(entryId);
        if (!m_sending)
            retryLater(); // it has just failed: not at once
    });
}

void PendingChanges::setRetryDelays(int firstMs, int maxMs)
{
    m_firstDelay = qMax(1, firstMs);
    m_maxDelay = qMax(m_firstDelay, maxMs);
}

RecordEditor *PendingChanges::editorFor(const JournalEntry &entry) const
{
    for (RecordEditor *editor : m_editors) {
        if (editor->handles(entry))
            return editor;
    }
    return nullptr;
}

void PendingChanges::start()
{
    if (!m_journal)
        return;
    JournalFilter waiting;
    waiting.states = {JournalEntry::State::Sending};
    waiting.newestFirst = false;
    const QList<JournalEntry> entries = m_journal->list(waiting);
    qCInfo(lcModels) << entries.size() << "changes were on their way when the app last stopped";
    for (const JournalEntry &entry : entries)
        enqueue(entry.id);
    Q_EMIT offersChanged();
    sendNext();
}

void PendingChanges::enqueue(qint64 entryId)
{
    if (m_queue.contains(entryId))
        return;
    m_queue.append(entryId);
    std::sort(m_queue.begin(), m_queue.end()); // ids follow the order changes were made in
    Q_EMIT waitingCountChanged(waitingCount());
}

void PendingChanges::reachabilityRestored()
{
    m_delay = 0;
    sendNext();
}

void PendingChanges::retryLater()
{
    m_delay = m_delay ? qMin(m_delay * 2, m_maxDelay) : m_firstDelay;
    m_retry.start(m_delay);
}

void PendingChanges::sendNext()
{
    m_retry.stop();
    while (!m_sending && !m_queue.isEmpty() && m_journal) {
        const qint64 id = m_queue.constFirst();
        const std::optional<JournalEntry> entry = m_journal->find(id);
        RecordEditor *editor = entry ? editorFor(*entry) : nullptr;
        if (!entry || entry->state != JournalEntry::State::Sending || !editor) {
            // Settled meanwhile (another instance of the app), gone, or no editor of ours.
            if (entry && entry->state == JournalEntry::State::Sending)
                qCWarning(lcModels) << "no editor sends change" << id << "of" << entry->path;
            m_queue.removeFirst();
            Q_EMIT waitingCountChanged(waitingCount());
            continue;
        }
        ChangeReplay *job = editor->replay(*entry, ChangeReplay::Mode::Send);
        if (!job) {
            m_retry.start(qMin(m_firstDelay, 1000)); // the user's record is busy: shortly
            return;
        }
        m_sending = id;
        connect(job, &ChangeReplay::finished, this, &PendingChanges::onReplayed);
    }
}

void PendingChanges::onReplayed(const ReplayResult &result)
{
    m_sending = 0;
    Q_EMIT replayed(result);
    if (result.outcome == ReplayResult::Outcome::Waiting) {
        retryLater(); // later changes wait behind it: they go out in order
        return;
    }
    m_delay = 0;
    m_queue.removeAll(result.entryId);
    Q_EMIT waitingCountChanged(waitingCount());
    if (result.outcome == ReplayResult::Outcome::Conflicted)
        Q_EMIT offersChanged();
    sendNext();
}

QList<JournalEntry> PendingChanges::offeredDrafts(const QString &userId) const
{
    if (!m_journal)
        return {};
    JournalFilter filter;
    filter.userId = userId;
    filter.states = {JournalEntry::State::Draft};
    filter.newestFirst = false;
    QList<JournalEntry> drafts = m_journal->list(filter);
    drafts.removeIf([this](const JournalEntry &draft) {
        const RecordEditor *editor = editorFor(draft);
        return editor && editor->keepsDraft(draft.id);
    });
    return drafts;
}

QList<PendingChanges::Offer> PendingChanges::offers() const
{
    QList<Offer> offers;
    for (const JournalEntry &draft : offeredDrafts()) {
        auto offer = std::find_if(offers.begin(), offers.end(),
                                  [&](const Offer &o) { return o.userId == draft.userId; });
        if (offer == offers.end()) {
            offers.append({draft.userId, 0, draft.updatedAt});
            offer = offers.end() - 1;
        }
        offer->changeCount += int(draft.fields.size());
        offer->since = qMin(offer->since, draft.updatedAt);
    }
    return offers;
}

bool PendingChanges::restore(const QString &userId)
{
    if (!m_restoring.isEmpty())
        return false;
    m_restoring = offeredDrafts(userId);
    if (m_restoring.isEmpty())
        return false;
    restoreNext();
    return true;
}

void PendingChanges::restoreNext()
{
    if (m_restoring.isEmpty()) {
        Q_EMIT offersChanged();
        return;
    }
    const JournalEntry draft = m_restoring.constFirst();
    RecordEditor *editor = editorFor(draft);
    if (editor && editor->isBusy(editor->rowUserId(draft.userId))) {
        // Loading the user (the page was just opened): once that is done.
        auto *wait = new QObject(this);
        connect(
            editor, &RecordEditor::busyChanged, wait,
            [this, wait, userId = editor->rowUserId(draft.userId)](const QString &user, bool busy) {
                if (user == userId && !busy) {
                    wait->deleteLater();
                    QTimer::singleShot(0, this, &PendingChanges::restoreNext);
                }
            });
        return;
    }
    m_restoring.removeFirst();
    ChangeReplay *job = editor ? editor->replay(draft, ChangeReplay::Mode::Restore) : nullptr;
    if (!job) {
        qCWarning(lcModels) << "draft" << draft.id << "could not be restored now";
        m_restoring.clear();
        Q_EMIT offersChanged();
        return;
    }
    connect(job, &ChangeReplay::finished, this, [this](const ReplayResult &result) {
        Q_EMIT replayed(result);
        restoreNext();
    });
}

bool PendingChanges::revert(qint64 entryId, QString *why)
{
    const std::optional<JournalEntry> entry = m_journal ? m_journal->find(entryId) : std::nullopt;
    RecordEditor *editor = entry ? editorFor(*entry) : nullptr;
    if (!entry || entry->state != JournalEntry::State::Applied) {
        *why = tr("Only an applied change can be reverted.");
        return false;
    }
    if (!editor) {
        *why = tr("This change cannot be reverted from this window.");
        return false;
    }
    ChangeReplay *job = editor->replay(ChangeReplay::revertOf(*entry), ChangeReplay::Mode::Revert);
    if (!job) {
        *why = tr("The user's record is busy: try again in a moment.");
        return false;
    }
    job->setRevertOf(entryId);
    connect(job, &ChangeReplay::finished, this, [this](const ReplayResult &result) {
        Q_EMIT replayed(result);
        if (result.outcome == ReplayResult::Outcome::Waiting && result.entryId)
            enqueue(result.entryId); // journaled, not sent yet: it waits like any change
    });
    return true;
}

void PendingChanges::discard(const QString &userId)
{
    if (!m_journal)
        return;
    for (const JournalEntry &draft : offeredDrafts(userId))
        m_journal->removeDraft(draft.id);
    Q_EMIT offersChanged();
}

} // namespace valara

namespace valara {

QString PendingChanges::describe(const ReplayResult &result) const
{
    using Outcome = ReplayResult::Outcome;
    const qint64 id = result.entryId ? result.entryId : result.revertOf;
    const std::optional<JournalEntry> entry = m_journal ? m_journal->find(id) : std::nullopt;
    const RecordEditor *editor = entry ? editorFor(*entry) : nullptr;
    const auto label = [editor](const QString &key) {
        const int column = editor ? editor->records()->columnOfKey(key) : -1;
        return column < 0 ? key : editor->records()->headerData(column, Qt::Horizontal).toString();
    };
    QStringList fields;
    for (const JournalEntry::Field &field : entry ? entry->fields : QList<JournalEntry::Field>())
        fields << label(field.key);
    QStringList conflicts;
    for (const ReplayResult::Conflict &conflict : result.conflicts)
        conflicts << tr("%1 (the server now holds %2; the change was made over %3)")
                         .arg(label(conflict.key), JsonValueText::of(conflict.server),
                              JsonValueText::of(conflict.basedOn));
    const QString names = fields.join(QStringLiteral(", "));
    const QString changed = conflicts.join(QStringLiteral("; "));
    const bool revert = result.mode == ReplayResult::Mode::Revert;
    switch (result.outcome) {
    case Outcome::Applied:
        return revert ? tr("Reverted (%1): the earlier values are back on the server (request %2).")
                            .arg(names, result.requestId)
                      : tr("A change kept on this computer was sent: %1 (request %2).")
                            .arg(names, result.requestId);
    case Outcome::AlreadyApplied:
        return revert ? tr("Nothing to revert (%1): the server already holds the earlier values.")
                            .arg(names)
                      : tr("A change that was on its way had reached the server: %1.").arg(names);
    case Outcome::Restored:
        return conflicts.isEmpty()
                   ? tr("Your unsaved changes are back in the form: check them and save.")
                   : tr("Your unsaved changes are back in the form, but changed on the server "
                        "since: %1. The form shows your values: Save keeps them, Revert takes "
                        "the server's.")
                         .arg(changed);
    case Outcome::Conflicted:
        return revert ? tr("Not reverted: changed on the server since this change: %1. Nothing "
                           "was sent.")
                            .arg(changed)
                      : tr("A change kept on this computer was not sent: changed on the server "
                           "meanwhile: %1. It is offered as unsaved changes to check.")
                            .arg(changed);
    case Outcome::Waiting:
        return tr("The service cannot be reached: the change is kept on this computer and will "
                  "be sent when it can.");
    case Outcome::Failed:
        if (result.mode == ReplayResult::Mode::Restore)
            return tr("Your unsaved changes could not be restored now: %1 They are kept.")
                .arg(result.error.message);
        return revert
                   ? tr("Not reverted: %1").arg(result.error.message)
                   : tr("A change kept on this computer was refused: %1").arg(result.error.message);
    }
    return {};
}

} // namespace valara
