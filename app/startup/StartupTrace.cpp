// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/startup/StartupTrace.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

#include <chrono>
#include <cstdio>

namespace valara {

StartupTrace::StartupTrace(QObject *parent)
    : QObject(parent)
{}

void StartupTrace::installIfRequested()
{
    if (qEnvironmentVariableIntValue("VALARA_STARTUP_TRACE") != 1 || !qApp)
        return;
    qApp->installEventFilter(new StartupTrace(qApp));
}

bool StartupTrace::event(QEvent *event)
{
    if (event->type() != QEvent::User)
        return QObject::event(event);
    report();
    return true;
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Expose) {
        const auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isTopLevel() && window->isExposed()) {
            m_seen = true;
            // The expose event paints the window and flushes it to the screen before the event
            // loop delivers this; with the highest priority, nothing queued before it (a network
            // answer, say) runs first and delays the moment reported.
            QCoreApplication::postEvent(this, new QEvent(QEvent::User), Qt::HighEventPriority);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupTrace::mark(const char *phase)
{
    static const bool enabled = qEnvironmentVariableIntValue("VALARA_STARTUP_TRACE") == 1;
    if (!enabled)
        return;
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    const long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    std::fprintf(stderr, "valara-startup: %s %lld\n", phase, ns);
    std::fflush(stderr);
}

void StartupTrace::report()
{
    mark("first-paint");
    qApp->removeEventFilter(this);
    deleteLater();
}

} // namespace valara
