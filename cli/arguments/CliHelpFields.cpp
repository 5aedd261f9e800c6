// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliHelpFields.h"

#include "cli/arguments/CliHelpLayout.h"

#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"

#include <QStringList>

namespace valara {

namespace {

QString list(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

} // namespace

QString CliHelpFields::preferences()
{
    QString text;
    for (const PreferenceSchema::Field &field : PreferenceSchema::fields()) {
        QString description;
        switch (field.kind) {
        case PreferenceSchema::Kind::Choice:
            //: %1: the values a preference takes, as sent ("light, dark, system"); %2: the one
            //: the server uses when none is set.
            description = tr("%1 (default %2)").arg(list(field.allowedValues), field.defaultValue);
            break;
        case PreferenceSchema::Kind::TimeZone:
            //: %1: the default timezone.
            description =
                tr("an IANA timezone, such as Europe/Paris (default %1)").arg(field.defaultValue);
            break;
        case PreferenceSchema::Kind::Language:
            //: %1: the default language tag (en-US).
            description =
                tr("a BCP 47 language tag, such as pt-BR (default %1)").arg(field.defaultValue);
            break;
        }
        text += CliHelpLayout::row(field.key, description);
    }
    return text;
}

QString CliHelpFields::profile()
{
    using Kind = ProfileSchema::Kind;
    QString text;
    QStringList adminOnly;
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        if (field.adminOnly) {
            adminOnly.append(field.key);
            continue;
        }
        const int n = field.maxLength;
        QString description;
        switch (field.kind) {
        case Kind::Text:
            description = tr("text, up to %n characters", nullptr, n);
            break;
        case Kind::Multiline:
            description = tr("text, line breaks allowed, up to %n characters", nullptr, n);
            break;
        case Kind::Name:
            description = tr("text, up to %n characters; cannot be cleared", nullptr, n);
            break;
        case Kind::Phone:
            description = tr("phone number (+1 650 253 0000; without a country code, read in the "
                             "region of your locale or the US), sent as E.164");
            break;
        case Kind::UsState:
            description = tr("US state code or name (TX, Texas), sent as the code");
            break;
        case Kind::Url:
            description = tr("https:// address, up to %n characters", nullptr, n);
            break;
        case Kind::Email:
            description = tr("e-mail address, up to %n characters", nullptr, n);
            break;
        case Kind::Date:
            description = tr("date, YYYY-MM-DD");
            break;
        case Kind::Role:
        case Kind::AccountStatus:
            //: %1: the values a field takes, as sent (admin, broker, agent, photographer).
            description =
                tr("one of %1")
                    .arg(list(field.kind == Kind::Role ? ProfileSchema::roles()
                                                       : ProfileSchema::accountStatuses()));
            break;
        case Kind::Bool:
            description = tr("true or false");
            break;
        }
        const QString camel = ProfileSchema::camelCase(field.key);
        const QString name =
            camel == field.key ? field.key : field.key + QStringLiteral(" | ") + camel;
        text += CliHelpLayout::row(name, description, 36);
    }
    //: %1: field names, as sent (email, role, …).
    text += CliHelpLayout::paragraph(
        tr("Only an administrator changes %1 (with PUT): profile set refuses them.")
            .arg(list(adminOnly)));
    //: %1: field names, as sent (id, created_at, …).
    text += CliHelpLayout::paragraph(
        tr("Read-only, set by the service: %1.").arg(list(ProfileSchema::readOnlyKeys())));
    return text;
}

} // namespace valara
