// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/json/ResponseShape.h"
#include "models/records/ChangeReplay.h"
#include "models/records/EditableRecordsModel.h"
#include "models/records/ReplayResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace valara {

class ApiClient;
class ApiJob;
class ChangeJournal;
class DraftKeeper;
struct ApiResult;
struct JournalEntry;

// Loads and saves users' records between an EditableRecordsModel and the Valara API: GET
// recordPath() fills a row; save() PATCHes only the changed fields and the answer refreshes the
// row. A refusal leaves every edit in place and puts field messages on their fields. One request
// per user at a time.
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    RecordEditor(ApiClient *client, EditableRecordsModel *model, QObject *parent = nullptr);

    EditableRecordsModel *records() const { return m_records; }
    ApiClient *client() const { return m_client; }
    // Where saves are journaled (not owned; none by default): each save is recorded as Sending,
    // with the idempotency key it is sent with, before the request leaves, and updated from the
    // answer (Applied or Failed, with the status and request id).
    void setJournal(ChangeJournal *journal);
    ChangeJournal *journal() const;
    // The keeper of this editor's drafts (DraftKeeper sets itself): a save replaces the draft it
    // wrote for the user in the journal.
    void setDraftKeeper(DraftKeeper *keeper);
    // Whether journal entry `id` is the draft this editor's keeper writes now.
    bool keepsDraft(qint64 id) const;
    void load(const QString &userId);
    // Sends the row's changes; false (and nothing sent) when there is nothing valid to send or a
    // request for this user is already under way.
    virtual bool save(const QString &userId);
    bool isBusy(const QString &userId) const;
    // What save() would send, for people to read: "PATCH <path>" and the JSON body, or why
    // nothing would be sent.
    virtual QString savePreview(const QString &userId) const;

    // Which of the sent fields a server message is about: those it names, or the only one sent.
    static QHash<QString, QString> fieldErrorsFor(const ApiError &error, const QStringList &sent);

    // The request path of a user's record, and the service, as journal entries name them.
    QString changePath(const QString &userId) const { return recordPath(userId); }
    QString service() const { return journalService(); }
    // The user a journal entry names for a record's row, and back: the same id, except where the
    // model keys its one row otherwise (the Me API's "me" is the signed-in user).
    virtual QString journalUserId(const QString &rowUserId) const { return rowUserId; }
    virtual QString rowUserId(const QString &journalUserId) const { return journalUserId; }
    // Whether a journal entry is a change of this editor's records.
    bool handles(const JournalEntry &entry) const;
    // Takes up a journaled change again (see ChangeReplay): nullptr when the user is busy or the
    // entry is not this editor's. The job deletes itself once finished.
    ChangeReplay *replay(const JournalEntry &entry, ChangeReplay::Mode mode);
    // A failure whose outcome is unknown or passing (no answer, a timeout, a server error, a
    // rate limit): the change stays Sending in the journal, to be sent again.
    static bool isUnreachable(const ApiError &error);

Q_SIGNALS:
    void busyChanged(const QString &userId, bool busy);
    void loaded(const QString &userId, const QString &requestId);
    void saved(const QString &userId, const QString &requestId);
    // The answer to a save arrived, before it is journaled and put into the model (saved() or
    // failed() follow at once): its connection is free for the next request.
    void answered(const QString &userId, int httpStatus);
    void failed(const QString &userId, const ApiError &error);
    // A save could not reach the service: its journal entry waits to be sent again.
    void changeWaiting(qint64 entryId, const QString &userId);
    void replayFinished(const valara::ReplayResult &result);

protected:
    virtual QString recordPath(const QString &userId) const = 0;
    // What the answers of recordPath() must look like; anything else is a Protocol error and
    // leaves the model untouched.
    virtual ResponseShape answerShape() const { return ResponseShape::object(); }
    // The body of a save's PATCH for these changes (by default the changes themselves).
    virtual QJsonObject requestBody(const QJsonObject &changes) const { return changes; }
    // Sends a save with this X-Idempotency-Key: by default PATCH recordPath() with requestBody().
    virtual ApiJob *sendChanges(const QString &userId, const QJsonObject &changes,
                                const QByteArray &idempotencyKey);
    // Sends a journaled change again with its own key, `fresh` being the record as just read:
    // by default PATCH recordPath() with requestBody().
    virtual ApiJob *resendChanges(const JournalEntry &entry, const QJsonObject &changes,
                                  const ApiResult &fresh);
    // The service a journal entry names (JournalEntry::ServiceValara by default).
    virtual QString journalService() const;
    // Indented JSON, as savePreview() shows bodies.
    static QString readable(const QJsonObject &body);
    // An error as the user should read it (by default as decoded).
    virtual ApiError explained(const ApiError &error) const { return error; }
    // The user is busy until `job` finishes, or until a follow-up job, tracked from one of its
    // finished() handlers, takes over. Connect the result handlers before calling this.
    void track(const QString &userId, ApiJob *job);
    // Applies a save's answer: the new record, or the refusal's field messages.
    void finishSave(const EditableRecordsModel::SaveTicket &ticket, const ApiResult &result);

    // The journal entry of a save about to be sent with `method`, or none (no journal, turned
    // off, or it could not record: the save is sent all the same, and the journal says why).
    std::optional<qint64> journalSending(const EditableRecordsModel::SaveTicket &ticket,
                                         const QByteArray &idempotencyKey,
                                         const QByteArray &method = QByteArrayLiteral("PATCH"));
    // Applied or Failed, with the answer's status and request id, in the journal the entry was
    // recorded in (the account may have changed, and its journal with it, while the request ran).
    // True when the service could not be reached: the entry stays Sending, to be sent again.
    bool journalAnswer(const QPointer<ChangeJournal> &journal, std::optional<qint64> entry,
                       const QString &userId, const ApiResult &result);

private:
    friend class ChangeReplay;
    void queueBehind(const EditableRecordsModel::SaveTicket &ticket, qint64 entry);
    // journalSending() with the user's `waiting` changes as already read (one read per save).
    std::optional<qint64> journalSending(const EditableRecordsModel::SaveTicket &ticket,
                                         const QByteArray &idempotencyKey, const QByteArray &method,
                                         const QList<JournalEntry> &waiting);
    // The journal's changes of the user's record waiting to be sent (none while the user is
    // busy: then they are on their way).
    QList<JournalEntry> waitingChanges(const QString &userId) const;

    ApiClient *m_client;
    QPointer<ChangeJournal> m_journal; // may go before the editor (an account's sign-in changes)
    QPointer<DraftKeeper> m_draftKeeper;
    EditableRecordsModel *m_records;
    QHash<QString, QPointer<ApiJob>> m_jobs;
};

} // namespace valara
