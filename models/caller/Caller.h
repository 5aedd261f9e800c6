// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace valara {

// A Valara user as the service describes them (docs/api-contract.md, "The user object"), read from
// the user object in this one place, and what their role lets them do to other users (R1 to R4).
// The signed-in caller is one (GET /api/v1/users/me, see CallerLookup); the questions name the
// other user by id and team.
class Caller
{
    Q_DECLARE_TR_FUNCTIONS(Caller)

public:
    // The service's roles; Unknown for a role this client does not know (or none), which grants
    // nothing beyond the user's own records.
    enum class Role
    {
        Unknown,
        Admin,
        Broker,
        Photographer,
        Agent
    };

    // Nobody: isValid() is false and nothing is allowed.
    Caller() = default;

    // nullopt unless `user` has a non-empty string `id` (the rest is optional: a missing or
    // unreadable field reads as empty, an unreadable role as Unknown).
    static std::optional<Caller> fromUser(const QJsonObject &user);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    // The `name` field, trimmed; may be empty.
    QString name() const { return m_name; }
    // What people are shown: the name, else the display name, else first and last name, else the
    // e-mail, else the id.
    QString displayName() const { return m_displayName; }
    QString email() const { return m_email; }
    Role role() const { return m_role; }
    // The role as the service spells it ("broker"), also an unknown one; empty when there is none.
    QString roleKey() const { return m_roleKey; }
    // The role as people read it ("Broker"); an unknown role as the service spells it.
    QString roleName() const { return roleDisplayName(m_roleKey); }
    // The team the user belongs to; empty for none.
    QString teamId() const { return m_teamId; }
    QStringList managedTeamIds() const { return m_managedTeamIds; }

    bool isAdmin() const { return m_role == Role::Admin; }
    // Brokers and photographers manage teams (the ones in managedTeamIds()).
    bool managesTeams() const { return m_role == Role::Broker || m_role == Role::Photographer; }
    // Whether the user sees anyone but themselves: admins everyone, managers their teams (R4).
    bool seesOthers() const { return isAdmin() || managesTeams(); }
    // R1: their own, an admin anyone's, a manager those of the members of the teams they manage.
    bool mayEditPreferencesOf(const QString &userId, const QString &teamId) const;
    // R2: their own, an admin anyone's (a manager does not change their team's profiles).
    bool mayEditProfileOf(const QString &userId) const;
    // R3 (PUT) and the admin-only fields of a profile.
    bool mayEditAdminFields() const { return isAdmin(); }

    // Unknown for anything but the service's four role keys (compared exactly).
    static Role roleFromKey(const QString &key);
    // "admin", "broker", "photographer", "agent"; empty for Unknown.
    static QString roleKey(Role role);
    // The four roles' keys, in the service's order.
    static QStringList roleKeys();
    // "Administrator", "Broker", "Photographer", "Agent" (translated); empty for Unknown.
    static QString roleDisplayName(Role role);
    // The same for a role key; an unknown key as it is.
    static QString roleDisplayName(const QString &key);

    bool operator==(const Caller &) const = default;

private:
    QString m_id;
    QString m_name;
    QString m_displayName;
    QString m_email;
    Role m_role = Role::Unknown;
    QString m_roleKey;
    QString m_teamId;
    QStringList m_managedTeamIds;
};

} // namespace valara
