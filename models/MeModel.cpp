#include "MeModel.h"

#include "MePreferences.h"

#include <QJsonArray>

MeModel::MeModel(QObject *parent)
    : EditableRecordsModel(parent)
{}

QString MeModel::fieldKey(int column) const
{
    return column == TimeZoneColumn ? QStringLiteral("timezone") : QString();
}

QString MeModel::fieldLabel(int) const
{
    return tr("Timezone");
}

QJsonValue MeModel::serverValueOf(int, const QJsonObject &record) const
{
    const QJsonValue zone =
        record.value(QLatin1String("preferences")).toObject().value(QLatin1String("timezone"));
    return zone.isString() ? zone : QJsonValue(QJsonValue::Null);
}

QJsonValue MeModel::fromForm(int, const QVariant &input) const
{
    const QString zone = input.toString().trimmed();
    return zone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(zone);
}

QString MeModel::problem(int, const QJsonValue &edited) const
{
    return MePreferences::timeZoneProblem(edited.toString());
}

QString MeModel::userId() const
{
    return serverRecord(meRow()).value(QLatin1String("user_id")).toString();
}

QString MeModel::orgId() const
{
    return serverRecord(meRow()).value(QLatin1String("org_id")).toString();
}

bool MeModel::isStaff() const
{
    return serverRecord(meRow()).value(QLatin1String("is_staff")).toBool();
}

QStringList MeModel::scopes() const
{
    QStringList result;
    const QJsonArray scopes = serverRecord(meRow()).value(QLatin1String("scopes")).toArray();
    for (const QJsonValue &scope : scopes)
        result.append(scope.toString());
    return result;
}
