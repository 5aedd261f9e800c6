// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxResponse.h"
#include "sandbox/identity/FrontendState.h"
#include "sandbox/identity/IdentityDirectory.h"

#include <QJsonObject>

namespace valara::sandbox {

class SandboxStore;

// The identity service's JSON: its error envelope, and the client, sign-in attempt, session and
// user objects as its Frontend API returns them (snake_case, an "object" field naming the kind).
class FrontendPayloads
{
public:
    FrontendPayloads(const SandboxStore &store, const IdentityDirectory &directory,
                     FrontendState &state);

    // {"errors": [{"code", "message", "long_message", "meta": {"param_name"}}], "clerk_trace_id"}
    static SandboxResponse error(int status, const QString &code, const QString &message,
                                 const QString &longMessage, const QByteArray &traceId,
                                 const QString &paramName = {});
    // {"response": response, "client": client} with the client token in the Authorization
    // header; a null client leaves both out.
    SandboxResponse wrapped(const QJsonValue &response, const FrontendState::Client *client) const;

    QJsonObject client(const FrontendState::Client &client) const;
    QJsonObject signIn(const FrontendState::SignIn &signIn) const;
    QJsonObject session(const FrontendState::Session &session, const QByteArray &jwt = {}) const;
    QJsonObject user(const SandboxUser &user) const;
    static QString emailAddressId(const QString &userId);

private:
    const SandboxStore &m_store;
    const IdentityDirectory &m_directory;
    FrontendState &m_state;
};

} // namespace valara::sandbox
