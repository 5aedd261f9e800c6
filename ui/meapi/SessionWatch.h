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
    // "Ends soon" below this, or below half the token's lifetime when that is shorter (a token
    // that lasts a minute is not announced as ending from its first second).
    static constexpr qint64 WarningSeconds = 5 * 60;

    explicit SessionWatch(QObject *parent = nullptr);

    void setToken(const QByteArray &token);
    const SessionTokenInfo &info() const { return m_info; }
    void setClock(std::function<QDateTime()> clock);
    std::function<QDateTime()> clock() const { return m_clock; }

    // The token is readable and says when it ends.
    bool hasEnd() const { return m_info.isValid() && m_info.expiresAt().isValid(); }
    qint64 secondsLeft() const;
    bool hasEnded() const { return hasEnd() && secondsLeft() <= 0; }
    bool endsSoon() const { return hasEnd() && !hasEnded() && secondsLeft() < warningSeconds(); }
    // From "iat" to "exp"; -1 when the token does not say.
    qint64 lifetimeSeconds() const;
    qint64 warningSeconds() const;
    // A token made to last no longer than the warning (a minute, as the identity service's): it
    // cannot be renewed, so the page says so from the start.
    bool isShortLived() const
    {
        return lifetimeSeconds() >= 0 && lifetimeSeconds() <= WarningSeconds;
    }
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
