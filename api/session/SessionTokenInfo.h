// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace valara {

// What a Me API session token (a JWT) says about itself: who, which organisation, until when.
// Read without checking the signature, which only the service can: this is for showing the
// account and warning before the session ends, never for deciding what is allowed.
class SessionTokenInfo
{
    Q_DECLARE_TR_FUNCTIONS(SessionTokenInfo)

public:
    static SessionTokenInfo decode(const QByteArray &token);

    bool isValid() const { return m_problem.isEmpty(); }
    // Why the text cannot be a session token (one sentence), empty when it can.
    QString problem() const { return m_problem; }
    QString userId() const { return m_userId; }       // "sub"
    QString orgId() const { return m_orgId; }         // "org_id", or "o.id" (version 2)
    QString sessionId() const { return m_sessionId; } // "sid", the identity service's session
    QDateTime issuedAt() const { return m_issuedAt; }
    QDateTime expiresAt() const { return m_expiresAt; } // invalid when the token has no "exp"
    bool isExpiredAt(const QDateTime &now) const;
    // Why the token cannot be used at `now` (not a session token, no "exp", expired), one
    // sentence, or an empty string.
    QString problemAt(const QDateTime &now) const;
    // Seconds until expiry (negative once expired); 0 without an expiry.
    qint64 secondsLeftAt(const QDateTime &now) const;

private:
    QString m_problem = tr("No session token.");
    QString m_userId;
    QString m_orgId;
    QString m_sessionId;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
};

} // namespace valara
