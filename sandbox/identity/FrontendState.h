// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace valara::sandbox {

// The identity service's clients, sign-in attempts and sessions, in memory: a restarted sandbox
// has signed everyone out, as a real service would after losing its sessions.
class FrontendState
{
public:
    struct SignIn
    {
        QString id;
        QString userId;
        QString identifier;
        QString status; // needs_first_factor, needs_second_factor, complete
        QString emailCode;
        QDateTime emailCodeExpiresAt;
        int failedCodes = 0;
        QString createdSessionId;
    };

    struct Session
    {
        QString id;
        QString clientId;
        QString userId;
        QString activeOrgId;
        QString status = QStringLiteral("active"); // active, removed, revoked
        QDateTime createdAt;
    };

    struct Client
    {
        QString id;
        QByteArray token;
        QString signInId;
        QStringList sessionIds;
        QString lastActiveSessionId;
    };

    explicit FrontendState(quint32 seed = 0);

    Client &createClient();
    Client *clientByToken(const QByteArray &token);
    Client *client(const QString &id);
    SignIn &createSignIn(Client &client, const QString &userId, const QString &identifier);
    SignIn *signIn(const QString &id);
    Session &createSession(Client &client, const QString &userId, const QString &orgId,
                           const QDateTime &now);
    Session *session(const QString &id);
    // Every active session of the user ends (signed out elsewhere, or revoked by an admin).
    int revokeSessionsOf(const QString &userId);
    QString newEmailCode();

private:
    QString newId(const char *prefix);

    QRandomGenerator m_random;
    QHash<QString, Client> m_clients;
    QHash<QByteArray, QString> m_clientIdsByToken;
    QHash<QString, SignIn> m_signIns;
    QHash<QString, Session> m_sessions;
};

} // namespace valara::sandbox
