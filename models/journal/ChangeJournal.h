// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/journal/JournalEntry.h"
#include "models/journal/JournalFilter.h"
#include "models/journal/JournalProblem.h"

#include <QDateTime>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace valara {

class JournalDatabase;

// The local journal of every intended change of one account: an SQLite file (one per account, see
// defaultPath()) that keeps each change from its draft to the server's answer, so that an edit
// survives a crash, a quit or a lost network and goes out again with its original idempotency
// key, and so that past changes can be listed and reverted.
//
// Two instances of the app may open one account's journal at once: the file is in WAL mode with a
// busy timeout, and each ChangeJournal has its own connection. An unreadable file is set aside and
// a new one started; a file from a newer version is left alone and the journal stays closed.
// Nothing fails loudly: an operation that cannot be done returns false, nullopt or an empty list,
// lastProblem() says why in a sentence for people, problemOccurred() carries it, and SQL errors are
// logged under valara.models.journal. The journal stays usable after any of them.
class ChangeJournal : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultRetentionDays = 180;

    ChangeJournal(const QString &accountId, const QString &databasePath, QObject *parent = nullptr);
    ~ChangeJournal() override;

    // QStandardPaths::AppDataLocation/journal/<fileName(accountId)>.
    static QString defaultPath(const QString &accountId);
    // "<sha-256 of the account id, hex>.sqlite": the file never names the account.
    static QString fileName(const QString &accountId);

    QString accountId() const { return m_accountId; }
    QString path() const;
    // Where every timestamp comes from (UTC); the system clock unless set.
    void setClock(Clock clock);
    // How long a statement waits for another instance's write before failing (before open()).
    void setBusyTimeout(int milliseconds);

    // Opens or creates the file and brings it to the current schema. False when it cannot be
    // used (lastProblem() says why); true also when a damaged file was set aside (lastProblem()
    // then says where it went).
    bool open();
    bool isOpen() const;
    void close();

    // Off: every recording write (record, updateState, updateDraftFields) does nothing and reports
    // Disabled. Reads and removals (removeDrafts, prune, deleteDatabase) still work, so turning the
    // journal off never keeps data longer.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Records a new change (Draft or Sending, with its idempotency key) and returns its id. The
    // account id is the journal's when left empty; created and updated times are the clock's.
    // A change may replace, in the same transaction, the draft it was made from (its edits are
    // on their way): no moment where both, or neither, are in the file.
    std::optional<qint64> record(const JournalEntry &entry, qint64 replacingDraft = 0);
    // Keeps a user's unsaved edits of a record as a draft: replaces the fields of the draft
    // `draft.id` while it is still a draft of that user and path, or records a new one. Returns
    // the draft's id.
    std::optional<qint64> saveDraft(const JournalEntry &draft);
    // Removes one draft (nothing when the entry is no longer a draft).
    bool removeDraft(qint64 id);
    // Moves an entry to `state` (JournalEntry::canMove) and sets its status, request id and error.
    bool updateState(qint64 id, JournalEntry::State state, int httpStatus = 0,
                     const QString &requestId = {}, const QString &error = {});
    // Replaces a draft's fields.
    bool updateDraftFields(qint64 id, const QList<JournalEntry::Field> &fields);

    std::optional<JournalEntry> find(qint64 id);
    // Newest first unless the filter says otherwise.
    QList<JournalEntry> list(const JournalFilter &filter = {});
    // What a start-up recovers for a user, oldest first (the order they were made in).
    QList<JournalEntry> drafts(const QString &userId);
    QList<JournalEntry> sending(const QString &userId);

    // Removes the user's drafts; returns how many.
    std::optional<int> removeDrafts(const QString &userId);
    // Removes entries created more than `days` days before the clock's now, except drafts and
    // entries still sending (unsent work is never pruned); returns how many.
    std::optional<int> prune(int days = DefaultRetentionDays);
    // Closes the journal and deletes its file (when the account is removed).
    bool deleteDatabase();

    JournalProblem lastProblemKind() const { return m_problem; }
    // The last problem, translated, until clearProblem(); empty when there was none.
    QString lastProblem() const { return m_problemText; }
    void clearProblem();

Q_SIGNALS:
    // Entries were added, changed or removed by this object.
    void entriesChanged();
    void problemOccurred(valara::JournalProblem problem, const QString &message);

private:
    bool canWrite();
    bool canRead();
    // The entry as it is to be stored, or nullopt (reported) when it may not be.
    std::optional<JournalEntry> prepared(const JournalEntry &entry);
    bool report(JournalProblem problem, const QString &message);
    bool reportSql(const char *operation, const QString &error);
    // Says whether the change may be made to the entry as stored (its id and state), reporting
    // why not.
    using Allowed = std::function<bool(const JournalEntry &)>;
    // `stateOnly`: the entry's id and state, without its other columns and fields.
    std::optional<JournalEntry> loadEntry(qint64 id, const char *operation, bool stateOnly = false);
    // Runs `sql` with `values` (and replaces the fields, when given) on entry `id`, if allowed.
    bool changeEntry(qint64 id, const char *operation, const Allowed &allowed, const QString &sql,
                     const QVariantList &values,
                     const std::optional<QList<JournalEntry::Field>> &fields = std::nullopt);
    std::optional<int> remove(const QString &where, const QVariantList &values,
                              const char *operation);
    QDateTime now() const;

    QString m_accountId;
    std::unique_ptr<JournalDatabase> m_database;
    Clock m_clock;
    bool m_enabled = true;
    bool m_holdSignals = false;
    JournalProblem m_problem = JournalProblem::None;
    QString m_problemText;
};

} // namespace valara
