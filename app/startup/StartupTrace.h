// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace valara {

// With VALARA_STARTUP_TRACE=1, the moment the first window has been painted, printed once on
// stderr as "valara-startup: first-paint <ns>": nanoseconds of std::chrono::steady_clock
// (CLOCK_MONOTONIC on Linux, shared by every process), for bench/bench_startup, which compares it
// with the moment it started the process. A small library of its own (QtGui only), so that the
// bench's bare Qt window traces its first paint exactly as the app does.
class StartupTrace : public QObject
{
    Q_OBJECT

public:
    // Watches the application's windows when the variable is set; otherwise does nothing.
    static void installIfRequested();
    // With the variable set, "valara-startup: <phase> <ns>" on stderr: where the time before the
    // first paint goes (bench_startup prints each phase's median).
    static void mark(const char *phase);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupTrace(QObject *parent);
    void report();

    bool m_seen = false;
};

} // namespace valara
