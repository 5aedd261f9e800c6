// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/FirstPaintGate.h"

#include "ui/UiLogging.h"

#include <QEvent>
#include <QWidget>

namespace valara {

FirstPaintGate::FirstPaintGate(QWidget *window, std::chrono::milliseconds patience)
    : QObject(window)
    , m_window(window)
{
    m_patience.setSingleShot(true);
    m_patience.setInterval(patience);
    connect(&m_patience, &QTimer::timeout, this, [this] {
        qCDebug(lcUi) << "the window was not painted in time: going on";
        open();
    });
    window->installEventFilter(this);
}

void FirstPaintGate::run(std::function<void()> work)
{
    if (m_open) {
        work();
        return;
    }
    m_waiting.push_back(std::move(work));
    if (!m_patience.isActive())
        m_patience.start();
}

bool FirstPaintGate::eventFilter(QObject *watched, QEvent *event)
{
    // The window itself is painted first when it is exposed; the paint is flushed to the screen
    // before the event loop runs what is queued here.
    if (watched == m_window && event->type() == QEvent::Paint && m_window->isVisible()) {
        m_window->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &FirstPaintGate::open, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintGate::open()
{
    if (m_open)
        return;
    m_open = true;
    m_patience.stop();
    if (m_window)
        m_window->removeEventFilter(this);
    // Work may queue more: it runs at once now that the gate is open.
    std::vector<std::function<void()>> waiting;
    waiting.swap(m_waiting);
    for (auto &work : waiting)
        work();
}

} // namespace valara
