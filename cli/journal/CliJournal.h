// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/requests/CliRequestPlan.h"

#include "api/ApiResult.h"
#include "models/accounts/Account.h"
#include "models/journal/ChangeJournal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace valara {

class CliArguments;

// The change journal valara-cli records its writes in, a file of the desktop app's format
// (ChangeJournal) at the path given with --journal (else VALARA_JOURNAL). Each write is recorded
// as Sending, with the idempotency key it is sent with and the values it is based on, before it
// leaves, then moved to Applied or Failed with the answer's status, request id and error.
//
// A journal that cannot be used stops the command before anything is sent (refused(), exit code
// 7): the user asked for a record. One set aside as damaged is a warning: a new one is started
// and the write is recorded there.
class CliJournal
{
    Q_DECLARE_TR_FUNCTIONS(CliJournal)

public:
    static constexpr const char *PathVariable = "VALARA_JOURNAL";

    // history's own --journal, else the global one, else VALARA_JOURNAL; empty for none.
    static QString pathFor(const CliArguments &arguments, const QProcessEnvironment &environment);

    explicit CliJournal(const QString &path);
    ~CliJournal();

    QString path() const { return m_path; }

    // Opens the file without an account, so that a journal that cannot be used stops the
    // command before its first request. False (refused()) when it cannot be used.
    bool check();
    // Opens the journal as `account`'s. False (refused()) when it cannot be used.
    bool open(const Account &account);
    // Records the write of `plan` to `userId` at `path` as Sending, each changed field with its
    // value in `current` (the record as read before: an absent field stays undefined). Nullopt
    // (refused()) when it could not be recorded: the write must not be sent.
    std::optional<qint64> recordSending(const CliRequestPlan &plan, const QString &userId,
                                        const QString &path, const QJsonObject &current,
                                        const QByteArray &idempotencyKey);
    // Moves the entry to Applied or Failed (with `error`). A failure here is a warning: the write
    // was made.
    void recordAnswer(qint64 entry, const ApiResult &result, const QString &error);

    // The open journal (after open()), for an editor that records its own saves (a bulk
    // change); null before. Its problems become warnings with takeJournalProblem().
    ChangeJournal *changeJournal() const { return m_journal.get(); }
    // What the open journal last could not do (an entry not recorded), as a warning.
    void takeJournalProblem();

    // The entries `filter` selects, for history; nullopt (refused()) when the journal cannot be
    // read.
    std::optional<QList<JournalEntry>> read(const JournalFilter &filter);

    // The command was stopped because of the journal; problem() says why.
    bool refused() const { return m_refused; }
    QString problem() const { return m_problem; }
    // What is worth a word but stopped nothing (a damaged file set aside, an answer not recorded).
    QStringList warnings() const { return m_warnings; }

private:
    bool openAs(const QString &accountId);
    bool refuse(const QString &problem);

    QString m_path;
    std::unique_ptr<ChangeJournal> m_journal;
    bool m_refused = false;
    QString m_problem;
    QStringList m_warnings;
};

} // namespace valara
