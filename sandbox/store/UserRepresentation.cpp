// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/UserRepresentation.h"

#include "sandbox/rules/SandboxFieldTable.h"

#include <QJsonArray>

namespace valara::sandbox {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString UserRepresentation::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject UserRepresentation::toJson(const SandboxUser &user)
{
    const QJsonObject &profile = user.profile;
    QJsonObject object{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), profile.value(QLatin1String("email"))},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("is_active"), profile.value(QLatin1String("is_active")).toBool(true)},
        {QStringLiteral("email_verified"),
         profile.value(QLatin1String("email_verified")).toBool(false)},
        {QStringLiteral("account_status"),
         profile.value(QLatin1String("account_status")).toString(QStringLiteral("active"))},
        {QStringLiteral("org_id"), orNull(user.orgId)},
        {QStringLiteral("team_id"), orNull(user.teamId)},
        {QStringLiteral("managed_team_ids"), QJsonArray::fromStringList(user.managedTeamIds)},
        {QStringLiteral("created_at"), timestamp(user.createdAt)},
        {QStringLiteral("updated_at"), timestamp(user.updatedAt)},
    };
    for (const SandboxFieldTable::ProfileField &field : SandboxFieldTable::profileFields()) {
        if (field.adminOnly)
            continue;
        const QJsonValue value = profile.value(field.key);
        object.insert(field.key, value.isUndefined() ? QJsonValue() : value);
    }
    return object;
}

QString UserRepresentation::displayName(const SandboxUser &user)
{
    return user.profile.value(QLatin1String("name")).toString();
}

} // namespace valara::sandbox
