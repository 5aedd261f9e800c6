// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requests/ProfilePatch.h"

#include "api/json/JsonCase.h"
#include "models/profile/ProfileSchema.h"
#include "models/values/PhoneNumber.h"

#include <QHash>
#include <QLocale>

namespace valara {

QJsonObject ProfilePatch::build(const QList<FieldAssignment> &assignments, QStringList *problems,
                                QStringList *warnings)
{
    const QString region = PhoneNumber::regionFor(QLocale::system());
    QJsonObject body;
    QHash<QString, QString> typedAs; // key -> the name first typed for it
    for (const FieldAssignment &assignment : assignments) {
        const QString &name = assignment.name;
        const ProfileSchema::Field *field = ProfileSchema::find(name);
        if (!field) {
            const bool readOnly =
                ProfileSchema::readOnlyKeys().contains(name) ||
                ProfileSchema::readOnlyKeys().contains(JsonCase::toSnakeCase(name));
            //: %1: the field's name as typed.
            problems->append(readOnly ? tr("%1: is read-only (set by the service)").arg(name)
                                      //: %1: the field's name as typed.
                                      : tr("%1: is not a profile field (valara-cli --help lists "
                                           "them)")
                                            .arg(name));
            continue;
        }
        if (typedAs.contains(field->key)) {
            //: %1: a field; %2, %3: its two spellings as typed (cell_phone, cellPhone).
            problems->append(tr("%1: given twice (as %2 and %3)")
                                 .arg(field->key, typedAs.value(field->key), name));
            continue;
        }
        typedAs.insert(field->key, name);
        if (field->adminOnly) {
            //: %1: the field's name as typed.
            problems->append(tr("%1: can only be changed by an administrator (with PUT "
                                "/api/v1/users/{id}), not by profile set")
                                 .arg(name));
            continue;
        }
        const QString problem = ProfileSchema::problem(*field, assignment.value, region);
        if (!problem.isEmpty()) {
            problems->append(FieldAssignment::problemLine(name, problem));
            continue;
        }
        const QString warning = ProfileSchema::warning(*field, assignment.value, region);
        if (warnings && !warning.isEmpty())
            warnings->append(FieldAssignment::problemLine(name, warning));
        body.insert(field->key, ProfileSchema::normalised(*field, assignment.value, region));
    }
    return body;
}

} // namespace valara
