// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace valara {

// One start of a program that traces its first paint (StartupTrace, VALARA_STARTUP_TRACE=1):
// from the moment it is started to the moment it says its first window is painted, and its peak
// resident memory (VmHWM) once it has settled for `settleMs` after that paint. The program is
// then stopped. Linux only (the memory is read from /proc).
struct StartupRun
{
    bool ok = false;
    double firstPaintMs = 0;
    double peakMiB = 0;
    // Every phase the program traced by the end of the settling ("main", "application", …,
    // "first-paint", "signed-in"), in milliseconds from the start, in the order traced.
    QList<QPair<QString, double>> phases;
    QString error;

    static StartupRun measure(const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment, int settleMs);
};

} // namespace valara
