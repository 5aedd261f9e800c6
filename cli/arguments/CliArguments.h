#pragma once

#include "cli/arguments/CliCommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace valara {

// The valara-cli command line, without looking at the environment or the network:
//   valara-cli [--base-url URL] [--timeout SECONDS] COMMAND [ARGUMENTS]
// Global options come before the command; what follows the command is the command's.
class CliArguments
{
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

private:
    bool parseCommand(const QStringList &words);
    bool parseUsers(const QStringList &arguments);
    bool parseUserCommand(const QString &group, const QStringList &arguments);
    bool parseMe(const QStringList &arguments);
    // Refuses options (words starting with '-') among the command's arguments; `--` ends them.
    bool takeOperands(const QString &command, const QStringList &arguments, QStringList *operands);
    bool fail(const QString &message);

    QCommandLineParser m_parser;
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_timeoutOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    CliCommand m_command;
    QString m_error;
    bool m_helpRequested = false;
    bool m_hasBaseUrl = false;
    QString m_baseUrl;
    int m_timeoutMs = DefaultTimeoutSeconds * 1000;
};

} // namespace valara
