// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/MeApiModel.h"

#include "models/meapi/MeApiPreferences.h"

#include <QJsonArray>

namespace valara {

MeApiModel::MeApiModel(QObject *parent)
    : EditableRecordsModel(parent)
{}

QString MeApiModel::fieldKey(int column) const
{
    return column == TimeZoneColumn ? QStringLiteral("timezone") : QString();
}

QString MeApiModel::fieldLabel(int) const
{
    return tr("Timezone");
}

QJsonValue MeApiModel::serverValueOf(int, const QJsonObject &record) const
{
    const QJsonValue zone =
        record.value(QLatin1String("preferences")).toObject().value(QLatin1String("timezone"));
    return zone.isString() ? zone : QJsonValue(QJsonValue::Null);
}

QJsonValue MeApiModel::fromForm(int, const QVariant &input) const
{
    const QString zone = input.toString().trimmed();
    return zone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(zone);
}

QString MeApiModel::problem(int, const QJsonValue &edited) const
{
    return MeApiPreferences::timeZoneProblem(edited.toString());
}

QString MeApiModel::userId() const
{
    return serverRecord(meRow()).value(QLatin1String("user_id")).toString();
}

QString MeApiModel::orgId() const
{
    return serverRecord(meRow()).value(QLatin1String("org_id")).toString();
}

bool MeApiModel::isStaff() const
{
    return serverRecord(meRow()).value(QLatin1String("is_staff")).toBool();
}

QStringList MeApiModel::scopes() const
{
    QStringList result;
    const QJsonArray scopes = serverRecord(meRow()).value(QLatin1String("scopes")).toArray();
    for (const QJsonValue &scope : scopes)
        result.append(scope.toString());
    return result;
}

} // namespace valara
