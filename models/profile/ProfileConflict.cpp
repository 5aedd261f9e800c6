// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile/ProfileConflict.h"

#include "models/profile/ProfileSchema.h"

namespace valara {

ProfileConflict ProfileConflict::between(const QString &userId, const QJsonObject &base,
                                         const QJsonObject &current, const QJsonObject &sent)
{
    ProfileConflict conflict;
    conflict.userId = userId;
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        if (!sent.contains(field.key))
            continue;
        const QJsonValue now = current.value(field.key);
        const QJsonValue mine = sent.value(field.key);
        if (now == base.value(field.key) || now == mine)
            continue;
        conflict.fields.append({field.key, ProfileSchema::label(field.key), now, mine,
                                displayText(field.key, now), displayText(field.key, mine)});
    }
    return conflict;
}

QString ProfileConflict::displayText(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isNull() || value.isUndefined() || value.toString().isEmpty())
        return tr("(empty)");
    return ProfileSchema::valueLabel(key, value.toString());
}

QStringList ProfileConflict::keys() const
{
    QStringList result;
    for (const Field &field : fields)
        result.append(field.key);
    return result;
}

QStringList ProfileConflict::labels() const
{
    QStringList result;
    for (const Field &field : fields)
        result.append(field.label);
    return result;
}

} // namespace valara
