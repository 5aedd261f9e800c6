// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/session/BearerTokenProvider.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace valara {

class ApiJob;
class IdentityClient;

// Session tokens for Me API calls, minted from a signed-in session of the identity service
// (docs/api-contract.md S6, S10). A token is used while more than MarginSeconds of it are left,
// reckoned by the server's clock: the token's own iat and exp, and the Date of the answer that
// brought it, against this computer's clock at that moment. One mint at a time: callers asking
// meanwhile wait for it. A 401 while minting means the session is over (signedOut()).
class SessionTokenSource : public QObject, public BearerTokenProvider
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // What a caller gets: a token, or an empty one and why (Unauthorized: signed out).
    using Done = BearerTokenProvider::Done;

    static constexpr qint64 MarginSeconds = 10;

    // `clock` is this computer's (tests inject one); `identity` is not owned.
    explicit SessionTokenSource(IdentityClient *identity, Clock clock = {},
                                QObject *parent = nullptr);

    // The session tokens are minted for, and its organization ("" for the session's own). Drops
    // the token held and fails the callers waiting for one.
    void setSession(const QString &sessionId, const QString &orgId = {});
    QString sessionId() const { return m_sessionId; }
    QString orgId() const { return m_orgId; }

    // Calls `done` (unless `context` is gone by then) with a usable token: the one held, at once,
    // or a new one.
    void withToken(QObject *context, Done done) override;
    // The service refused `token` (a 401 from the Me API): it is not used again.
    void invalidate(const QByteArray &token) override;

    // Seconds left of the token held, by the server's clock; 0 without one.
    qint64 secondsLeft() const;
    int mintCount() const { return m_mints; }

Q_SIGNALS:
    // The identity service no longer knows the session: signing in again is the way on.
    void signedOut();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };

    QDateTime serverNow() const;
    void mint();
    void finish(const QByteArray &token, const ApiError &error);

    IdentityClient *m_identity;
    Clock m_clock;
    QString m_sessionId;
    QString m_orgId;
    QByteArray m_token;
    QDateTime m_expiresAt; // by the server's clock
    qint64 m_skewMs = 0;   // the server's clock minus this computer's
    QPointer<ApiJob> m_minting;
    std::vector<Waiter> m_waiting;
    int m_mints = 0;
};

} // namespace valara
