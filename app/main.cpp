// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "app/AppSetup.h"
#include "app/startup/StartupTrace.h"

#include <QApplication>

#include <cstdio>

using namespace valara;

namespace {
QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString usageError(const AppOptions &options)
{
    return options.message() + QLatin1Char('\n') +
           QCoreApplication::translate("main", "Run valara-desk --help to see the options.");
}

int printAndExit(const QString &text, FILE *stream, int code)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    StartupTrace::mark("main");
    AppSetup::applyIdentity();
    AppOptions options;

    // --help, --version and mistakes in our own options are handled without a display.
    const QStringList raw = rawArguments(argc, argv);
    if (options.parse(raw, {}) == AppOptions::Outcome::Error && !options.hasUnknownOptions())
        return printAndExit(usageError(options), stderr, 2);
    if (AppOptions::isInformationRequest(raw)) {
        QCoreApplication core(argc, argv);
        if (options.parse(QCoreApplication::arguments(), {}) == AppOptions::Outcome::ShowVersion)
            return printAndExit(AppOptions::versionText(), stdout, 0);
        return printAndExit(options.helpText(), stdout, 0);
    }

    QApplication app(argc, argv);
    StartupTrace::installIfRequested();
    StartupTrace::mark("application");
    AppSetup::applyWindowIcon();

    switch (options.parse(QApplication::arguments(), qgetenv("VALARA_API_KEY"),
                          qgetenv("VALARA_SESSION_TOKEN"))) {
    case AppOptions::Outcome::Error:
        return printAndExit(usageError(options), stderr, 2);
    case AppOptions::Outcome::ShowHelp:
        return printAndExit(options.helpText(), stdout, 0);
    case AppOptions::Outcome::ShowVersion:
        return printAndExit(AppOptions::versionText(), stdout, 0);
    case AppOptions::Outcome::Run:
        break;
    }
    if (!options.message().isEmpty())
        std::fputs(qPrintable(options.message() + QLatin1Char('\n')), stderr);

    AppSession session(options);
    QString error;
    if (!session.start(&error))
        return printAndExit(error, stderr, 1);
    return QApplication::exec();
}
