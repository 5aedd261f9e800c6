// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace valara::sandbox {

// The fields of the Valara service as the sandbox reads the contract (docs/api-contract.md P1,
// P3, U3 to U8, A1, A3). Written from the contract alone, apart from the app's own schema, so
// that a mistake in one is not repeated in the other: tests/sandbox/rules/tst_field_tables compares
// the two tables.
class SandboxFieldTable
{
public:
    // How the service reads a profile value (U6 to U8, A3).
    enum class ProfileKind
    {
        Text,      // one line
        Multiline, // tab and line breaks allowed (U6: bio)
        Phone,     // U7
        Url,       // U8: absolute http or https
        Email,     // U8: local@domain.tld
        Date,      // U8: YYYY-MM-DD
        Choice,    // A3: one of `choices`
        Bool       // A3
    };

    struct ProfileField
    {
        QString key; // snake_case, as the service answers
        ProfileKind kind = ProfileKind::Text;
        int maxLength = 0;      // characters (U6); 0 where the contract sets none
        bool adminOnly = false; // U4: written only by PUT
        bool nullable = true;   // null or "" clears it (U6); false: PUT requires it (A1)
        QStringList choices;    // Choice only
    };

    enum class PreferenceKind
    {
        Choice,     // P1: one of `choices`
        TimeZone,   // P6: an IANA id
        LanguageTag // P6: a well-formed BCP 47 tag
    };

    struct PreferenceField
    {
        QString key;
        PreferenceKind kind = PreferenceKind::Choice;
        QStringList choices;
        QString defaultValue; // P3
    };

    // U3 and U4, in the order of the user object.
    static const QList<ProfileField> &profileFields();
    // A profile field by its snake_case or camelCase name (U2), or null.
    static const ProfileField *profileField(const QString &name);
    // U5: in every user object, never written by a client.
    static const QStringList &readOnlyKeys();
    static const QStringList &roles();
    static const QStringList &accountStatuses();
    // U2: "license_expiration" -> "licenseExpiration".
    static QString camelCase(const QString &snake);

    // P1, in the contract's order.
    static const QList<PreferenceField> &preferenceFields();
    static const PreferenceField *preferenceField(const QString &key);
};

} // namespace valara::sandbox
