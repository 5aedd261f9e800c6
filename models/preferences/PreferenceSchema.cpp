// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferenceSchema.h"

#include "models/values/IanaTimeZone.h"
#include "models/values/LanguageTag.h"

namespace valara {

const QList<PreferenceSchema::Field> &PreferenceSchema::fields()
{
    static const QList<Field> all{
        {QStringLiteral("date_time_format"),
         Kind::Choice,
         {QStringLiteral("friendly"), QStringLiteral("us"), QStringLiteral("uk")},
         QStringLiteral("friendly")},
        {QStringLiteral("timezone"), Kind::TimeZone, {}, QStringLiteral("America/New_York")},
        {QStringLiteral("language"), Kind::Language, {}, QStringLiteral("en-US")},
        {QStringLiteral("measurement_unit"),
         Kind::Choice,
         {QStringLiteral("imperial"), QStringLiteral("metric")},
         QStringLiteral("imperial")},
        {QStringLiteral("theme"),
         Kind::Choice,
         {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system")},
         QStringLiteral("system")},
    };
    return all;
}

const PreferenceSchema::Field *PreferenceSchema::field(const QString &key)
{
    for (const Field &candidate : fields()) {
        if (candidate.key == key)
            return &candidate;
    }
    return nullptr;
}

QString PreferenceSchema::answerProblem(const QJsonValue &answer)
{
    if (!answer.isObject())
        return tr("expected the preferences");
    const QJsonObject object = answer.toObject();
    bool anyKnown = false;
    for (const Field &f : fields()) {
        const QJsonValue value = object.value(f.key);
        if (value.isUndefined())
            continue;
        if (!value.isString() && !value.isNull())
            return tr("the preference %1 is not text").arg(f.key);
        anyKnown = true;
    }
    return anyKnown ? QString() : tr("no preferences in it");
}

QStringList PreferenceSchema::keys()
{
    QStringList list;
    for (const Field &field : fields())
        list.append(field.key);
    return list;
}

QJsonObject PreferenceSchema::defaults()
{
    QJsonObject object;
    for (const Field &field : fields())
        object.insert(field.key, field.defaultValue);
    return object;
}

QString PreferenceSchema::label(const QString &key)
{
    if (key == QLatin1String("date_time_format"))
        return tr("Date and time format");
    if (key == QLatin1String("timezone"))
        return tr("Timezone");
    if (key == QLatin1String("language"))
        return tr("Language");
    if (key == QLatin1String("measurement_unit"))
        return tr("Units");
    if (key == QLatin1String("theme"))
        return tr("Theme");
    return key;
}

QString PreferenceSchema::problem(const QString &key, const QString &value)
{
    const Field *f = field(key);
    if (!f)
        return tr("%1 is not a preference. Known preferences: %2.")
            .arg(key, keys().join(QLatin1String(", ")));
    switch (f->kind) {
    case Kind::Choice:
        if (f->allowedValues.contains(value))
            return {};
        return tr("%1 must be one of %2, not \"%3\".")
            .arg(key, f->allowedValues.join(QLatin1String(", ")), value);
    case Kind::TimeZone:
        if (IanaTimeZone::isKnown(value))
            return {};
        return tr("\"%1\" is not a timezone of the IANA database (for example America/New_York).")
            .arg(value);
    case Kind::Language:
        if (LanguageTag::isWellFormed(value))
            return {};
        return tr("\"%1\" is not a well-formed BCP 47 language tag (for example en-US or pt-BR).")
            .arg(value);
    }
    return {};
}

} // namespace valara
