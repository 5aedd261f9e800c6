// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/services/ValaraApi.h"

#include "sandbox/http/EntityTag.h"
#include "sandbox/http/JsonBody.h"
#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/services/UserListParameters.h"
#include "sandbox/services/ValaraProfileApi.h"
#include "sandbox/store/SandboxStore.h"
#include "sandbox/store/UserRepresentation.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

namespace valara::sandbox {

namespace {

// The path split after /api/v1/users: {} for the list, {id}, or {id, "preferences"}.
std::optional<QStringList> userPath(const QString &path)
{
    static const QString prefix = QStringLiteral("/api/v1/users");
    if (path == prefix)
        return QStringList();
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return std::nullopt;
    const QStringList rest = path.mid(prefix.size() + 1).split(QLatin1Char('/'));
    if (rest.isEmpty() || rest.size() > 2 || rest.contains(QString()))
        return std::nullopt;
    if (rest.size() == 2 && rest.at(1) != QLatin1String("preferences"))
        return std::nullopt;
    return rest;
}

QStringList allowedMethods(const QStringList &parts)
{
    if (parts.isEmpty())
        return {QStringLiteral("GET")};
    if (parts.size() == 2)
        return {QStringLiteral("GET"), QStringLiteral("PATCH")};
    return {QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("PUT")};
}

bool canEditPreferences(const SandboxUser &caller, const SandboxUser &target)
{
    return caller.id == target.id || caller.isAdmin() || caller.manages(target);
}

} // namespace

ValaraApi::ValaraApi(SandboxStore &store, Clock clock, bool etags)
    : m_store(store)
    , m_clock(std::move(clock))
    , m_etags(etags)
    , m_profile(std::make_unique<ValaraProfileApi>(store, m_clock, etags))
{}

ValaraApi::~ValaraApi() = default;

std::optional<SandboxResponse> ValaraApi::route(const SandboxRequest &request) const
{
    std::optional<QStringList> parts = userPath(request.path);
    if (!parts && request.path.size() > 1 && request.path.endsWith(QLatin1Char('/'))) {
        QString target = request.path;
        while (target.size() > 1 && target.endsWith(QLatin1Char('/')))
            target.chop(1);
        if (userPath(target)) { // FastAPI's redirect_slashes
            QUrl location;
            location.setPath(target);
            location.setQuery(request.query);
            SandboxResponse redirect = SandboxResponse::json(307, {});
            redirect.body.clear();
            redirect.setHeader(QByteArrayLiteral("Location"), location.toEncoded());
            return redirect;
        }
    }
    if (!parts)
        return SandboxResponse::detail(404, QStringLiteral("Not Found"));
    const QStringList methods = allowedMethods(*parts);
    if (!methods.contains(QString::fromLatin1(request.method))) {
        SandboxResponse response =
            SandboxResponse::detail(405, QStringLiteral("Method Not Allowed"));
        response.setHeader(QByteArrayLiteral("Allow"),
                           methods.join(QLatin1String(", ")).toLatin1());
        return response;
    }
    return std::nullopt;
}

std::optional<SandboxPrincipal> ValaraApi::authenticate(const SandboxRequest &request,
                                                        SandboxResponse *refusal) const
{
    const QByteArray credential = request.bearerCredential();
    const auto user = m_store.userByApiKey(credential);
    if (!user) {
        *refusal =
            SandboxResponse::detail(401, credential.isEmpty() ? QStringLiteral("Not authenticated")
                                                              : QStringLiteral("Invalid API key"));
        refusal->setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return std::nullopt;
    }
    return SandboxPrincipal{QStringLiteral("apikey:") + user->id, *user, user->orgId};
}

SandboxResponse ValaraApi::failure(int status, const QByteArray &, const QString &message,
                                   const SandboxRequest &) const
{
    return SandboxResponse::detail(status, message);
}

std::optional<SandboxResponse> ValaraApi::bodyProblem(const JsonBody &body)
{
    switch (body.status) {
    case JsonBody::Status::Object:
        return std::nullopt;
    case JsonBody::Status::Empty:
    case JsonBody::Status::Null: // FastAPI reads a JSON null body as no body
        return SandboxResponse::validation(
            {SandboxResponse::issue(QStringLiteral("missing"), QJsonArray{QStringLiteral("body")},
                                    QStringLiteral("Field required"))});
    case JsonBody::Status::Malformed:
        return SandboxResponse::validation({SandboxResponse::issue(
            QStringLiteral("json_invalid"), QJsonArray{QStringLiteral("body"), body.errorOffset},
            QStringLiteral("JSON decode error"))});
    case JsonBody::Status::NotObject:
    case JsonBody::Status::WrongContentType:
        break;
    }
    return SandboxResponse::validation({SandboxResponse::issue(
        QStringLiteral("model_attributes_type"), QJsonArray{QStringLiteral("body")},
        QStringLiteral("Input should be a valid dictionary or object to extract fields from"))});
}

bool ValaraApi::canView(const SandboxUser &caller, const SandboxUser &target)
{
    return caller.isAdmin() || caller.id == target.id || caller.manages(target);
}

SandboxResponse ValaraApi::execute(const SandboxRequest &request, const SandboxPrincipal &caller,
                                   bool *applied)
{
    const QStringList parts = userPath(request.path).value_or(QStringList());
    if (parts.isEmpty())
        return listUsers(request, caller.user);
    const QString &id = parts.at(0);
    if (parts.size() == 2) {
        if (request.method == "GET")
            return getPreferences(id, caller.user);
        return patchPreferences(id, request, caller.user, applied);
    }
    SandboxResponse response =
        request.method == "GET"
            ? getUser(id == QLatin1String("me") ? caller.user.id : id, caller.user)
        : request.method == "PUT" ? m_profile->put(id, request, caller.user, applied)
                                  : m_profile->patch(id, request, caller.user, applied);
    if (m_etags && response.status == 200) // the body is the user object
        response.setHeader(QByteArrayLiteral("ETag"), EntityTag::of(response.body));
    return response;
}

SandboxResponse ValaraApi::listUsers(const SandboxRequest &request, const SandboxUser &caller) const
{
    auto parameters = UserListParameters::read(request.query);
    if (auto *problem = std::get_if<SandboxResponse>(&parameters))
        return *problem;
    UserListQuery &list = std::get<UserListQuery>(parameters);
    // R4, as canView() reads it.
    list.everyone = caller.isAdmin();
    list.callerId = caller.id;
    if (caller.isManager())
        list.managedTeamIds = caller.managedTeamIds;
    int total = 0;
    QJsonArray items;
    const QList<SandboxUser> users = m_store.listUsers(list, &total);
    for (const SandboxUser &user : users)
        items.append(UserRepresentation::toJson(user));
    QJsonObject page = UserListParameters::echo(list);
    page.insert(QStringLiteral("items"), items);
    page.insert(QStringLiteral("total"), total);
    return SandboxResponse::json(200, page);
}

SandboxResponse ValaraApi::getUser(const QString &id, const SandboxUser &caller) const
{
    const auto user = m_store.userById(id);
    if (!user)
        return SandboxResponse::detail(404, QStringLiteral("User not found"));
    if (!canView(caller, *user))
        return SandboxResponse::detail(403, QStringLiteral("Not authorized to view this user"));
    return SandboxResponse::json(200, UserRepresentation::toJson(*user));
}

SandboxResponse ValaraApi::getPreferences(const QString &id, const SandboxUser &caller) const
{
    const auto user = m_store.userById(id);
    if (!user)
        return SandboxResponse::detail(404, QStringLiteral("User not found"));
    if (!canEditPreferences(caller, *user)) {
        return SandboxResponse::detail(
            403, QStringLiteral("Not authorized to view this user's preferences"));
    }
    return SandboxResponse::json(200, PreferenceRules::withDefaults(user->preferences));
}

SandboxResponse ValaraApi::patchPreferences(const QString &id, const SandboxRequest &request,
                                            const SandboxUser &caller, bool *applied)
{
    const JsonBody body = JsonBody::parse(request);
    if (auto problem = bodyProblem(body))
        return *problem;
    // Schema (P4): known fields, string or null values.
    QJsonArray issues;
    for (auto it = body.object.begin(); it != body.object.end(); ++it) {
        const QJsonArray loc{QStringLiteral("body"), it.key()};
        if (!PreferenceRules::fieldNames().contains(it.key())) {
            issues.append(SandboxResponse::issue(QStringLiteral("extra_forbidden"), loc,
                                                 QStringLiteral("Extra inputs are not permitted")));
        } else if (!it.value().isString() && !it.value().isNull()) {
            issues.append(SandboxResponse::issue(QStringLiteral("string_type"), loc,
                                                 QStringLiteral("Input should be a valid string")));
        }
    }
    if (!issues.isEmpty())
        return SandboxResponse::validation(issues);

    auto user = m_store.userById(id);
    if (!user)
        return SandboxResponse::detail(404, QStringLiteral("User not found"));
    if (!canEditPreferences(caller, *user)) {
        return SandboxResponse::detail(
            403, QStringLiteral("Not authorized to update this user's preferences"));
    }
    QStringList problems; // P6, in schema order
    for (const QString &field : PreferenceRules::fieldNames()) {
        const QJsonValue value = body.object.value(field);
        if (value.isString()) {
            const QString problem = PreferenceRules::valueProblem(field, value.toString());
            if (!problem.isEmpty())
                problems.append(problem);
        }
    }
    if (!problems.isEmpty()) {
        return SandboxResponse::detail(400, QStringLiteral("Invalid preference value: ") +
                                                problems.join(QLatin1String("; ")));
    }
    if (!body.object.isEmpty()) {
        for (auto it = body.object.begin(); it != body.object.end(); ++it) {
            if (it.value().isNull())
                user->preferences.remove(it.key()); // P5: back to the default
            else
                user->preferences.insert(it.key(), it.value());
        }
        user->updatedAt = m_clock();
        if (!m_store.saveUser(*user))
            return SandboxResponse::detail(500, QStringLiteral("Update failed"));
        *applied = true;
    }
    return SandboxResponse::json(200, PreferenceRules::withDefaults(user->preferences));
}

} // namespace valara::sandbox
