#include "PreferenceRules.h"

#include "IanaTimeZone.h"
#include "LanguageTag.h"
#include "PreferenceSchema.h"

#include <QSet>

QStringList PreferenceRules::fieldNames()
{
    return PreferenceSchema::keys();
}

QStringList PreferenceRules::allowedValues(const QString &field)
{
    const PreferenceSchema::Field *f = PreferenceSchema::field(field);
    return f ? f->allowedValues : QStringList();
}

QJsonObject PreferenceRules::defaults()
{
    return PreferenceSchema::defaults();
}

QJsonObject PreferenceRules::withDefaults(const QJsonObject &stored)
{
    QJsonObject result = defaults();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (it.value().isString() && result.contains(it.key()))
            result.insert(it.key(), it.value());
    }
    return result;
}

bool PreferenceRules::isKnownTimeZone(const QString &id)
{
    return IanaTimeZone::isKnown(id);
}

QString PreferenceRules::valueProblem(const QString &field, const QString &value)
{
    const QStringList allowed = allowedValues(field);
    if (!allowed.isEmpty()) {
        if (allowed.contains(value))
            return {};
        return QStringLiteral("%1 must be one of %2 (got '%3')")
            .arg(field, allowed.join(QLatin1String(", ")), value);
    }
    if (field == QLatin1String("timezone")) {
        if (isKnownTimeZone(value))
            return {};
        return QStringLiteral("timezone '%1' is not a valid IANA timezone").arg(value);
    }
    if (field == QLatin1String("language")) {
        if (LanguageTag::isWellFormed(value))
            return {};
        return QStringLiteral("language '%1' is not a well-formed BCP 47 language tag").arg(value);
    }
    return QStringLiteral("unknown preference '%1'").arg(field);
}
