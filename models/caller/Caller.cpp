// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/caller/Caller.h"

#include <QJsonArray>
#include <QJsonObject>

namespace valara {

namespace {

// The service's roles, in its order: the key it sends and the name people read, spelled once.
struct RoleEntry
{
    Caller::Role role;
    const char *key;
    const char *name;
};
constexpr RoleEntry Roles[] = {
    {Caller::Role::Admin, "admin", QT_TRANSLATE_NOOP("Caller", "Administrator")},
    {Caller::Role::Broker, "broker", QT_TRANSLATE_NOOP("Caller", "Broker")},
    {Caller::Role::Photographer, "photographer", QT_TRANSLATE_NOOP("Caller", "Photographer")},
    {Caller::Role::Agent, "agent", QT_TRANSLATE_NOOP("Caller", "Agent")},
};

QString text(const QJsonObject &user, const char *key)
{
    return user.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

std::optional<Caller> Caller::fromUser(const QJsonObject &user)
{
    const QJsonValue id = user.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return std::nullopt;

    Caller caller;
    caller.m_id = id.toString();
    caller.m_name = text(user, "name");
    caller.m_email = text(user, "email");
    caller.m_roleKey =
        user.value(QLatin1String("role")).toString(); // exact, as the service spells it
    caller.m_role = roleFromKey(caller.m_roleKey);
    caller.m_teamId = text(user, "team_id");
    for (const QJsonValue &team : user.value(QLatin1String("managed_team_ids")).toArray()) {
        if (team.isString() && !team.toString().isEmpty())
            caller.m_managedTeamIds.append(team.toString());
    }

    caller.m_displayName = caller.m_name;
    if (caller.m_displayName.isEmpty())
        caller.m_displayName = text(user, "display_name");
    if (caller.m_displayName.isEmpty()) {
        caller.m_displayName = QStringList{text(user, "first_name"), text(user, "last_name")}
                                   .join(QLatin1Char(' '))
                                   .trimmed();
    }
    if (caller.m_displayName.isEmpty())
        caller.m_displayName = caller.m_email.isEmpty() ? caller.m_id : caller.m_email;
    return caller;
}

bool Caller::mayEditPreferencesOf(const QString &userId, const QString &teamId) const
{
    if (!isValid() || userId.isEmpty())
        return false;
    if (userId == m_id || isAdmin())
        return true;
    return managesTeams() && !teamId.isEmpty() && m_managedTeamIds.contains(teamId);
}

bool Caller::mayEditProfileOf(const QString &userId) const
{
    return isValid() && !userId.isEmpty() && (userId == m_id || isAdmin());
}

Caller::Role Caller::roleFromKey(const QString &key)
{
    for (const RoleEntry &entry : Roles) {
        if (key == QLatin1String(entry.key))
            return entry.role;
    }
    return Role::Unknown;
}

QString Caller::roleKey(Role role)
{
    for (const RoleEntry &entry : Roles) {
        if (entry.role == role)
            return QLatin1String(entry.key);
    }
    return {};
}

QStringList Caller::roleKeys()
{
    QStringList keys;
    for (const RoleEntry &entry : Roles)
        keys.append(QLatin1String(entry.key));
    return keys;
}

QString Caller::roleDisplayName(const QString &key)
{
    const QString name = roleDisplayName(roleFromKey(key));
    return name.isEmpty() ? key : name;
}

QString Caller::roleDisplayName(Role role)
{
    for (const RoleEntry &entry : Roles) {
        if (entry.role == role)
            return tr(entry.name);
    }
    return {};
}

} // namespace valara
