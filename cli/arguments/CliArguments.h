// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace valara {

// The valara-cli command line, without looking at the environment or the network:
//   valara-cli [--base-url URL] [--timeout SECONDS] [--journal PATH] COMMAND [ARGUMENTS]
// Global options come before the command; what follows the command is the command's.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    enum class Outcome
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 3600;

    CliArguments();
    CliArguments(const CliArguments &) = delete;
    CliArguments &operator=(const CliArguments &) = delete;

    // `arguments` starts with the program name.
    Outcome parse(const QStringList &arguments);

    const CliCommand &command() const { return m_command; }
    // Why parse() returned Error (one line).
    QString error() const { return m_error; }
    bool hasBaseUrl() const { return m_hasBaseUrl; }
    QString baseUrl() const { return m_baseUrl; }
    int timeoutMs() const { return m_timeoutMs; }
    // The global --journal PATH (history also takes its own, in command().journalPath).
    bool hasJournal() const { return m_hasJournal; }
    QString journalPath() const { return m_journalPath; }

private:
    bool parseCommand(const QStringList &words);
    bool parseUsers(const QStringList &arguments);
    bool parseUserCommand(const QString &group, const QStringList &arguments);
    bool parseMe(const QStringList &arguments);
    bool parseHistory(const QStringList &arguments);
    // When arguments[*i] is `--name VALUE` or `--name=VALUE`: *value (advancing *i past VALUE),
    // *matched, and false (the error set) when VALUE is missing or the option is repeated.
    bool takeOptionValue(const QStringList &arguments, qsizetype *i, const QString &name,
                         const QString &valueName, QString *value, bool *matched);
    // Refuses options (words starting with '-') among the command's arguments; `--` ends them.
    bool takeOperands(const QString &command, const QStringList &arguments, QStringList *operands);
    bool fail(const QString &message);

    QCommandLineParser m_parser;
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_journalOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    CliCommand m_command;
    QString m_error;
    bool m_helpRequested = false;
    bool m_hasBaseUrl = false;
    QString m_baseUrl;
    int m_timeoutMs = DefaultTimeoutSeconds * 1000;
    bool m_hasJournal = false;
    QString m_journalPath;
    QStringList m_givenOptions; // the command's options seen so far (each at most once)
};

} // namespace valara
