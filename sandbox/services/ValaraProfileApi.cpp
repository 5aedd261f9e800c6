// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/services/ValaraProfileApi.h"

#include "sandbox/http/EntityTag.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/rules/ProfileRules.h"
#include "sandbox/services/ValaraApi.h"
#include "sandbox/store/SandboxStore.h"
#include "sandbox/store/UserRepresentation.h"

namespace valara::sandbox {

ValaraProfileApi::ValaraProfileApi(SandboxStore &store, Clock clock, bool etags)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_etags(etags)
{}

std::optional<SandboxResponse> ValaraProfileApi::preconditionFailure(const SandboxRequest &request,
                                                                     const SandboxUser &user) const
{
    if (!m_etags ||
        EntityTag::ifMatchHolds(
            request,
            EntityTag::of(SandboxResponse::json(200, UserRepresentation::toJson(user)).body)))
        return std::nullopt;
    return SandboxResponse::detail(
        412,
        QStringLiteral("Precondition Failed: If-Match does not match the user's current ETag"));
}

SandboxResponse ValaraProfileApi::patch(const QString &id, const SandboxRequest &request,
                                        const SandboxUser &caller, bool *applied)
{
    const JsonBody body = JsonBody::parse(request);
    if (auto problem = ValaraApi::bodyProblem(body))
        return *problem;
    const ProfileRules::Parsed parsed =
        ProfileRules::parse(body.object, ProfileRules::Mode::Patch, id);
    if (!parsed.issues.isEmpty())
        return SandboxResponse::validation(parsed.issues);

    auto user = m_store.userById(id);
    if (!user)
        return SandboxResponse::detail(404, QStringLiteral("User not found"));
    if (caller.id != user->id && !caller.isAdmin()) {
        return SandboxResponse::detail(
            403, QStringLiteral("Forbidden - cannot update another user's profile"));
    }
    if (auto failure = preconditionFailure(request, *user))
        return *failure;
    if (parsed.values.isEmpty())
        return SandboxResponse::json(200, UserRepresentation::toJson(*user));
    for (auto it = parsed.values.begin(); it != parsed.values.end(); ++it) {
        if (it.value().isNull())
            user->profile.remove(it.key());
        else
            user->profile.insert(it.key(), it.value());
    }
    return save(*user, applied);
}

SandboxResponse ValaraProfileApi::put(const QString &id, const SandboxRequest &request,
                                      const SandboxUser &caller, bool *applied)
{
    const JsonBody body = JsonBody::parse(request);
    if (auto problem = ValaraApi::bodyProblem(body))
        return *problem;
    const ProfileRules::Parsed parsed =
        ProfileRules::parse(body.object, ProfileRules::Mode::Put, id);
    if (!parsed.issues.isEmpty())
        return SandboxResponse::validation(parsed.issues);

    auto user = m_store.userById(id);
    if (!user)
        return SandboxResponse::detail(404, QStringLiteral("User not found"));
    if (!caller.isAdmin())
        return SandboxResponse::detail(403, QStringLiteral("Admin role required"));
    if (auto failure = preconditionFailure(request, *user))
        return *failure;
    const QString email = parsed.values.value(QLatin1String("email")).toString();
    if (const auto holder = m_store.userByEmail(email); holder && holder->id != user->id)
        return SandboxResponse::detail(409, QStringLiteral("Email already in use"));

    // A1: full replacement. Role lives beside the profile, everything else in it.
    QJsonObject profile;
    for (auto it = parsed.values.begin(); it != parsed.values.end(); ++it) {
        if (it.key() == QLatin1String("role"))
            user->role = it.value().toString();
        else if (!it.value().isNull())
            profile.insert(it.key(), it.value());
    }
    user->profile = profile;
    return save(*user, applied);
}

SandboxResponse ValaraProfileApi::save(SandboxUser &user, bool *applied)
{
    user.updatedAt = m_clock();
    if (!m_store.saveUser(user))
        return SandboxResponse::detail(500, QStringLiteral("Update failed"));
    *applied = true;
    return SandboxResponse::json(200, UserRepresentation::toJson(user));
}

} // namespace valara::sandbox
