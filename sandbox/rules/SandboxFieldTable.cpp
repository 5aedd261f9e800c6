// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/SandboxFieldTable.h"

namespace valara::sandbox {

namespace {

using ProfileKind = SandboxFieldTable::ProfileKind;
using PreferenceKind = SandboxFieldTable::PreferenceKind;

QStringList latin1List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

} // namespace

const QStringList &SandboxFieldTable::roles()
{
    static const QStringList list = latin1List({"admin", "broker", "photographer", "agent"});
    return list;
}

const QStringList &SandboxFieldTable::accountStatuses()
{
    static const QStringList list = latin1List({"active", "pending", "suspended", "deactivated"});
    return list;
}

const QStringList &SandboxFieldTable::readOnlyKeys()
{
    static const QStringList list =
        latin1List({"id", "org_id", "team_id", "managed_team_ids", "created_at", "updated_at"});
    return list;
}

const QList<SandboxFieldTable::ProfileField> &SandboxFieldTable::profileFields()
{
    static const QList<ProfileField> table = [] {
        QList<ProfileField> fields;
        // Nullable fields a client may write with PATCH (U3), with the lengths of U6.
        const auto add = [&fields](const char *key, ProfileKind kind, int maxLength) {
            fields.append({QString::fromLatin1(key), kind, maxLength, false, true, {}});
        };
        // Fields that always hold a value (U6: name stays non-blank; A1).
        const auto required = [&fields](const char *key, ProfileKind kind, int maxLength,
                                        bool adminOnly, const QStringList &choices = {}) {
            fields.append({QString::fromLatin1(key), kind, maxLength, adminOnly, false, choices});
        };
        required("name", ProfileKind::Text, 100, false);
        add("first_name", ProfileKind::Text, 100);
        add("last_name", ProfileKind::Text, 100);
        add("phone", ProfileKind::Phone, 32);
        add("cell_phone", ProfileKind::Phone, 32);
        add("avatar_url", ProfileKind::Url, 2048);
        add("display_name", ProfileKind::Text, 100);
        add("display_email", ProfileKind::Email, 254);
        add("title", ProfileKind::Text, 100);
        add("tagline", ProfileKind::Text, 160);
        add("brokerage_name", ProfileKind::Text, 120);
        add("office_name", ProfileKind::Text, 120);
        add("license_number", ProfileKind::Text, 40);
        add("license_state", ProfileKind::Text, 50);     // any text: no US state check (U6)
        add("license_expiration", ProfileKind::Date, 0); // U8; U6 sets no length
        add("bio", ProfileKind::Multiline, 2000);
        for (const char *social : {"website_url", "facebook_url", "instagram_url", "linkedin_url",
                                   "x_url", "youtube_url", "tiktok_url", "zillow_url"})
            add(social, ProfileKind::Url, 2048);
        add("city", ProfileKind::Text, 100);
        add("state", ProfileKind::Text, 50);
        // U4: admin-only, written by PUT (A3).
        required("email", ProfileKind::Email, 254, true);
        required("role", ProfileKind::Choice, 0, true, roles());
        required("is_active", ProfileKind::Bool, 0, true);
        required("email_verified", ProfileKind::Bool, 0, true);
        required("account_status", ProfileKind::Choice, 0, true, accountStatuses());
        return fields;
    }();
    return table;
}

const SandboxFieldTable::ProfileField *SandboxFieldTable::profileField(const QString &name)
{
    for (const ProfileField &field : profileFields()) {
        if (name == field.key || name == camelCase(field.key))
            return &field;
    }
    return nullptr;
}

QString SandboxFieldTable::camelCase(const QString &snake)
{
    const QStringList words = snake.split(QLatin1Char('_'));
    QString result = words.first();
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (!words.at(i).isEmpty())
            result += words.at(i).first(1).toUpper() + words.at(i).mid(1);
    }
    return result;
}

const QList<SandboxFieldTable::PreferenceField> &SandboxFieldTable::preferenceFields()
{
    // P1 (accepted values) and P3 (defaults).
    static const QList<PreferenceField> table{
        {QStringLiteral("date_time_format"), PreferenceKind::Choice,
         latin1List({"friendly", "us", "uk"}), QStringLiteral("friendly")},
        {QStringLiteral("timezone"),
         PreferenceKind::TimeZone,
         {},
         QStringLiteral("America/New_York")},
        {QStringLiteral("language"), PreferenceKind::LanguageTag, {}, QStringLiteral("en-US")},
        {QStringLiteral("measurement_unit"), PreferenceKind::Choice,
         latin1List({"imperial", "metric"}), QStringLiteral("imperial")},
        {QStringLiteral("theme"), PreferenceKind::Choice, latin1List({"light", "dark", "system"}),
         QStringLiteral("system")},
    };
    return table;
}

const SandboxFieldTable::PreferenceField *SandboxFieldTable::preferenceField(const QString &key)
{
    for (const PreferenceField &field : preferenceFields()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

} // namespace valara::sandbox
