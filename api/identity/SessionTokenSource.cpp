// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/identity/SessionTokenSource.h"

#include "api/ApiJob.h"
#include "api/ApiLogging.h"
#include "api/identity/IdentityClient.h"
#include "api/session/SessionTokenInfo.h"

#include <QJsonObject>

namespace valara {

SessionTokenSource::SessionTokenSource(IdentityClient *identity, Clock clock, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

void SessionTokenSource::setSession(const QString &sessionId, const QString &orgId)
{
    if (ApiJob *minting = m_minting) {
        m_minting = nullptr; // its answer is not this session's: the callers hear why below
        minting->abort();
    }
    m_sessionId = sessionId;
    m_orgId = orgId;
    m_token.clear();
    m_expiresAt = {};
    ApiError changed;
    changed.kind = ApiError::Kind::Unauthorized;
    changed.message = tr("The session changed before a session token was ready.");
    finish({}, changed);
}

QDateTime SessionTokenSource::serverNow() const
{
    return m_clock().addMSecs(m_skewMs);
}

qint64 SessionTokenSource::secondsLeft() const
{
    if (m_token.isEmpty())
        return 0;
    return std::max<qint64>(0, serverNow().secsTo(m_expiresAt));
}

void SessionTokenSource::withToken(QObject *context, Done done)
{
    if (!m_token.isEmpty() && serverNow().secsTo(m_expiresAt) > MarginSeconds) {
        done(m_token, {});
        return;
    }
    m_waiting.push_back({context, std::move(done)});
    if (!m_minting)
        mint();
}

void SessionTokenSource::invalidate(const QByteArray &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = {};
    }
}

void SessionTokenSource::mint()
{
    if (m_sessionId.isEmpty()) {
        ApiError none;
        none.kind = ApiError::Kind::Unauthorized;
        none.message = tr("Not signed in to the Me API.");
        finish({}, none);
        return;
    }
    ++m_mints;
    ApiJob *job = m_identity->mintToken(m_sessionId, m_orgId);
    m_minting = job;
    connect(job, &ApiJob::finished, this, [this, job](const ApiResult &result) {
        if (m_minting != job)
            return; // a session change dropped it
        m_minting = nullptr;
        const QDateTime receivedAt = m_clock();
        const QByteArray jwt =
            result.value.toObject().value(QLatin1String("jwt")).toString().toLatin1();
        const SessionTokenInfo info = SessionTokenInfo::decode(jwt);
        if (result.ok() && (!info.isValid() || !info.expiresAt().isValid())) {
            ApiError error;
            error.kind = ApiError::Kind::Protocol;
            error.message = tr("The identity service's session token could not be read.");
            finish({}, error);
            return;
        }
        if (!result.ok()) {
            qCInfo(lcApi) << "session token not minted:" << ApiError::kindName(result.error.kind)
                          << result.error.serverCode;
            finish({}, result.error);
            if (result.error.kind == ApiError::Kind::Unauthorized) {
                m_token.clear();
                Q_EMIT signedOut();
            }
            return;
        }
        // The server's clock is at least the answer's Date and the token's issue time (both
        // whole seconds, so this errs on the early side).
        qint64 skew = info.issuedAt().isValid() ? receivedAt.msecsTo(info.issuedAt()) : 0;
        if (result.serverDate.isValid())
            skew = std::max(skew, receivedAt.msecsTo(result.serverDate));
        m_skewMs = skew;
        m_token = jwt;
        m_expiresAt = info.expiresAt();
        finish(m_token, {});
    });
}

void SessionTokenSource::finish(const QByteArray &token, const ApiError &error)
{
    std::vector<Waiter> waiting;
    waiting.swap(m_waiting);
    for (Waiter &waiter : waiting) {
        if (waiter.context)
            waiter.done(token, error);
    }
}

} // namespace valara
