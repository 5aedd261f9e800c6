// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace valara {

// The Valara preferences (docs/api-contract.md P1-P7), defined once: the form, local validation,
// the CLI and the tests all read this table.
class PreferenceSchema
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceSchema)

public:
    enum class Kind
    {
        Choice,
        TimeZone,
        Language
    };

    struct Field
    {
        QString key; // as on the wire
        Kind kind = Kind::Choice;
        QStringList allowedValues; // Choice fields only
        QString defaultValue;      // what the service applies when the field is unset
    };

    static const QList<Field> &fields();
    static const Field *field(const QString &key);
    static QStringList keys();
    static QJsonObject defaults();
    // The visible label of a field, translated ("Date and time format").
    static QString label(const QString &key);
    // Why `value` is refused for `key` (translated, one sentence), or an empty string.
    static QString problem(const QString &key, const QString &value);
    // What is wrong with a preferences object the server sent (for a ResponseShape): not an
    // object, no known preference in it, or a known one that is neither a string nor null. Keys
    // the app does not know are left alone. Empty when acceptable.
    static QString answerProblem(const QJsonValue &answer);
};

} // namespace valara
