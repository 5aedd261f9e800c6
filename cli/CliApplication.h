#pragma once

#include "cli/CliExitCode.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace valara {

class CliArguments;
class CliJournal;

// valara-cli from arguments to exit code: parses, validates everything locally (nothing is sent
// on any problem), runs the request and prints the answer (stdout) or one line (stderr). With a
// journal (--journal, VALARA_JOURNAL), writes are recorded in it; "history" lists it, offline.
class CliApplication
{
public:
    CliApplication(const QProcessEnvironment &environment, QTextStream &out, QTextStream &err);

    // `arguments` starts with the program name. Needs a QCoreApplication for the network part.
    CliExitCode run(const QStringList &arguments);

private:
    CliExitCode history(const CliArguments &parsed);
    // The journal stopped the command: its warnings and problem on stderr.
    CliExitCode journalRefused(const CliJournal &journal);
    void printWarnings(const QStringList &warnings);
    CliExitCode usage(const QStringList &problems, bool withHint);
    void printError(const QString &message);

    QProcessEnvironment m_environment;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace valara
