// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxCommandLine.h"

#include <QCoreApplication>

using namespace valara::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("valara-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALARA_VERSION));
    return SandboxCommandLine::run(QCoreApplication::arguments());
}
