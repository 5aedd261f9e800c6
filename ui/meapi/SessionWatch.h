// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/session/SessionTokenInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <functional>

class QTimer;

namespace valara {

// Watches when a Me API session ends, from its token's "exp" and a clock that tests can replace:
// checked every 20 seconds, and exactly when the warning starts and when the session ends.
// The token itself is not kept, only what it says.
class SessionWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 WarningSeconds = 5 * 60; // "ends soon" below this

    explicit SessionWatch(QObject *parent = nullptr);

    void setToken(const QByteArray &token);
    const SessionTokenInfo &info() const { return m_info; }
    void setClock(std::function<QDateTime()> clock);
    std::function<QDateTime()> clock() const { return m_clock; }

    // The token is readable and says when it ends.
    bool hasEnd() const { return m_info.isValid() && m_info.expiresAt().isValid(); }
    qint64 secondsLeft() const;
    bool hasEnded() const { return hasEnd() && secondsLeft() <= 0; }
    bool endsSoon() const { return hasEnd() && !hasEnded() && secondsLeft() < WarningSeconds; }
    // "in 4 minutes", "in 1 minute", "in less than a minute".
    static QString inMinutes(qint64 seconds);

Q_SIGNALS:
    // The token or the clock changed, or time passed: the session's state may read differently.
    void changed();

private:
    void check();

    SessionTokenInfo m_info;
    std::function<QDateTime()> m_clock;
    QTimer *m_periodic;
    QTimer *m_next; // single shot: when the warning starts, then when the session ends
};

} // namespace valara
