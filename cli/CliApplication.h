// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliExitCode.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace valara {

struct ApiResult;
class CliArguments;
class CliJournal;
struct CliConnection;
struct CliRequestPlan;

// valara-cli from arguments to exit code: parses, validates everything locally (nothing is sent
// on any problem), runs the request and prints the answer (stdout) or one line (stderr). With a
// journal (--journal, VALARA_JOURNAL), writes are recorded in it; "history" lists it, offline.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(const QProcessEnvironment &environment, QTextStream &out, QTextStream &err);

    // `arguments` starts with the program name. Needs a QCoreApplication for the network part.
    CliExitCode run(const QStringList &arguments);

private:
    CliExitCode history(const CliArguments &parsed);
    // me login, me logout.
    CliExitCode meSignIn(const CliArguments &parsed);
    // prefs set and profile set --users / --team: one line per member on stdout (CliBulkRunner,
    // CliBulkReport).
    CliExitCode bulk(const CliArguments &parsed, const CliRequestPlan &plan,
                     const CliConnection &connection);
    // The journal a write asked for (--journal, VALARA_JOURNAL), checked; null for none, or when
    // it cannot be used (*refused set).
    std::unique_ptr<CliJournal> journalFor(const CliArguments &parsed, bool *refused);
    // After a run: the journal's refusal, else its warnings and the failure's line (with the exit
    // code); nullopt when the run succeeded.
    std::optional<CliExitCode> reportFailure(const CliJournal *journal, const ApiResult &result,
                                             const CliRequestPlan &plan,
                                             const CliConnection &connection);
    // The journal stopped the command: its warnings and problem on stderr.
    CliExitCode journalRefused(const CliJournal &journal);
    void printWarnings(const QStringList &warnings);
    void printWarning(const QString &warning);
    CliExitCode usage(const QStringList &problems, bool withHint);
    void printError(const QString &message);

    QProcessEnvironment m_environment;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace valara
