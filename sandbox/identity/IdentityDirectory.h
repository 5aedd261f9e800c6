// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxUser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace valara::sandbox {

// Who may sign in to the identity service and how: one password for every user of this sandbox,
// TOTP secrets for the users with a second factor, and the organizations each user belongs to
// (their own, SandboxUser::orgId, first). Read from the fixture's "sign_in" object:
//   {"password": "...", "totp_secrets": {"<user id>": "<base32>"},
//    "organizations": [{"id", "name", "slug"}], "memberships": {"<user id>": ["<org id>"]}}
// Without one, every user signs in with DefaultPassword, no one has a second factor, and each
// belongs to their own organization only.
class IdentityDirectory
{
public:
    struct Organization
    {
        QString id;
        QString name;
        QString slug;
    };

    static inline const QString DefaultPassword = QStringLiteral("valara-demo");

    // Replaces what is known; false with a message (nothing changed) when `section` is wrong.
    bool load(const QJsonObject &section, QString *error);

    bool passwordMatches(const QString &password) const { return password == m_password; }
    // The user's TOTP secret (bytes), empty when they have no second factor.
    QByteArray totpSecretOf(const QString &userId) const { return m_totp.value(userId); }
    QList<Organization> organizationsOf(const SandboxUser &user) const;
    bool isMember(const SandboxUser &user, const QString &orgId) const;

private:
    Organization organization(const QString &id) const;

    QString m_password = DefaultPassword;
    QHash<QString, QByteArray> m_totp;
    QHash<QString, Organization> m_organizations;
    QHash<QString, QStringList> m_memberships;
};

} // namespace valara::sandbox
