#include "cli/CliApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

using namespace valara;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("valara-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALARA_VERSION));
    // One line on stderr per failure: the client's own notes stay quiet unless QT_LOGGING_RULES
    // (which takes precedence over these rules) asks for them. The journal's warnings are said
    // in valara-cli's own line (CliJournal).
    QLoggingCategory::setFilterRules(
        QStringLiteral("valara.*.info=false\nvalara.models.journal.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(QProcessEnvironment::systemEnvironment(), out, err);
    return int(cli.run(QCoreApplication::arguments()));
}
