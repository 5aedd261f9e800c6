// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/services/SandboxService.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace valara::sandbox {

class JsonBody;
class SandboxStore;
class ValaraProfileApi;

// The Valara service: /api/v1/users... with API keys and FastAPI errors (docs/api-contract.md).
class ValaraApi : public SandboxService
{
public:
    using Clock = std::function<QDateTime()>;

    // `etags`: answers about a user carry an ETag and writes honour If-Match (SandboxConfig).
    ValaraApi(SandboxStore &store, Clock clock, bool etags = false);
    ~ValaraApi() override;

    std::optional<SandboxResponse> route(const SandboxRequest &request) const override;
    std::optional<SandboxPrincipal> authenticate(const SandboxRequest &request,
                                                 SandboxResponse *refusal) const override;
    SandboxResponse execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                            bool *applied) override;
    SandboxResponse failure(int status, const QByteArray &code, const QString &message,
                            const SandboxRequest &request) const override;

    // FastAPI's 422 for a body that is missing, malformed or not an object (V4).
    static std::optional<SandboxResponse> bodyProblem(const JsonBody &body);
    // R4: whom a caller may see.
    static bool canView(const SandboxUser &caller, const SandboxUser &target);

private:
    SandboxResponse listUsers(const SandboxRequest &request, const SandboxUser &caller) const;
    SandboxResponse getUser(const QString &id, const SandboxUser &caller) const;
    SandboxResponse getPreferences(const QString &id, const SandboxUser &caller) const;
    SandboxResponse patchPreferences(const QString &id, const SandboxRequest &request,
                                     const SandboxUser &caller, bool *applied);

    SandboxStore &m_store;
    Clock m_clock;
    bool m_etags;
    std::unique_ptr<ValaraProfileApi> m_profile;
};

} // namespace valara::sandbox
