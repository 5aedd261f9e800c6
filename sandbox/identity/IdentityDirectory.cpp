// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/IdentityDirectory.h"

#include "sandbox/identity/Totp.h"

#include <QJsonArray>

namespace valara::sandbox {

bool IdentityDirectory::load(const QJsonObject &section, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = QStringLiteral("fixture: sign_in: ") + message;
        return false;
    };
    QString password = DefaultPassword;
    if (section.contains(QLatin1String("password"))) {
        password = section.value(QLatin1String("password")).toString();
        if (password.isEmpty())
            return fail(QStringLiteral("\"password\" must be a non-empty string"));
    }
    QHash<QString, QByteArray> totp;
    const QJsonObject secrets = section.value(QLatin1String("totp_secrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QByteArray secret = Totp::decodeBase32(it.value().toString());
        if (secret.size() < 10)
            return fail(QStringLiteral("the TOTP secret of %1 is not base32 of 10 bytes or more")
                            .arg(it.key()));
        totp.insert(it.key(), secret);
    }
    QHash<QString, Organization> organizations;
    const QJsonArray orgs = section.value(QLatin1String("organizations")).toArray();
    for (const QJsonValue &value : orgs) {
        const QJsonObject org = value.toObject();
        Organization entry{org.value(QLatin1String("id")).toString(),
                           org.value(QLatin1String("name")).toString(),
                           org.value(QLatin1String("slug")).toString()};
        if (entry.id.isEmpty() || entry.name.isEmpty())
            return fail(QStringLiteral("every organization needs an \"id\" and a \"name\""));
        organizations.insert(entry.id, entry);
    }
    QHash<QString, QStringList> memberships;
    const QJsonObject members = section.value(QLatin1String("memberships")).toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        QStringList ids;
        for (const QJsonValue &id : it.value().toArray()) {
            if (!organizations.contains(id.toString()))
                return fail(QStringLiteral("%1 is a member of %2, which is not among the "
                                           "organizations")
                                .arg(it.key(), id.toString()));
            ids.append(id.toString());
        }
        memberships.insert(it.key(), ids);
    }
    m_password = password;
    m_totp = totp;
    m_organizations = organizations;
    m_memberships = memberships;
    return true;
}

IdentityDirectory::Organization IdentityDirectory::organization(const QString &id) const
{
    return m_organizations.value(id, Organization{id, id, id});
}

QList<IdentityDirectory::Organization>
IdentityDirectory::organizationsOf(const SandboxUser &user) const
{
    QList<Organization> result;
    if (!user.orgId.isEmpty())
        result.append(organization(user.orgId));
    for (const QString &id : m_memberships.value(user.id)) {
        if (id != user.orgId)
            result.append(organization(id));
    }
    return result;
}

bool IdentityDirectory::isMember(const SandboxUser &user, const QString &orgId) const
{
    return orgId == user.orgId || m_memberships.value(user.id).contains(orgId);
}

} // namespace valara::sandbox
