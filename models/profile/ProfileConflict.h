// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace valara {

// What stopped an admin's save of a profile: fields the save changes that someone else changed
// on the server since the form was filled, each with the server's new value and the admin's.
class ProfileConflict
{
    Q_DECLARE_TR_FUNCTIONS(ProfileConflict)

public:
    struct Field
    {
        QString key;   // snake_case
        QString label; // as the form names it
        QJsonValue server;
        QJsonValue mine;
        QString serverText; // both values as people read them
        QString mineText;
    };

    // The fields of `sent` whose value on the server went from `base` (what the form was filled
    // from) to `current` (what was just read) and is not what `sent` holds; in schema order.
    static ProfileConflict between(const QString &userId, const QJsonObject &base,
                                   const QJsonObject &current, const QJsonObject &sent);
    // A field's value as people read it: "(empty)" for null or "", "Yes"/"No", role and account
    // status names.
    static QString displayText(const QString &key, const QJsonValue &value);

    bool isEmpty() const { return fields.isEmpty(); }
    QStringList keys() const;
    QStringList labels() const;

    QString userId;
    QString requestId; // of the read that showed the change
    QList<Field> fields;
};

} // namespace valara

Q_DECLARE_METATYPE(valara::ProfileConflict)
