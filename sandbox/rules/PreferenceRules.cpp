// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/PreferenceRules.h"

#include "sandbox/rules/SandboxFieldTable.h"
#include "sandbox/rules/SandboxLanguageTags.h"
#include "sandbox/rules/SandboxTimeZones.h"

namespace valara::sandbox {

using PreferenceKind = SandboxFieldTable::PreferenceKind;

QStringList PreferenceRules::fieldNames()
{
    QStringList names;
    for (const SandboxFieldTable::PreferenceField &field : SandboxFieldTable::preferenceFields())
        names.append(field.key);
    return names;
}

QStringList PreferenceRules::allowedValues(const QString &field)
{
    const SandboxFieldTable::PreferenceField *f = SandboxFieldTable::preferenceField(field);
    return f ? f->choices : QStringList();
}

QJsonObject PreferenceRules::defaults()
{
    QJsonObject object;
    for (const SandboxFieldTable::PreferenceField &field : SandboxFieldTable::preferenceFields())
        object.insert(field.key, field.defaultValue);
    return object;
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
    return SandboxTimeZones::isKnown(id);
}

QString PreferenceRules::valueProblem(const QString &field, const QString &value)
{
    const SandboxFieldTable::PreferenceField *f = SandboxFieldTable::preferenceField(field);
    if (!f)
        return QStringLiteral("unknown preference '%1'").arg(field);
    switch (f->kind) {
    case PreferenceKind::Choice:
        if (f->choices.contains(value))
            return {};
        return QStringLiteral("%1 must be one of %2 (got '%3')")
            .arg(field, f->choices.join(QLatin1String(", ")), value);
    case PreferenceKind::TimeZone:
        if (isKnownTimeZone(value))
            return {};
        return QStringLiteral("timezone '%1' is not a valid IANA timezone").arg(value);
    case PreferenceKind::LanguageTag:
        if (SandboxLanguageTags::isWellFormed(value))
            return {};
        return QStringLiteral("language '%1' is not a well-formed BCP 47 language tag").arg(value);
    }
    return {};
}

} // namespace valara::sandbox
