// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"
#include "cli/CliTranslations.h"

#include <QCoreApplication>
#include <QLocale>
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

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The help and the messages in the user's language; the JSON stays as the server sent it.
    CliTranslations translations;
    translations.install(QLocale::system(), environment);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliApplication cli(environment, out, err);
    return int(cli.run(QCoreApplication::arguments()));
}
