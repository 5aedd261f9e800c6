// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/FrontendState.h"

namespace valara::sandbox {

FrontendState::FrontendState(quint32 seed)
    : m_random(seed ? QRandomGenerator(seed) : QRandomGenerator::securelySeeded())
{}

QString FrontendState::newId(const char *prefix)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    QString id = QString::fromLatin1(prefix) + QLatin1Char('_');
    for (int i = 0; i < 24; ++i)
        id.append(QLatin1Char(digits[m_random.bounded(36)]));
    return id;
}

FrontendState::Client &FrontendState::createClient()
{
    Client client;
    client.id = newId("client");
    QByteArray secret(32, Qt::Uninitialized);
    for (char &byte : secret)
        byte = char(m_random.bounded(256));
    client.token =
        "ct_" + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_clientIdsByToken.insert(client.token, client.id);
    return m_clients[client.id] = client;
}

FrontendState::Client *FrontendState::clientByToken(const QByteArray &token)
{
    const auto it = m_clientIdsByToken.constFind(token);
    return it == m_clientIdsByToken.constEnd() ? nullptr : client(*it);
}

FrontendState::Client *FrontendState::client(const QString &id)
{
    const auto it = m_clients.find(id);
    return it == m_clients.end() ? nullptr : &*it;
}

FrontendState::SignIn &FrontendState::createSignIn(Client &client, const QString &userId,
                                                   const QString &identifier)
{
    SignIn signIn;
    signIn.id = newId("sia");
    signIn.userId = userId;
    signIn.identifier = identifier;
    signIn.status = QStringLiteral("needs_first_factor");
    client.signInId = signIn.id;
    return m_signIns[signIn.id] = signIn;
}

FrontendState::SignIn *FrontendState::signIn(const QString &id)
{
    const auto it = m_signIns.find(id);
    return it == m_signIns.end() ? nullptr : &*it;
}

FrontendState::Session &FrontendState::createSession(Client &client, const QString &userId,
                                                     const QString &orgId, const QDateTime &now)
{
    Session session;
    session.id = newId("sess");
    session.clientId = client.id;
    session.userId = userId;
    session.activeOrgId = orgId;
    session.createdAt = now;
    client.sessionIds.append(session.id);
    client.lastActiveSessionId = session.id;
    return m_sessions[session.id] = session;
}

FrontendState::Session *FrontendState::session(const QString &id)
{
    const auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : &*it;
}

int FrontendState::revokeSessionsOf(const QString &userId)
{
    int revoked = 0;
    for (Session &session : m_sessions) {
        if (session.userId == userId && session.status == QLatin1String("active")) {
            session.status = QStringLiteral("revoked");
            ++revoked;
        }
    }
    return revoked;
}

QString FrontendState::newEmailCode()
{
    return QStringLiteral("%1").arg(m_random.bounded(1000000), 6, 10, QLatin1Char('0'));
}

} // namespace valara::sandbox
