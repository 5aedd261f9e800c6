// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <vector>

class QWidget;

namespace valara {

// Holds work back until a window has been painted on the screen once, so that what the first
// paint does not need (applying an answer that arrived early, say) does not delay it. A window
// that is not painted (hidden, minimized) holds nothing back for longer than `patience`.
class FirstPaintGate : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintGate(QWidget *window,
                            std::chrono::milliseconds patience = std::chrono::milliseconds(500));

    // Runs `work` now once the window has been painted; otherwise right after its first paint
    // (or when the patience runs out), in the order given.
    void run(std::function<void()> work);
    bool isOpen() const { return m_open; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open();

    QPointer<QWidget> m_window;
    QTimer m_patience;
    std::vector<std::function<void()>> m_waiting;
    bool m_open = false;
};

} // namespace valara
