#pragma once

#include "FieldAssignment.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The body of PATCH /api/v1/users/{id} for "profile set": only the given fields, names in
// snake_case or camelCase sent as snake_case, every value checked by ProfileSchema (the same
// rules as the desktop form). Admin-only, read-only and unknown fields are refused.
class ProfilePatch
{
public:
    // Appends one line per problem to `problems`, naming the field. The body is only meant to be
    // sent when no problem was added.
    static QJsonObject build(const QList<FieldAssignment> &assignments, QStringList *problems);
};
