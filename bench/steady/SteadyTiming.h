// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class QLineEdit;
class QNetworkAccessManager;
class QWidget;

namespace valara {

using Samples = QList<double>; // milliseconds

// What bench_steady_state measures with, and how it prints it.
namespace SteadyTiming {

// Milliseconds of each of `count` keystrokes typed into `edit`: the press and release handled,
// the events they posted processed (not timers that wait, such as a search's debounce), and
// `window` repainted.
Samples keystrokes(QWidget *window, QLineEdit *edit, int count);

// The visible, enabled, editable text fields of `window`, each named (its own object name, or
// its parent's for the line edit inside a combo box).
QList<QLineEdit *> textFields(QWidget *window);

// Prints "<what>: median M ms, worst W ms; bare median B ms, ratio R; goal <= G ms met" and
// returns whether the worst is within the goal.
bool report(const QString &what, Samples samples, Samples baseline, double goalMs);

// The moment an answer whose URL path ends with `pathEnd` is in, as QNetworkAccessManager says
// it (before the client that sent it reads it), once armed.
class AnswerClock : public QObject
{
public:
    AnswerClock(QNetworkAccessManager *network, const QString &pathEnd);
    void arm();
    bool answered() const { return m_answered; }
    double sinceAnswer() const { return m_clock.nsecsElapsed() / 1e6; }

private:
    QString m_pathEnd;
    bool m_armed = false;
    bool m_answered = false;
    QElapsedTimer m_clock;
};

} // namespace SteadyTiming

} // namespace valara
