// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requests/PreferencePatch.h"

#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"

#include <QHash>

namespace valara {

QString PreferencePatch::keyFor(const QString &name)
{
    // The same two spellings as profile fields: snake_case and its exact camelCase alias.
    for (const PreferenceSchema::Field &field : PreferenceSchema::fields()) {
        if (field.key == name || ProfileSchema::camelCase(field.key) == name)
            return field.key;
    }
    return {};
}

QJsonObject PreferencePatch::build(const QList<FieldAssignment> &assignments, QStringList *problems)
{
    QJsonObject body;
    QHash<QString, QString> typedAs; // key -> the name first typed for it
    for (const FieldAssignment &assignment : assignments) {
        const QString key = keyFor(assignment.name);
        if (key.isEmpty()) {
            problems->append(FieldAssignment::problemLine(
                assignment.name,
                PreferenceSchema::problem(assignment.name, assignment.value.toString())));
            continue;
        }
        if (typedAs.contains(key)) {
            //: %1: a field; %2, %3: its two spellings as typed (time_zone, timeZone).
            problems->append(
                tr("%1: given twice (as %2 and %3)").arg(key, typedAs.value(key), assignment.name));
            continue;
        }
        typedAs.insert(key, assignment.name);
        // An empty VALUE is null: the service resets the preference to its default.
        if (!assignment.value.isNull()) {
            const QString problem = PreferenceSchema::problem(key, assignment.value.toString());
            if (!problem.isEmpty()) {
                problems->append(FieldAssignment::problemLine(assignment.name, problem));
                continue;
            }
        }
        body.insert(key, assignment.value);
    }
    return body;
}

void PreferencePatch::refuseResets(const QJsonObject &body, QStringList *problems)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isNull())
            //: %1: a preference (theme); %2: its default value (system).
            problems->append(tr("%1: an empty value (reset to the default) is not taken with "
                                "--users or --team: give the value (%1=%2)")
                                 .arg(it.key(), PreferenceSchema::field(it.key())->defaultValue));
    }
}

} // namespace valara
