// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxRequest.h"
#include "sandbox/http/SandboxResponse.h"
#include "sandbox/store/SandboxUser.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace valara::sandbox {

class SandboxStore;

// PATCH and PUT /api/v1/users/{id} (docs/api-contract.md U1-U10, A1-A6). With
// `etags`, both honour If-Match against the user object's ETag (A6).
class ValaraProfileApi
{
public:
    using Clock = std::function<QDateTime()>;

    ValaraProfileApi(SandboxStore &store, Clock clock, bool etags = false);

    SandboxResponse patch(const QString &id, const SandboxRequest &request,
                          const SandboxUser &caller, bool *applied);
    SandboxResponse put(const QString &id, const SandboxRequest &request, const SandboxUser &caller,
                        bool *applied);

private:
    SandboxResponse save(SandboxUser &user, bool *applied);
    // A6: 412 when If-Match does not match the user's current ETag (only with `etags`).
    std::optional<SandboxResponse> preconditionFailure(const SandboxRequest &request,
                                                       const SandboxUser &user) const;

    SandboxStore &m_store;
    Clock m_clock;
    bool m_etags;
};

} // namespace valara::sandbox
