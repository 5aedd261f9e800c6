// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/identity/FrontendPayloads.h"
#include "sandbox/identity/FrontendState.h"
#include "sandbox/identity/SignInSteps.h"
#include "sandbox/services/SandboxService.h"

#include <QDateTime>
#include <QUrl>

#include <functional>

namespace valara::sandbox {

class IdentityDirectory;
class SandboxStore;

// The part of the Me API's identity service (its Frontend API) that native clients use, on the
// same port as the APIs (docs/api-contract.md, "Me API sign-in"): the client and its token (in
// the Authorization headers, raw), sign-in attempts (SignInSteps), session tokens minted for
// the session's organization with a lifetime of `sessionTtlSeconds`, choosing the organization,
// and signing out. Errors in the service's {"errors": [...]} envelope.
class FrontendApi : public SandboxService
{
public:
    using Clock = std::function<QDateTime()>;

    FrontendApi(SandboxStore &store, const IdentityDirectory &directory, QByteArray jwtSecret,
                qint64 sessionTtlSeconds, Clock clock, quint32 seed = 0);

    static bool servesPath(const QString &path);
    // The key that names this service to its clients: "pk_test_" and, in unpadded base64, the
    // host (with its port) followed by "$". `origin` is where the sandbox listens.
    static QByteArray publishableKeyFor(const QUrl &origin);

    std::optional<SandboxResponse> route(const SandboxRequest &request) const override;
    std::optional<SandboxPrincipal> authenticate(const SandboxRequest &request,
                                                 SandboxResponse *refusal) const override;
    SandboxResponse execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                            bool *applied) override;
    SandboxResponse failure(int status, const QByteArray &code, const QString &message,
                            const SandboxRequest &request) const override;

    // Ends every session of the user, as signing out elsewhere or an administrator would.
    int revokeSessionsOf(const QString &userId) { return m_state.revokeSessionsOf(userId); }
    QString lastEmailCode(const QString &email) const { return m_steps.lastEmailCode(email); }
    qint64 sessionTtlSeconds() const { return m_ttl; }

private:
    SandboxResponse sessionCall(const SandboxRequest &request, FrontendState::Client *client,
                                const QString &sessionId, const QString &action);
    SandboxResponse signInCall(const SandboxRequest &request, FrontendState::Client &client,
                               const QString &signInId, const QString &action);
    SandboxResponse mintToken(const SandboxRequest &request, FrontendState::Session &session);
    SandboxResponse signOut(FrontendState::Client &client, const QString &sessionId);
    SandboxResponse signedOut(const QByteArray &traceId) const;
    SandboxResponse notFound(const QByteArray &traceId) const;

    SandboxStore &m_store;
    const IdentityDirectory &m_directory;
    QByteArray m_secret;
    qint64 m_ttl;
    Clock m_clock;
    FrontendState m_state;
    FrontendPayloads m_payloads;
    SignInSteps m_steps;
};

} // namespace valara::sandbox
