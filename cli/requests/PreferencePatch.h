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

// The body of PATCH /api/v1/users/{id}/preferences for "prefs set": only the given fields, in
// snake_case, every value checked by PreferenceSchema (the same rules as the desktop form).
class PreferencePatch
{
    Q_DECLARE_TR_FUNCTIONS(PreferencePatch)

public:
    // Appends one line per problem to `problems`, naming the field. The body is only meant to be
    // sent when no problem was added.
    static QJsonObject build(const QList<FieldAssignment> &assignments, QStringList *problems);
    // A change for many people puts each value into their row as the desktop's bulk change does,
    // which has no "reset to the default": one line per null (FIELD=) value in `body`.
    static void refuseResets(const QJsonObject &body, QStringList *problems);
    // The preference key for a name in snake_case or camelCase ("dateTimeFormat"), or empty.
    static QString keyFor(const QString &name);
};

} // namespace valara
