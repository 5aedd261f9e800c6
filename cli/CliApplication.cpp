// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/CliLogging.h"
#include "cli/CliRunner.h"
#include "cli/arguments/CliArguments.h"
#include "cli/arguments/CliHelp.h"
#include "cli/bulk/CliBulkReport.h"
#include "cli/bulk/CliBulkRunner.h"
#include "cli/journal/CliHistory.h"
#include "cli/journal/CliJournal.h"
#include "cli/me/CliMeSignIn.h"
#include "cli/requests/CliConnection.h"
#include "cli/requests/CliErrorReport.h"
#include "cli/requests/CliRequestPlan.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace valara {

namespace {

QByteArray toJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    // A scalar: wrapped in an array to let QJsonDocument write it, then unwrapped.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2) + '\n';
}

} // namespace

CliApplication::CliApplication(const QProcessEnvironment &environment, QTextStream &out,
                               QTextStream &err)
    : m_environment(environment)
    , m_out(out)
    , m_err(err)
{}

CliExitCode CliApplication::run(const QStringList &arguments)
{
    CliArguments parsed;
    switch (parsed.parse(arguments)) {
    case CliArguments::Outcome::Error:
        return usage({parsed.error()}, true);
    case CliArguments::Outcome::ShowHelp:
        m_out << CliHelp::text();
        m_out.flush();
        return CliExitCode::Ok;
    case CliArguments::Outcome::ShowVersion:
        m_out << CliHelp::versionText();
        m_out.flush();
        return CliExitCode::Ok;
    case CliArguments::Outcome::Run:
        break;
    }
    if (parsed.command().kind == CliCommand::Kind::History)
        return history(parsed);
    if (parsed.command().isMeSignIn())
        return meSignIn(parsed);

    // Everything that can be checked here is, before the first byte is sent.
    QStringList problems;
    const CliRequestPlan plan = CliRequestPlan::build(parsed.command(), &problems);
    const CliConnection connection =
        CliConnection::resolve(parsed, plan.api, m_environment, &problems);
    if (!problems.isEmpty()) {
        qCInfo(lcCli) << problems.size() << "local problem(s): nothing sent";
        return usage(problems, false);
    }

    for (const QString &warning : plan.warnings)
        printWarning(warning);
    if (parsed.command().isBulk())
        return bulk(parsed, plan, connection);
    // Reads are not journaled.
    bool refused = false;
    std::unique_ptr<CliJournal> journal = plan.writes() ? journalFor(parsed, &refused) : nullptr;
    if (refused)
        return CliExitCode::Journal;
    // Without a pasted session token, the sign-in kept by "me login" mints one for each request
    // (declared before the runner, whose client asks it, so that it outlives it).
    std::unique_ptr<CliMeSignIn> me;
    CliRunner runner(connection);
    runner.setJournal(journal.get());
    if (plan.api == CliRequestPlan::Api::Me &&
        connection.tokenVariable != QLatin1String(CliConnection::SessionTokenVariable)) {
        me = std::make_unique<CliMeSignIn>(connection.baseUrl, parsed.command(), m_environment,
                                           m_out, m_err);
        bool none = false;
        if (const std::optional<CliExitCode> failed = me->attach(runner.client(), &none)) {
            if (!none)
                return *failed;
            if (!connection.apiKeyForMeApi)
                return usage({tr("not signed in to the Me API: run valara-cli me login (with the "
                                 "same --token-file, if one was given), or set "
                                 "VALARA_SESSION_TOKEN")},
                             false);
        }
    }
    const ApiResult result = runner.run(plan);
    if (me)
        me->keepNewClientToken();
    if (const std::optional<CliExitCode> failed =
            reportFailure(journal.get(), result, plan, connection))
        return *failed;
    m_out << QString::fromUtf8(toJson(result.value));
    m_out.flush();
    return CliExitCode::Ok;
}

std::optional<CliExitCode> CliApplication::reportFailure(const CliJournal *journal,
                                                         const ApiResult &result,
                                                         const CliRequestPlan &plan,
                                                         const CliConnection &connection)
{
    if (journal && journal->refused())
        return journalRefused(*journal);
    if (journal)
        printWarnings(journal->warnings());
    if (!result.ok()) {
        printError(CliErrorReport::line(result, plan, connection));
        return CliErrorReport::exitCode(result.error);
    }
    return std::nullopt;
}

std::unique_ptr<CliJournal> CliApplication::journalFor(const CliArguments &parsed, bool *refused)
{
    // A journal asked for that cannot be used stops a write before its first request.
    const QString path = CliJournal::pathFor(parsed, m_environment);
    if (path.isEmpty())
        return nullptr;
    auto journal = std::make_unique<CliJournal>(path);
    if (!journal->check()) {
        *refused = true;
        journalRefused(*journal);
        return nullptr;
    }
    return journal;
}

CliExitCode CliApplication::bulk(const CliArguments &parsed, const CliRequestPlan &plan,
                                 const CliConnection &connection)
{
    const CliCommand &command = parsed.command();
    // A dry run sends nothing, so it records nothing.
    bool refused = false;
    std::unique_ptr<CliJournal> journal = command.dryRun ? nullptr : journalFor(parsed, &refused);
    if (refused)
        return CliExitCode::Journal;
    CliRunner runner(connection);
    CliBulkRunner bulk(&runner, command, plan.body);
    bulk.setJournal(journal.get());
    const ApiResult result = bulk.run();
    if (const std::optional<CliExitCode> failed =
            reportFailure(journal.get(), result, plan, connection))
        return *failed;
    if (bulk.members().isEmpty()) {
        //: %1: the team id given with --team.
        printError(
            tr("nobody in team %1 is visible to the caller: nothing sent").arg(command.team));
        return CliExitCode::NotFound;
    }
    for (const BulkMember &member : bulk.members()) {
        if (command.dryRun)
            m_out << CliBulkReport::previewLine(member) << '\n';
        else
            m_out << QString::fromUtf8(CliBulkReport::jsonLine(member)) << '\n';
    }
    m_out.flush();
    const CliExitCode code = CliBulkReport::exitCode(bulk.members(), command.dryRun);
    if (code == CliExitCode::Incomplete)
        printError(CliBulkReport::summary(bulk.members(), command.dryRun));
    return code;
}

CliExitCode CliApplication::history(const CliArguments &parsed)
{
    QStringList problems;
    const JournalFilter filter = CliHistory::filter(parsed.command(), &problems);
    const QString path = CliJournal::pathFor(parsed, m_environment);
    if (path.isEmpty())
        //: %1: the name of the environment variable (VALARA_JOURNAL).
        problems.append(tr("history needs a journal: --journal PATH, or set %1")
                            .arg(QLatin1String(CliJournal::PathVariable)));
    if (!problems.isEmpty())
        return usage(problems, false);
    if (!QFileInfo::exists(path)) {
        //: %1: the journal's file path.
        printError(tr("there is no journal at %1 (a write with --journal %1 starts it)").arg(path));
        return CliExitCode::NotFound;
    }
    CliJournal journal(path);
    const std::optional<QList<JournalEntry>> entries = journal.read(filter);
    if (!entries)
        return journalRefused(journal);
    printWarnings(journal.warnings());
    m_out << (parsed.command().json ? CliHistory::json(*entries) : CliHistory::table(*entries));
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode CliApplication::meSignIn(const CliArguments &parsed)
{
    QStringList problems;
    const CliConnection connection =
        CliConnection::resolve(parsed, CliRequestPlan::Api::Me, m_environment, &problems);
    if (!problems.isEmpty())
        return usage(problems, false);
    CliMeSignIn signIn(connection.baseUrl, parsed.command(), m_environment, m_out, m_err);
    return parsed.command().kind == CliCommand::Kind::MeLogin ? signIn.login() : signIn.logout();
}

CliExitCode CliApplication::journalRefused(const CliJournal &journal)
{
    printWarnings(journal.warnings());
    printError(journal.problem());
    return CliExitCode::Journal;
}

void CliApplication::printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        printWarning(warning);
}

void CliApplication::printWarning(const QString &warning)
{
    //: A warning on stderr: the command goes on. %1: what happened.
    printError(tr("warning: %1").arg(warning));
}

CliExitCode CliApplication::usage(const QStringList &problems, bool withHint)
{
    for (const QString &problem : problems)
        printError(problem);
    if (withHint) {
        m_err << tr("Run 'valara-cli --help' for the commands, options and fields.") << '\n';
        m_err.flush();
    }
    return CliExitCode::Usage;
}

void CliApplication::printError(const QString &message)
{
    m_err << "valara-cli: " << message << '\n';
    m_err.flush();
}

} // namespace valara
