// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace valara {

// One FIELD=VALUE argument of "prefs set" and "profile set", split at the first '='. An empty
// VALUE ("title=") stands for JSON null: it clears a profile field or resets a preference.
struct FieldAssignment
{
    Q_DECLARE_TR_FUNCTIONS(FieldAssignment)

public:
    QString name;     // as typed
    QJsonValue value; // a string, or null for an empty VALUE

    // Splits every argument; appends one line per malformed argument to `problems`.
    static QList<FieldAssignment> parseAll(const QStringList &arguments, QStringList *problems);
    // Splits one argument; false (and `problem`) when it is not FIELD=VALUE.
    static bool parse(const QString &argument, FieldAssignment *assignment, QString *problem);
    // A problem line that names the field: "field: message", unless the message starts with it.
    static QString problemLine(const QString &field, const QString &message);
};

} // namespace valara
