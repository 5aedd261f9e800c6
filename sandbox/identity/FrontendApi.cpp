// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/FrontendApi.h"

#include "sandbox/identity/IdentityDirectory.h"
#include "sandbox/services/SessionToken.h"
#include "sandbox/store/SandboxStore.h"

namespace valara::sandbox {

namespace {

const QLatin1String ClientPath("/v1/client");

// A form-encoded body (application/x-www-form-urlencoded: "+" is a space).
QUrlQuery formOf(const SandboxRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

// The path after /v1/client, split: {} for the client itself, {"sign_ins"}, {"sessions", id,
// "tokens"}...
QStringList partsOf(const QString &path)
{
    return path.mid(ClientPath.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool known(const QByteArray &method, const QStringList &parts)
{
    static const QStringList signInActions{QStringLiteral("prepare_first_factor"),
                                           QStringLiteral("attempt_first_factor"),
                                           QStringLiteral("attempt_second_factor")};
    static const QStringList sessionActions{QStringLiteral("tokens"), QStringLiteral("touch"),
                                            QStringLiteral("remove")};
    if (parts.isEmpty())
        return method == "GET" || method == "POST" || method == "DELETE";
    if (parts.first() == QLatin1String("sign_ins"))
        return method == "POST" &&
               (parts.size() == 1 || (parts.size() == 3 && signInActions.contains(parts.at(2))));
    if (parts.first() == QLatin1String("sessions"))
        return (parts.size() == 1 && method == "DELETE") ||
               (parts.size() == 3 && method == "POST" && sessionActions.contains(parts.at(2)));
    return false;
}

} // namespace

FrontendApi::FrontendApi(SandboxStore &store, const IdentityDirectory &directory,
                         QByteArray jwtSecret, qint64 sessionTtlSeconds, Clock clock, quint32 seed)
    : m_store(store)
    , m_directory(directory)
    , m_secret(std::move(jwtSecret))
    , m_ttl(sessionTtlSeconds)
    , m_clock(std::move(clock))
    , m_state(seed)
    , m_payloads(store, directory, m_state)
    , m_steps(store, directory, m_state, m_payloads, m_clock)
{}

QByteArray FrontendApi::publishableKeyFor(const QUrl &origin)
{
    const QString host = origin.port() > 0
                             ? QStringLiteral("%1:%2").arg(origin.host()).arg(origin.port())
                             : origin.host();
    return "pk_test_" + (host + QLatin1Char('$'))
                            .toUtf8()
                            .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

bool FrontendApi::servesPath(const QString &path)
{
    return path == ClientPath || path.startsWith(ClientPath + QLatin1Char('/'));
}

SandboxResponse FrontendApi::failure(int status, const QByteArray &code, const QString &message,
                                     const SandboxRequest &request) const
{
    return FrontendPayloads::error(status, QString::fromLatin1(code).toLower(), message, message,
                                   request.requestId);
}

SandboxResponse FrontendApi::notFound(const QByteArray &traceId) const
{
    return FrontendPayloads::error(
        404, QStringLiteral("resource_not_found"), QStringLiteral("not found"),
        QStringLiteral("The requested resource was not found."), traceId);
}

SandboxResponse FrontendApi::signedOut(const QByteArray &traceId) const
{
    return FrontendPayloads::error(401, QStringLiteral("signed_out"), QStringLiteral("Signed out"),
                                   QStringLiteral("You are signed out"), traceId);
}

std::optional<SandboxResponse> FrontendApi::route(const SandboxRequest &request) const
{
    if (!known(request.method, partsOf(request.path)))
        return notFound(request.requestId);
    return std::nullopt;
}

// The client token is checked by each call: calls that make a client need none.
std::optional<SandboxPrincipal> FrontendApi::authenticate(const SandboxRequest &,
                                                          SandboxResponse *) const
{
    return SandboxPrincipal{QStringLiteral("identity"), {}, {}};
}

SandboxResponse FrontendApi::execute(const SandboxRequest &request, const SandboxPrincipal &,
                                     bool *)
{
    QByteArray token = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (token.startsWith("Bearer "))
        token = token.mid(7).trimmed();
    FrontendState::Client *client = token.isEmpty() ? nullptr : m_state.clientByToken(token);
    const QStringList parts = partsOf(request.path);
    if (parts.isEmpty()) {
        if (request.method == "POST") {
            FrontendState::Client &created = m_state.createClient();
            return m_payloads.wrapped(m_payloads.client(created), &created);
        }
        if (client && request.method == "DELETE")
            return signOut(*client, QString());
        return m_payloads.wrapped(client ? QJsonValue(m_payloads.client(*client)) : QJsonValue(),
                                  client);
    }
    if (parts.first() == QLatin1String("sign_ins")) {
        if (!client) // the first call that needs a client makes one
            client = &m_state.createClient();
        if (parts.size() == 1)
            return m_steps.create(*client, formOf(request), request.requestId);
        return signInCall(request, *client, parts.at(1), parts.at(2));
    }
    if (parts.size() == 1)
        return client ? signOut(*client, QString()) : signedOut(request.requestId);
    return sessionCall(request, client, parts.at(1), parts.at(2));
}

SandboxResponse FrontendApi::signInCall(const SandboxRequest &request,
                                        FrontendState::Client &client, const QString &signInId,
                                        const QString &action)
{
    FrontendState::SignIn *signIn = m_state.signIn(signInId);
    if (!signIn || client.signInId != signInId)
        return notFound(request.requestId);
    const QUrlQuery form = formOf(request);
    if (action == QLatin1String("prepare_first_factor"))
        return m_steps.prepareFirstFactor(client, *signIn, form, request.requestId);
    if (action == QLatin1String("attempt_first_factor"))
        return m_steps.attemptFirstFactor(client, *signIn, form, request.requestId);
    return m_steps.attemptSecondFactor(client, *signIn, form, request.requestId);
}

SandboxResponse FrontendApi::sessionCall(const SandboxRequest &request,
                                         FrontendState::Client *client, const QString &sessionId,
                                         const QString &action)
{
    if (!client)
        return signedOut(request.requestId);
    FrontendState::Session *session = m_state.session(sessionId);
    if (!session || session->clientId != client->id)
        return notFound(request.requestId);
    if (session->status != QLatin1String("active"))
        return signedOut(request.requestId);
    if (action == QLatin1String("remove"))
        return signOut(*client, sessionId);
    if (action == QLatin1String("tokens"))
        return mintToken(request, *session);
    // touch: the organization the session's tokens are for ("" for none).
    const QUrlQuery form = formOf(request);
    if (form.hasQueryItem(QStringLiteral("active_organization_id"))) {
        const QString orgId =
            form.queryItemValue(QStringLiteral("active_organization_id"), QUrl::FullyDecoded);
        const auto user = m_store.userById(session->userId);
        if (!orgId.isEmpty() && (!user || !m_directory.isMember(*user, orgId))) {
            return FrontendPayloads::error(
                422, QStringLiteral("form_param_value_invalid"),
                QStringLiteral("Not a member of this organization"),
                QStringLiteral("The user is not a member of organization %1.").arg(orgId),
                request.requestId, QStringLiteral("active_organization_id"));
        }
        session->activeOrgId = orgId;
    }
    client->lastActiveSessionId = session->id;
    return m_payloads.wrapped(m_payloads.session(*session), client);
}

SandboxResponse FrontendApi::mintToken(const SandboxRequest &request,
                                       FrontendState::Session &session)
{
    const QUrlQuery form = formOf(request);
    QString orgId = session.activeOrgId;
    if (form.hasQueryItem(QStringLiteral("organization_id")))
        orgId = form.queryItemValue(QStringLiteral("organization_id"), QUrl::FullyDecoded);
    const auto user = m_store.userById(session.userId);
    if (!user)
        return signedOut(request.requestId);
    if (!orgId.isEmpty() && !m_directory.isMember(*user, orgId)) {
        return FrontendPayloads::error(
            422, QStringLiteral("form_param_value_invalid"),
            QStringLiteral("Not a member of this organization"),
            QStringLiteral("The user is not a member of organization %1.").arg(orgId),
            request.requestId, QStringLiteral("organization_id"));
    }
    const QDateTime now = m_clock();
    SessionToken::Claims claims;
    claims.subject = user->id;
    claims.orgId = orgId;
    claims.sessionId = session.id;
    claims.issuedAt = now;
    claims.expiresAt = now.addSecs(m_ttl);
    const QByteArray jwt = SessionToken::mint(claims, m_secret);
    SandboxResponse answer =
        SandboxResponse::json(200, {{QStringLiteral("object"), QStringLiteral("token")},
                                    {QStringLiteral("jwt"), QString::fromLatin1(jwt)}});
    if (FrontendState::Client *client = m_state.client(session.clientId))
        answer.setHeader(QByteArrayLiteral("Authorization"), client->token);
    return answer;
}

// One session ("/sessions/{id}/remove"), or every session of the client ("DELETE /sessions",
// "DELETE /client"). The client and its token stay.
SandboxResponse FrontendApi::signOut(FrontendState::Client &client, const QString &sessionId)
{
    for (const QString &id : std::as_const(client.sessionIds)) {
        FrontendState::Session *session = m_state.session(id);
        if (session && (sessionId.isEmpty() || id == sessionId) &&
            session->status == QLatin1String("active"))
            session->status = QStringLiteral("removed");
    }
    if (!sessionId.isEmpty()) {
        if (FrontendState::Session *session = m_state.session(sessionId))
            return m_payloads.wrapped(m_payloads.session(*session), &client);
    }
    return m_payloads.wrapped(m_payloads.client(client), &client);
}

} // namespace valara::sandbox
