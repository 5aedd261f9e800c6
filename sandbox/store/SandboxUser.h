// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace valara::sandbox {

// A user as the sandbox stores it.
struct SandboxUser
{
    QString id;
    QString role; // admin, broker, photographer, agent
    QString apiKey;
    QString orgId;
    QString teamId;
    QStringList managedTeamIds;
    QJsonObject profile;       // snake_case profile and admin-only fields, unset ones absent
    QJsonObject preferences;   // values set explicitly; defaults are applied on the way out
    QJsonObject mePreferences; // the Me API's own preferences ({"timezone": ...})
    std::optional<bool> isStaff;
    std::optional<QStringList> scopes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAdmin() const { return role == QLatin1String("admin"); }
    bool isManager() const
    {
        return role == QLatin1String("broker") || role == QLatin1String("photographer");
    }
    bool manages(const SandboxUser &other) const
    {
        return isManager() && !other.teamId.isEmpty() && managedTeamIds.contains(other.teamId);
    }
};

} // namespace valara::sandbox
