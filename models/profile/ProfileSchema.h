// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace valara {

// The Valara user profile (docs/api-contract.md U1-U10), defined once: the form, local validation,
// the CLI and the tests all read this table. Keys are snake_case as on the wire; every field also
// has a camelCase alias, which the service accepts.
class ProfileSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSchema)

public:
    enum class Kind
    {
        Text,
        Multiline,
        Name,
        Phone,   // parsed by libphonenumber, sent as E.164
        UsState, // a USPS code; a state's name is accepted and sent as its code
        Url,
        Email,
        Date,
        Role,
        AccountStatus,
        Bool
    };
    enum class Group
    {
        Personal,
        PublicContact,
        Brokerage,
        BioAndSocial,
        Location,
        Account
    };

    struct Field
    {
        QString key;
        Kind kind = Kind::Text;
        Group group = Group::Personal;
        int maxLength = 0;      // characters; 0 where the kind has no length
        bool adminOnly = false; // changed only by admins, through PUT
    };

    static const QList<Field> &fields();
    // A field by its snake_case key or its camelCase alias.
    static const Field *find(const QString &name);
    // Fields the service owns, present in a user object but never written by a client.
    static QStringList readOnlyKeys();
    static QStringList roles();
    static QStringList accountStatuses();
    static QString camelCase(const QString &snake);
    // Control characters other than tab and line breaks (those are allowed where `multiline`).
    static bool hasControlCharacters(const QString &text, bool multiline);
    // local@domain.tld, the shape both the app and the service accept.
    static bool isEmailAddress(const QString &text);
    // Whether the field must always hold a value (name, email, role, account status, booleans).
    static bool isRequired(const Field &field);

    static QString label(const QString &key);
    static QString groupLabel(Group group);
    // The visible name of a role or account status ("admin" -> "Administrator").
    static QString valueLabel(const QString &key, const QString &value);
    // Why `value` is refused for `field` (translated, one sentence), or an empty string. `null`
    // and "" clear a field that is not required. `phoneRegion` (ISO 3166 code) reads phone
    // numbers written without a country code.
    static QString problem(const Field &field, const QJsonValue &value,
                           const QString &phoneRegion = DefaultPhoneRegion);
    // Something worth knowing about an accepted value (a phone number that is possible but not
    // in use), or an empty string. Never a reason to refuse.
    static QString warning(const Field &field, const QJsonValue &value,
                           const QString &phoneRegion = DefaultPhoneRegion);
    // What is sent for an accepted value: single-line text trimmed, "" as null, phone numbers in
    // E.164, a state's name as its code. Values with a problem() come back unchanged.
    static QJsonValue normalised(const Field &field, const QJsonValue &value,
                                 const QString &phoneRegion = DefaultPhoneRegion);

    static inline const QString DefaultPhoneRegion = QStringLiteral("US");
};

} // namespace valara
