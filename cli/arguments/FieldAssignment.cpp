// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/FieldAssignment.h"

namespace valara {

bool FieldAssignment::parse(const QString &argument, FieldAssignment *assignment, QString *problem)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (equals < 0) {
        //: %1: the argument as given.
        *problem = tr("\"%1\" is not FIELD=VALUE (to clear a field, write %1=)").arg(argument);
        return false;
    }
    const QString name = argument.left(equals);
    if (name.trimmed().isEmpty()) {
        //: %1: the argument as given.
        *problem = tr("\"%1\" has no FIELD before the '='").arg(argument);
        return false;
    }
    if (name != name.trimmed()) {
        //: %1: the argument as given.
        *problem = tr("\"%1\": the FIELD name has spaces around it").arg(argument);
        return false;
    }
    const QString value = argument.mid(equals + 1);
    assignment->name = name;
    assignment->value = value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    return true;
}

QList<FieldAssignment> FieldAssignment::parseAll(const QStringList &arguments,
                                                 QStringList *problems)
{
    QList<FieldAssignment> assignments;
    for (const QString &argument : arguments) {
        FieldAssignment assignment;
        QString problem;
        if (parse(argument, &assignment, &problem))
            assignments.append(assignment);
        else
            problems->append(problem);
    }
    return assignments;
}

QString FieldAssignment::problemLine(const QString &field, const QString &message)
{
    if (message.startsWith(field + QLatin1Char(' ')))
        return message;
    //: A problem with one field: %1: the field's name as typed (theme); %2: the problem.
    return tr("%1: %2").arg(field, message);
}

} // namespace valara
