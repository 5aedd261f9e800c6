// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile/ProfileSchema.h"

#include "models/caller/Caller.h"

#include "models/values/PhoneNumber.h"
#include "models/values/UsState.h"

#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace valara {

namespace {

using Kind = ProfileSchema::Kind;
using Group = ProfileSchema::Group;

bool controlCharactersIn(const QString &text, bool multiline)
{
    for (QChar c : text) {
        if (multiline && (c == u'\n' || c == u'\t' || c == u'\r'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool emailShape(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

const QList<ProfileSchema::Field> &ProfileSchema::fields()
{
    static const QList<Field> all = [] {
        QList<Field> list;
        const auto add = [&list](const char *key, Kind kind, Group group, int maxLength,
                                 bool adminOnly = false) {
            list.append(Field{QString::fromLatin1(key), kind, group, maxLength, adminOnly});
        };
        add("name", Kind::Name, Group::Personal, 100);
        add("first_name", Kind::Text, Group::Personal, 100);
        add("last_name", Kind::Text, Group::Personal, 100);
        add("phone", Kind::Phone, Group::Personal, 32);
        add("cell_phone", Kind::Phone, Group::Personal, 32);
        add("avatar_url", Kind::Url, Group::Personal, 2048);
        add("display_name", Kind::Text, Group::PublicContact, 100);
        add("display_email", Kind::Email, Group::PublicContact, 254);
        add("title", Kind::Text, Group::PublicContact, 100);
        add("tagline", Kind::Text, Group::PublicContact, 160);
        add("brokerage_name", Kind::Text, Group::Brokerage, 120);
        add("office_name", Kind::Text, Group::Brokerage, 120);
        add("license_number", Kind::Text, Group::Brokerage, 40);
        add("license_state", Kind::UsState, Group::Brokerage, 50);
        add("license_expiration", Kind::Date, Group::Brokerage, 10);
        add("bio", Kind::Multiline, Group::BioAndSocial, 2000);
        for (const char *social : {"website_url", "facebook_url", "instagram_url", "linkedin_url",
                                   "x_url", "youtube_url", "tiktok_url", "zillow_url"})
            add(social, Kind::Url, Group::BioAndSocial, 2048);
        add("city", Kind::Text, Group::Location, 100);
        add("state", Kind::UsState, Group::Location, 50);
        add("email", Kind::Email, Group::Account, 254, true);
        add("role", Kind::Role, Group::Account, 0, true);
        add("is_active", Kind::Bool, Group::Account, 0, true);
        add("email_verified", Kind::Bool, Group::Account, 0, true);
        add("account_status", Kind::AccountStatus, Group::Account, 0, true);
        return list;
    }();
    return all;
}

const ProfileSchema::Field *ProfileSchema::find(const QString &name)
{
    for (const Field &field : fields()) {
        if (field.key == name || camelCase(field.key) == name)
            return &field;
    }
    return nullptr;
}

QStringList ProfileSchema::readOnlyKeys()
{
    return {QStringLiteral("id"),         QStringLiteral("org_id"),
            QStringLiteral("team_id"),    QStringLiteral("managed_team_ids"),
            QStringLiteral("created_at"), QStringLiteral("updated_at")};
}

QStringList ProfileSchema::roles()
{
    return Caller::roleKeys();
}

QStringList ProfileSchema::accountStatuses()
{
    return {QStringLiteral("active"), QStringLiteral("pending"), QStringLiteral("suspended"),
            QStringLiteral("deactivated")};
}

QString ProfileSchema::camelCase(const QString &snake)
{
    QString result;
    bool upper = false;
    for (QChar c : snake) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        result.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return result;
}

bool ProfileSchema::isRequired(const Field &field)
{
    return field.kind == Kind::Name || field.key == QLatin1String("email") ||
           field.kind == Kind::Role || field.kind == Kind::AccountStatus ||
           field.kind == Kind::Bool;
}

QString ProfileSchema::label(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("first_name"), QT_TR_NOOP("First name")},
        {QStringLiteral("last_name"), QT_TR_NOOP("Last name")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("cell_phone"), QT_TR_NOOP("Cell phone")},
        {QStringLiteral("avatar_url"), QT_TR_NOOP("Photo address")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("display_email"), QT_TR_NOOP("Public e-mail")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("tagline"), QT_TR_NOOP("Tagline")},
        {QStringLiteral("brokerage_name"), QT_TR_NOOP("Brokerage")},
        {QStringLiteral("office_name"), QT_TR_NOOP("Office")},
        {QStringLiteral("license_number"), QT_TR_NOOP("License number")},
        {QStringLiteral("license_state"), QT_TR_NOOP("License state")},
        {QStringLiteral("license_expiration"), QT_TR_NOOP("License expiration")},
        {QStringLiteral("bio"), QT_TR_NOOP("Biography")},
        {QStringLiteral("website_url"), QT_TR_NOOP("Website")},
        {QStringLiteral("facebook_url"), QT_TR_NOOP("Facebook")},
        {QStringLiteral("instagram_url"), QT_TR_NOOP("Instagram")},
        {QStringLiteral("linkedin_url"), QT_TR_NOOP("LinkedIn")},
        {QStringLiteral("x_url"), QT_TR_NOOP("X")},
        {QStringLiteral("youtube_url"), QT_TR_NOOP("YouTube")},
        {QStringLiteral("tiktok_url"), QT_TR_NOOP("TikTok")},
        {QStringLiteral("zillow_url"), QT_TR_NOOP("Zillow")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("email"), QT_TR_NOOP("Sign-in e-mail")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("is_active"), QT_TR_NOOP("Active")},
        {QStringLiteral("email_verified"), QT_TR_NOOP("E-mail verified")},
        {QStringLiteral("account_status"), QT_TR_NOOP("Account status")},
    };
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

QString ProfileSchema::valueLabel(const QString &key, const QString &value)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("account_status/active"), QT_TR_NOOP("Active")},
        {QStringLiteral("account_status/pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("account_status/suspended"), QT_TR_NOOP("Suspended")},
        {QStringLiteral("account_status/deactivated"), QT_TR_NOOP("Deactivated")},
    };
    if (key == QLatin1String("role"))
        return Caller::roleDisplayName(value);
    const char *text = labels.value(key + QLatin1Char('/') + value);
    return text ? tr(text) : value;
}

QString ProfileSchema::groupLabel(Group group)
{
    switch (group) {
    case Group::Personal:
        return tr("Personal");
    case Group::PublicContact:
        return tr("Public contact");
    case Group::Brokerage:
        return tr("Brokerage and license");
    case Group::BioAndSocial:
        return tr("Bio and social");
    case Group::Location:
        return tr("Location");
    case Group::Account:
        return tr("Account");
    }
    return {};
}

QString ProfileSchema::problem(const Field &field, const QJsonValue &value,
                               const QString &phoneRegion)
{
    const QString name = label(field.key);
    if (field.kind == Kind::Bool)
        return value.isBool() ? QString() : tr("%1 must be true or false.").arg(name);
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return isRequired(field) ? tr("%1 cannot be empty.").arg(name) : QString();
    if (!value.isString())
        return tr("%1 must be text.").arg(name);

    const QString text = value.toString();
    if (field.kind == Kind::Role || field.kind == Kind::AccountStatus) {
        const QStringList allowed = field.kind == Kind::Role ? roles() : accountStatuses();
        return allowed.contains(text)
                   ? QString()
                   : tr("%1 must be one of %2.").arg(name, allowed.join(QLatin1String(", ")));
    }
    if (text.size() > field.maxLength)
        return tr("%1 can be at most %n characters long.", nullptr, field.maxLength).arg(name);
    if (hasControlCharacters(text, field.kind == Kind::Multiline))
        return tr("%1 contains control characters.").arg(name);
    if (field.kind == Kind::Url) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return tr("%1 must be a secure web address starting with https://.").arg(name);
    }
    if (field.kind == Kind::Email && !isEmailAddress(text))
        return tr("%1 must be an e-mail address such as name@example.com.").arg(name);
    if (field.kind == Kind::Date &&
        !QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid())
        return tr("%1 must be a date written as YYYY-MM-DD.").arg(name);
    if (field.kind == Kind::Phone) {
        const PhoneNumber::Check phone = PhoneNumber::check(text, phoneRegion, name);
        if (phone.verdict == PhoneNumber::Verdict::Impossible)
            return phone.message;
    }
    if (field.kind == Kind::UsState && UsState::codeFor(text).isEmpty())
        return tr("%1 must be a US state, such as TX or Texas.").arg(name);
    return {};
}

QString ProfileSchema::warning(const Field &field, const QJsonValue &value,
                               const QString &phoneRegion)
{
    if (field.kind != Kind::Phone || !value.isString() || value.toString().trimmed().isEmpty() ||
        !problem(field, value, phoneRegion).isEmpty())
        return {};
    const PhoneNumber::Check phone =
        PhoneNumber::check(value.toString(), phoneRegion, label(field.key));
    return phone.verdict == PhoneNumber::Verdict::Unusual ? phone.message : QString();
}

QJsonValue ProfileSchema::normalised(const Field &field, const QJsonValue &value,
                                     const QString &phoneRegion)
{
    if (!value.isString() || !problem(field, value, phoneRegion).isEmpty())
        return value;
    const QString text =
        field.kind == Kind::Multiline ? value.toString() : value.toString().trimmed();
    if (text.trimmed().isEmpty())
        return isRequired(field) ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
    switch (field.kind) {
    case Kind::Phone:
        return PhoneNumber::check(text, phoneRegion, QString()).e164;
    case Kind::UsState:
        return UsState::codeFor(text);
    default:
        return text;
    }
}

bool ProfileSchema::hasControlCharacters(const QString &text, bool multiline)
{
    return controlCharactersIn(text, multiline);
}

bool ProfileSchema::isEmailAddress(const QString &text)
{
    return emailShape(text);
}

} // namespace valara
