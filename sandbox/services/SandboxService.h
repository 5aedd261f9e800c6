// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxRequest.h"
#include "sandbox/http/SandboxResponse.h"
#include "sandbox/store/SandboxUser.h"

#include <optional>

namespace valara::sandbox {

// Who made a request, once a service has authenticated it.
struct SandboxPrincipal
{
    QString idempotencyScope; // idempotency keys are scoped to this
    SandboxUser user;
    QString orgId;
};

// One of the services the sandbox implements (Valara, Me API). The server runs every request
// through: route() -> authenticate() -> idempotency -> execute().
class SandboxService
{
public:
    virtual ~SandboxService() = default;

    // An answer when the service does not serve this path and method (404, 405, redirect).
    virtual std::optional<SandboxResponse> route(const SandboxRequest &request) const = 0;
    // The caller, or std::nullopt with the refusal (401, 403) in `refusal`.
    virtual std::optional<SandboxPrincipal> authenticate(const SandboxRequest &request,
                                                         SandboxResponse *refusal) const = 0;
    // Runs the endpoint. Sets `applied` when a change was written to the store.
    virtual SandboxResponse execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                                    bool *applied) = 0;
    // A failure in the service's own error shape (FastAPI detail or Me API envelope).
    virtual SandboxResponse failure(int status, const QByteArray &code, const QString &message,
                                    const SandboxRequest &request) const = 0;
};

} // namespace valara::sandbox
