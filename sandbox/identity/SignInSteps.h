// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxResponse.h"
#include "sandbox/identity/FrontendState.h"

#include <QDateTime>
#include <QHash>
#include <QUrlQuery>

#include <functional>

namespace valara::sandbox {

class FrontendPayloads;
class IdentityDirectory;
class SandboxStore;

// The steps of a sign-in attempt (POST /v1/client/sign_ins and its prepare and attempt
// calls): identifier and password, or an e-mail code (written to the sandbox's log, as the real
// service would e-mail it), then a TOTP code for the users who have a second factor. A complete
// attempt creates the session, in the user's own organization.
class SignInSteps
{
public:
    using Clock = std::function<QDateTime()>;

    SignInSteps(const SandboxStore &store, const IdentityDirectory &directory, FrontendState &state,
                const FrontendPayloads &payloads, Clock clock);

    SandboxResponse create(FrontendState::Client &client, const QUrlQuery &form,
                           const QByteArray &traceId);
    SandboxResponse prepareFirstFactor(FrontendState::Client &client, FrontendState::SignIn &signIn,
                                       const QUrlQuery &form, const QByteArray &traceId);
    SandboxResponse attemptFirstFactor(FrontendState::Client &client, FrontendState::SignIn &signIn,
                                       const QUrlQuery &form, const QByteArray &traceId);
    SandboxResponse attemptSecondFactor(FrontendState::Client &client,
                                        FrontendState::SignIn &signIn, const QUrlQuery &form,
                                        const QByteArray &traceId);

    // The last e-mail code sent to `email` (tests read it here, people in the log).
    QString lastEmailCode(const QString &email) const { return m_lastCodes.value(email); }

    static constexpr int MaxFailedCodes = 5;
    static constexpr qint64 CodeLifetimeSeconds = 600;

private:
    SandboxResponse answer(const FrontendState::Client &client,
                           const FrontendState::SignIn &signIn) const;
    void sendEmailCode(FrontendState::SignIn &signIn);
    void passFirstFactor(FrontendState::Client &client, FrontendState::SignIn &signIn);
    // The session, in the user's own organization.
    void complete(FrontendState::Client &client, FrontendState::SignIn &signIn);
    SandboxResponse wrongCode(FrontendState::SignIn &signIn, const QByteArray &traceId);

    const SandboxStore &m_store;
    const IdentityDirectory &m_directory;
    FrontendState &m_state;
    const FrontendPayloads &m_payloads;
    Clock m_clock;
    QHash<QString, QString> m_lastCodes;
};

} // namespace valara::sandbox
