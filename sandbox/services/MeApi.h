// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/services/SandboxService.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace valara::sandbox {

class IdentityDirectory;
class SandboxStore;

// The Me API: GET and PATCH /v1/me with session JWTs and the {success, error, meta, data}
// envelope (docs/api-contract.md M1-M13).
class MeApi : public SandboxService
{
public:
    using Clock = std::function<QDateTime()>;

    // `directory` says which organizations a token may be for.
    MeApi(SandboxStore &store, const IdentityDirectory &directory, QByteArray jwtSecret,
          Clock clock);

    static bool servesPath(const QString &path);

    std::optional<SandboxResponse> route(const SandboxRequest &request) const override;
    std::optional<SandboxPrincipal> authenticate(const SandboxRequest &request,
                                                 SandboxResponse *refusal) const override;
    SandboxResponse execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                            bool *applied) override;
    SandboxResponse failure(int status, const QByteArray &code, const QString &message,
                            const SandboxRequest &request) const override;

    static SandboxResponse success(const QJsonObject &data);
    static SandboxResponse error(int status, const QString &code, const QString &message,
                                 const QByteArray &requestId, const QJsonObject &details = {});

private:
    QJsonObject payload(const SandboxPrincipal &caller, const SandboxUser &user) const;
    SandboxResponse patch(const SandboxRequest &request, const SandboxPrincipal &caller,
                          bool *applied);

    SandboxStore &m_store;
    const IdentityDirectory &m_directory;
    QByteArray m_secret;
    Clock m_clock;
};

} // namespace valara::sandbox
