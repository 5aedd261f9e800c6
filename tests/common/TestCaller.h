// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/caller/Caller.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace valara::testing {

// A signed-in user for tests, read from a user object as the service would send it.
inline Caller testCaller(const QString &id, const QString &role, const QString &teamId = {},
                         const QStringList &managedTeamIds = {})
{
    QJsonObject user{
        {QStringLiteral("id"), id},
        {QStringLiteral("role"), role},
        {QStringLiteral("managed_team_ids"), QJsonArray::fromStringList(managedTeamIds)}};
    if (!teamId.isEmpty())
        user.insert(QStringLiteral("team_id"), teamId);
    return Caller::fromUser(user).value_or(Caller());
}

} // namespace valara::testing
