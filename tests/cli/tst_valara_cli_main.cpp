// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// cli_valara_cli: runs the test classes of the real valara-cli binary in one executable.
#include <QCoreApplication>

int runValaraCliTests(int argc, char *argv[]);
int runValaraCliMeAndFailureTests(int argc, char *argv[]);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = runValaraCliTests(argc, argv);
    failures += runValaraCliMeAndFailureTests(argc, argv);
    return failures;
}
