// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/services/MeApi.h"

#include "sandbox/http/JsonBody.h"
#include "sandbox/identity/IdentityDirectory.h"
#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/services/SessionToken.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>

namespace valara::sandbox {

MeApi::MeApi(SandboxStore &store, const IdentityDirectory &directory, QByteArray jwtSecret,
             Clock clock)
    : m_store(store)
    , m_directory(directory)
    , m_secret(std::move(jwtSecret))
    , m_clock(std::move(clock))
{}

bool MeApi::servesPath(const QString &path)
{
    return path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/"));
}

SandboxResponse MeApi::success(const QJsonObject &data)
{
    return SandboxResponse::json(200, {{QStringLiteral("success"), true},
                                       {QStringLiteral("error"), QJsonValue()},
                                       {QStringLiteral("meta"), QJsonObject()},
                                       {QStringLiteral("data"), data}});
}

SandboxResponse MeApi::error(int status, const QString &code, const QString &message,
                             const QByteArray &requestId, const QJsonObject &details)
{
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("request_id"), QString::fromLatin1(requestId)}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return SandboxResponse::json(status, {{QStringLiteral("success"), false},
                                          {QStringLiteral("error"), error},
                                          {QStringLiteral("meta"), QJsonValue()},
                                          {QStringLiteral("data"), QJsonValue()}});
}

SandboxResponse MeApi::failure(int status, const QByteArray &code, const QString &message,
                               const SandboxRequest &request) const
{
    return error(status, QString::fromLatin1(code), message, request.requestId);
}

std::optional<SandboxResponse> MeApi::route(const SandboxRequest &request) const
{
    if (request.path != QLatin1String("/v1/me"))
        return error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("not found"),
                     request.requestId);
    if (request.method != "GET" && request.method != "PATCH") {
        SandboxResponse response = error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                         QStringLiteral("method not allowed"), request.requestId);
        response.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, PATCH"));
        return response;
    }
    return std::nullopt;
}

std::optional<SandboxPrincipal> MeApi::authenticate(const SandboxRequest &request,
                                                    SandboxResponse *refusal) const
{
    const QByteArray credential = request.bearerCredential();
    if (m_store.userByApiKey(credential)) { // M2: API keys are not user-scoped
        *refusal = error(403, QStringLiteral("FORBIDDEN"),
                         request.method == "GET"
                             ? QStringLiteral("api keys cannot read user preferences")
                             : QStringLiteral("api keys cannot update user preferences"),
                         request.requestId);
        return std::nullopt;
    }
    const auto unauthorized = [&] {
        *refusal = error(401, QStringLiteral("UNAUTHORIZED"),
                         QStringLiteral("authentication failed"), request.requestId);
        return std::nullopt;
    };
    SessionToken::Claims claims;
    if (credential.isEmpty() || SessionToken::verify(credential, m_secret, m_clock(), &claims) !=
                                    SessionToken::Status::Valid)
        return unauthorized();
    const auto user = m_store.userById(claims.subject);
    // A token for one of the user's organizations (the one chosen at sign-in).
    if (!user || claims.orgId.isEmpty() || !m_directory.isMember(*user, claims.orgId))
        return unauthorized();
    return SandboxPrincipal{QStringLiteral("session:") + user->id, *user, claims.orgId};
}

QJsonObject MeApi::payload(const SandboxPrincipal &caller, const SandboxUser &user) const
{
    QStringList scopes{QStringLiteral("me:read"), QStringLiteral("me:write")};
    if (user.isAdmin())
        scopes.append(QStringLiteral("org:admin"));
    const QJsonValue timezone = user.mePreferences.value(QLatin1String("timezone"));
    return {
        {QStringLiteral("user_id"), user.id},
        {QStringLiteral("org_id"), caller.orgId.isEmpty() ? QJsonValue() : caller.orgId},
        {QStringLiteral("is_staff"), user.isStaff.value_or(user.isAdmin())},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(user.scopes.value_or(scopes))},
        {QStringLiteral("preferences"),
         QJsonObject{{QStringLiteral("timezone"), timezone.isString() ? timezone : QJsonValue()}}}};
}

SandboxResponse MeApi::execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                               bool *applied)
{
    if (request.method == "PATCH")
        return patch(request, caller, applied);
    const auto user = m_store.userById(caller.user.id);
    return success(payload(caller, user.value_or(caller.user)));
}

SandboxResponse MeApi::patch(const SandboxRequest &request, const SandboxPrincipal &caller,
                             bool *applied)
{
    auto user = m_store.userById(caller.user.id).value_or(caller.user);
    const JsonBody body = JsonBody::parse(request);
    switch (body.status) {
    case JsonBody::Status::Empty: // M8: a no-op
        return success(payload(caller, user));
    case JsonBody::Status::WrongContentType:
        return error(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                     QStringLiteral("content type must be application/json"), request.requestId);
    case JsonBody::Status::Malformed:
    case JsonBody::Status::Null:
    case JsonBody::Status::NotObject:
        return error(400, QStringLiteral("INVALID_JSON"),
                     QStringLiteral("request body must be a JSON object"), request.requestId);
    case JsonBody::Status::Object:
        break;
    }

    QJsonObject unknown; // M10
    for (auto it = body.object.begin(); it != body.object.end(); ++it) {
        if (it.key() != QLatin1String("preferences"))
            unknown.insert(it.key(), QStringLiteral("unknown field"));
    }
    const QJsonValue preferences = body.object.value(QLatin1String("preferences"));
    if (!preferences.isUndefined() && !preferences.isObject())
        unknown.insert(QStringLiteral("preferences"), QStringLiteral("must be an object"));
    const QJsonObject changes = preferences.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() != QLatin1String("timezone"))
            unknown.insert(it.key(), QStringLiteral("unknown preference"));
    }
    if (!unknown.isEmpty()) {
        return error(400, QStringLiteral("VALIDATION_ERROR"), QStringLiteral("invalid request"),
                     request.requestId, unknown);
    }
    if (changes.isEmpty()) // M8
        return success(payload(caller, user));

    const QJsonValue timezone = changes.value(QLatin1String("timezone"));
    if (!timezone.isNull() &&
        (!timezone.isString() || !PreferenceRules::isKnownTimeZone(timezone.toString()))) {
        return error(400, QStringLiteral("INVALID_TIMEZONE"), QStringLiteral("invalid timezone"),
                     request.requestId,
                     {{QStringLiteral("timezone"),
                       timezone.isString() ? QStringLiteral("unknown IANA timezone")
                                           : QStringLiteral("must be a string or null")}});
    }
    user.mePreferences.insert(QStringLiteral("timezone"), timezone); // M7: null clears
    if (!m_store.saveUser(user)) {
        return error(500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("update failed"),
                     request.requestId);
    }
    *applied = true;
    return success(payload(caller, user));
}

} // namespace valara::sandbox
