// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup's yardstick: the least a Qt Widgets application does before its first paint, a
// QMainWindow with a menu and a label, traced as valara-desk traces its own (StartupTrace).
#include "app/startup/StartupTrace.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char *argv[])
{
    valara::StartupTrace::mark("main");
    QApplication app(argc, argv);
    valara::StartupTrace::installIfRequested();
    valara::StartupTrace::mark("application");
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt 6 window")));
    window.resize(1100, 720);
    valara::StartupTrace::mark("show");
    window.show();
    valara::StartupTrace::mark("shown");
    return QApplication::exec();
}
