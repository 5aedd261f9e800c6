#pragma once

#include "cli/CliExitCode.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace valara {

// valara-cli from arguments to exit code: parses, validates everything locally (nothing is sent
// on any problem), runs the request and prints the answer (stdout) or one line (stderr).
class CliApplication
{
public:
    CliApplication(const QProcessEnvironment &environment, QTextStream &out, QTextStream &err);

    // `arguments` starts with the program name. Needs a QCoreApplication for the network part.
    CliExitCode run(const QStringList &arguments);

private:
    CliExitCode usage(const QStringList &problems, bool withHint);
    void printError(const QString &message);

    QProcessEnvironment m_environment;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace valara
