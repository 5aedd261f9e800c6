// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/FrontendPayloads.h"

#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>

namespace valara::sandbox {

FrontendPayloads::FrontendPayloads(const SandboxStore &store, const IdentityDirectory &directory,
                                   FrontendState &state)
    : m_store(store)
    , m_directory(directory)
    , m_state(state)
{}

SandboxResponse FrontendPayloads::error(int status, const QString &code, const QString &message,
                                        const QString &longMessage, const QByteArray &traceId,
                                        const QString &paramName)
{
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("long_message"), longMessage}};
    if (!paramName.isEmpty())
        error.insert(QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("param_name"), paramName}});
    return SandboxResponse::json(
        status, {{QStringLiteral("errors"), QJsonArray{error}},
                 {QStringLiteral("meta"), QJsonObject()},
                 {QStringLiteral("clerk_trace_id"), QString::fromLatin1(traceId)}});
}

SandboxResponse FrontendPayloads::wrapped(const QJsonValue &response,
                                          const FrontendState::Client *client) const
{
    SandboxResponse answer = SandboxResponse::json(
        200,
        {{QStringLiteral("response"), response},
         {QStringLiteral("client"), client ? QJsonValue(this->client(*client)) : QJsonValue()}});
    if (client)
        answer.setHeader(QByteArrayLiteral("Authorization"), client->token);
    return answer;
}

QString FrontendPayloads::emailAddressId(const QString &userId)
{
    return QStringLiteral("idn_") + userId;
}

QJsonObject FrontendPayloads::user(const SandboxUser &user) const
{
    QJsonArray memberships;
    for (const IdentityDirectory::Organization &org : m_directory.organizationsOf(user)) {
        memberships.append(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("organization_membership")},
            {QStringLiteral("id"), QStringLiteral("orgmem_") + user.id + QLatin1Char('_') + org.id},
            {QStringLiteral("role"),
             user.isAdmin() ? QStringLiteral("org:admin") : QStringLiteral("org:member")},
            {QStringLiteral("organization"),
             QJsonObject{{QStringLiteral("object"), QStringLiteral("organization")},
                         {QStringLiteral("id"), org.id},
                         {QStringLiteral("name"), org.name},
                         {QStringLiteral("slug"), org.slug}}}});
    }
    const QString email = user.profile.value(QLatin1String("email")).toString();
    return {{QStringLiteral("object"), QStringLiteral("user")},
            {QStringLiteral("id"), user.id},
            {QStringLiteral("first_name"), user.profile.value(QLatin1String("first_name"))},
            {QStringLiteral("last_name"), user.profile.value(QLatin1String("last_name"))},
            {QStringLiteral("primary_email_address_id"), emailAddressId(user.id)},
            {QStringLiteral("email_addresses"),
             QJsonArray{QJsonObject{{QStringLiteral("object"), QStringLiteral("email_address")},
                                    {QStringLiteral("id"), emailAddressId(user.id)},
                                    {QStringLiteral("email_address"), email}}}},
            {QStringLiteral("two_factor_enabled"), !m_directory.totpSecretOf(user.id).isEmpty()},
            {QStringLiteral("organization_memberships"), memberships}};
}

QJsonObject FrontendPayloads::session(const FrontendState::Session &session,
                                      const QByteArray &jwt) const
{
    const auto user = m_store.userById(session.userId);
    return {{QStringLiteral("object"), QStringLiteral("session")},
            {QStringLiteral("id"), session.id},
            {QStringLiteral("status"), session.status},
            {QStringLiteral("last_active_organization_id"),
             session.activeOrgId.isEmpty() ? QJsonValue() : session.activeOrgId},
            {QStringLiteral("user"), user ? QJsonValue(this->user(*user)) : QJsonValue()},
            {QStringLiteral("last_active_token"),
             jwt.isEmpty() ? QJsonValue()
                           : QJsonObject{{QStringLiteral("object"), QStringLiteral("token")},
                                         {QStringLiteral("jwt"), QString::fromLatin1(jwt)}}}};
}

QJsonObject FrontendPayloads::signIn(const FrontendState::SignIn &signIn) const
{
    const auto user = m_store.userById(signIn.userId);
    const QString email = user ? user->profile.value(QLatin1String("email")).toString() : QString();
    const QJsonArray first{
        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("password")}},
        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("email_code")},
                    {QStringLiteral("email_address_id"), emailAddressId(signIn.userId)},
                    {QStringLiteral("safe_identifier"), email}}};
    const bool totp = !m_directory.totpSecretOf(signIn.userId).isEmpty();
    return {{QStringLiteral("object"), QStringLiteral("sign_in_attempt")},
            {QStringLiteral("id"), signIn.id},
            {QStringLiteral("status"), signIn.status},
            {QStringLiteral("identifier"), signIn.identifier},
            {QStringLiteral("supported_first_factors"), first},
            {QStringLiteral("supported_second_factors"),
             totp ? QJsonValue(QJsonArray{
                        QJsonObject{{QStringLiteral("strategy"), QStringLiteral("totp")}}})
                  : QJsonValue()},
            {QStringLiteral("created_session_id"),
             signIn.createdSessionId.isEmpty() ? QJsonValue() : signIn.createdSessionId}};
}

QJsonObject FrontendPayloads::client(const FrontendState::Client &client) const
{
    QJsonArray sessions;
    for (const QString &id : client.sessionIds) {
        const FrontendState::Session *session = m_state.session(id);
        if (session && session->status == QLatin1String("active"))
            sessions.append(this->session(*session));
    }
    const FrontendState::SignIn *signIn = m_state.signIn(client.signInId);
    const FrontendState::Session *last = m_state.session(client.lastActiveSessionId);
    const bool lastActive = last && last->status == QLatin1String("active");
    return {{QStringLiteral("object"), QStringLiteral("client")},
            {QStringLiteral("id"), client.id},
            {QStringLiteral("sessions"), sessions},
            {QStringLiteral("sign_in"), signIn ? QJsonValue(this->signIn(*signIn)) : QJsonValue()},
            {QStringLiteral("sign_up"), QJsonValue()},
            {QStringLiteral("last_active_session_id"),
             lastActive ? QJsonValue(last->id) : QJsonValue()}};
}

} // namespace valara::sandbox
