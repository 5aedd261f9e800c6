// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/journal/CliJournal.h"

#include "cli/CliLogging.h"
#include "cli/arguments/CliArguments.h"

#include <QDir>

namespace valara {

QString CliJournal::pathFor(const CliArguments &arguments, const QProcessEnvironment &environment)
{
    if (!arguments.command().journalPath.isEmpty())
        return arguments.command().journalPath;
    if (arguments.hasJournal())
        return arguments.journalPath();
    return environment.value(QLatin1String(PathVariable));
}

CliJournal::CliJournal(const QString &path)
    : m_path(path)
{}

CliJournal::~CliJournal() = default;

bool CliJournal::refuse(const QString &problem)
{
    m_refused = true;
    m_problem = problem;
    qCInfo(lcCli).noquote() << "journal refused:" << problem;
    return false;
}

bool CliJournal::openAs(const QString &accountId)
{
    m_journal = std::make_unique<ChangeJournal>(accountId, m_path);
    if (!m_journal->open()) {
        const QString problem = m_journal->lastProblem();
        m_journal.reset();
        //: %1: the journal's file path; %2: why.
        return refuse(
            tr("the journal %1 cannot be used: %2").arg(QDir::toNativeSeparators(m_path), problem));
    }
    // Opened, but a damaged file was set aside and a new one started.
    if (const QString problem = m_journal->lastProblem(); !problem.isEmpty()) {
        m_warnings.append(problem);
        m_journal->clearProblem();
    }
    return true;
}

bool CliJournal::check()
{
    const bool ok = openAs(QString());
    m_journal.reset();
    return ok;
}

bool CliJournal::open(const Account &account)
{
    const QString id = account.id();
    if (id.isEmpty())
        //: %1: the journal's file path.
        return refuse(tr("the journal %1 cannot be used: the server did not say who the caller is")
                          .arg(QDir::toNativeSeparators(m_path)));
    return openAs(id);
}

std::optional<qint64> CliJournal::recordSending(const CliRequestPlan &plan, const QString &userId,
                                                const QString &path, const QJsonObject &current,
                                                const QByteArray &idempotencyKey)
{
    if (!m_journal) {
        //: %1: the journal's file path.
        refuse(tr("the journal %1 is not open").arg(QDir::toNativeSeparators(m_path)));
        return std::nullopt;
    }
    JournalEntry entry;
    entry.userId = userId;
    entry.service = plan.service();
    entry.method = plan.method;
    entry.path = path;
    const QJsonObject changes = plan.changes();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        entry.fields.append({it.key(), current.value(it.key()), it.value()});
    entry.idempotencyKey = idempotencyKey;
    entry.state = JournalEntry::State::Sending;
    const std::optional<qint64> id = m_journal->record(entry);
    if (!id)
        //: %1: the journal's file path; %2: why.
        refuse(tr("the change could not be recorded in the journal %1, so it was not sent: %2")
                   .arg(QDir::toNativeSeparators(m_path), m_journal->lastProblem()));
    return id;
}

void CliJournal::recordAnswer(qint64 entry, const ApiResult &result, const QString &error)
{
    if (!m_journal)
        return;
    const auto state = result.ok() ? JournalEntry::State::Applied : JournalEntry::State::Failed;
    const int status = result.httpStatus ? result.httpStatus : result.error.httpStatus;
    const QString requestId =
        result.requestId.isEmpty() ? result.error.requestId : result.requestId;
    if (!m_journal->updateState(entry, state, status, requestId, result.ok() ? QString() : error))
        //: %1: the journal's file path; %2: why. "sending" is a state name, not translated.
        m_warnings.append(tr("the answer could not be recorded in the journal %1 (the entry stays "
                             "\"sending\"): %2")
                              .arg(QDir::toNativeSeparators(m_path), m_journal->lastProblem()));
}

void CliJournal::takeJournalProblem()
{
    if (!m_journal || m_journal->lastProblem().isEmpty())
        return;
    //: %1: the journal's file path; %2: what happened to it.
    m_warnings.append(
        tr("the journal %1: %2").arg(QDir::toNativeSeparators(m_path), m_journal->lastProblem()));
    m_journal->clearProblem();
}

std::optional<QList<JournalEntry>> CliJournal::read(const JournalFilter &filter)
{
    if (!openAs(QString()))
        return std::nullopt;
    QList<JournalEntry> entries = m_journal->list(filter);
    if (m_journal->lastProblemKind() != JournalProblem::None) {
        //: %1: the journal's file path; %2: why.
        refuse(tr("the journal %1 cannot be read: %2")
                   .arg(QDir::toNativeSeparators(m_path), m_journal->lastProblem()));
        return std::nullopt;
    }
    return entries;
}

} // namespace valara
