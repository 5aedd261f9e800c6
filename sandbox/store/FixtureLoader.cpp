// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/FixtureLoader.h"

#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/rules/ProfileRules.h"
#include "sandbox/rules/SandboxFieldTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace valara::sandbox {

namespace {

const QStringList &userKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("role"),        QStringLiteral("api_key"),
        QStringLiteral("org_id"),   QStringLiteral("team"),        QStringLiteral("manages"),
        QStringLiteral("profile"),  QStringLiteral("preferences"), QStringLiteral("me_preferences"),
        QStringLiteral("is_staff"), QStringLiteral("scopes"),      QStringLiteral("created_at")};
    return keys;
}

std::optional<QString> optionalString(const QJsonObject &object, const QString &key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return std::nullopt;
    }
    if (!value.isString() || value.toString().isEmpty())
        return QStringLiteral("%1 must be a non-empty string or null").arg(key);
    *out = value.toString();
    return std::nullopt;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

// The problem with one user entry, or an empty string.
QString readUser(const QJsonObject &entry, const QDateTime &now, SandboxUser *user)
{
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!userKeys().contains(it.key()))
            return QStringLiteral("unknown key '%1'").arg(it.key());
    }
    user->role = entry.value(QLatin1String("role")).toString();
    if (!SandboxFieldTable::roles().contains(user->role))
        return QStringLiteral("role must be one of %1")
            .arg(SandboxFieldTable::roles().join(QLatin1String(", ")));
    user->apiKey = entry.value(QLatin1String("api_key")).toString();
    if (user->apiKey.isEmpty())
        return QStringLiteral("api_key must be a non-empty string");
    if (auto problem = optionalString(entry, QStringLiteral("org_id"), &user->orgId))
        return *problem;
    if (auto problem = optionalString(entry, QStringLiteral("team"), &user->teamId))
        return *problem;
    const auto manages = stringList(entry.value(QLatin1String("manages")));
    if (!manages)
        return QStringLiteral("manages must be a list of team ids");
    user->managedTeamIds = *manages;
    if (!user->managedTeamIds.isEmpty() && !user->isManager())
        return QStringLiteral("manages is only for brokers and photographers");

    const QJsonValue profile = entry.value(QLatin1String("profile"));
    if (!profile.isObject())
        return QStringLiteral("profile must be an object");
    const QJsonObject fields = profile.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const ProfileRules::Field *field = SandboxFieldTable::profileField(it.key());
        if (!field || field->key != it.key() || field->key == QLatin1String("role"))
            return QStringLiteral("profile.%1: not a profile field (snake_case names; role is set "
                                  "at the top level)")
                .arg(it.key());
        if (const auto problem = ProfileRules::check(*field, it.value()))
            return QStringLiteral("profile.%1: %2").arg(it.key(), problem->message);
        if (!ProfileRules::isCleared(it.value()))
            user->profile.insert(it.key(), it.value());
    }
    for (const char *required : {"name", "email"}) {
        if (!user->profile.contains(QLatin1String(required)))
            return QStringLiteral("profile.%1 is required").arg(QLatin1String(required));
    }

    const QJsonObject preferences = entry.value(QLatin1String("preferences")).toObject();
    for (auto it = preferences.begin(); it != preferences.end(); ++it) {
        if (!PreferenceRules::fieldNames().contains(it.key()))
            return QStringLiteral("preferences.%1: not a preference").arg(it.key());
        const QString problem = PreferenceRules::valueProblem(it.key(), it.value().toString());
        if (!it.value().isString() || !problem.isEmpty())
            return QStringLiteral("preferences.%1: %2")
                .arg(it.key(), problem.isEmpty() ? QStringLiteral("must be a string") : problem);
    }
    user->preferences = preferences;

    const QJsonObject me = entry.value(QLatin1String("me_preferences")).toObject();
    for (auto it = me.begin(); it != me.end(); ++it) {
        const bool known = it.key() == QLatin1String("timezone");
        const bool valid =
            it.value().isNull() ||
            (it.value().isString() && PreferenceRules::isKnownTimeZone(it.value().toString()));
        if (!known || !valid)
            return QStringLiteral(
                       "me_preferences.%1: only a valid IANA timezone or null is allowed")
                .arg(it.key());
    }
    user->mePreferences = me;

    const QJsonValue staff = entry.value(QLatin1String("is_staff"));
    if (!staff.isUndefined() && !staff.isNull()) {
        if (!staff.isBool())
            return QStringLiteral("is_staff must be true or false");
        user->isStaff = staff.toBool();
    }
    if (entry.contains(QLatin1String("scopes"))) {
        const auto scopes = stringList(entry.value(QLatin1String("scopes")));
        if (!scopes)
            return QStringLiteral("scopes must be a list of strings");
        user->scopes = *scopes;
    }
    user->createdAt = now;
    const QString created = entry.value(QLatin1String("created_at")).toString();
    if (!created.isEmpty()) {
        user->createdAt = QDateTime::fromString(created, Qt::ISODate);
        if (!user->createdAt.isValid())
            return QStringLiteral("created_at must be an ISO 8601 time");
    }
    user->updatedAt = user->createdAt;
    return {};
}

} // namespace

std::optional<QList<SandboxUser>> FixtureLoader::parse(const QByteArray &json, const QDateTime &now,
                                                       QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("fixture: not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue users = document.object().value(QLatin1String("users"));
    if (!document.isObject() || !users.isArray()) {
        *error = QStringLiteral("fixture: expected an object with a \"users\" list");
        return std::nullopt;
    }

    QList<SandboxUser> result;
    QSet<QString> ids, keys, emails;
    const QJsonArray entries = users.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        SandboxUser user;
        user.id = entry.value(QLatin1String("id")).toString();
        const QString who = user.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : user.id;
        QString problem;
        if (!entries.at(i).isObject())
            problem = QStringLiteral("must be an object");
        else if (user.id.isEmpty())
            problem = QStringLiteral("id must be a non-empty string");
        else if (ids.contains(user.id))
            problem = QStringLiteral("duplicate id");
        else
            problem = readUser(entry, now, &user);
        if (problem.isEmpty() && keys.contains(user.apiKey))
            problem = QStringLiteral("api_key is already used by another user");
        const QString email = user.profile.value(QLatin1String("email")).toString().toLower();
        if (problem.isEmpty() && emails.contains(email))
            problem = QStringLiteral("profile.email is already used by another user");
        if (!problem.isEmpty()) {
            *error = QStringLiteral("fixture: user %1: %2").arg(who, problem);
            return std::nullopt;
        }
        ids.insert(user.id);
        keys.insert(user.apiKey);
        emails.insert(email);
        result.append(user);
    }
    return result;
}

} // namespace valara::sandbox
