// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/FieldAssignment.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace valara {

// The body of PATCH /api/v1/users/{id} for "profile set": only the given fields, names in
// snake_case or camelCase sent as snake_case, every value checked by ProfileSchema (the same
// rules as the desktop form) and sent normalised (phone numbers in E.164, read in the region of
// the system locale). Admin-only, read-only and unknown fields are refused.
class ProfilePatch
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePatch)

public:
    // Appends one line per problem to `problems`, naming the field. The body is only meant to be
    // sent when no problem was added.
    // `warnings` (may be null) gets one line per accepted value worth a word, such as a phone
    // number that is possible but not in use.
    static QJsonObject build(const QList<FieldAssignment> &assignments, QStringList *problems,
                             QStringList *warnings = nullptr);
};

} // namespace valara
