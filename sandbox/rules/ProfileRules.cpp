// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/rules/ProfileRules.h"

#include "sandbox/http/SandboxResponse.h"
#include "sandbox/rules/SandboxValueChecks.h"

#include <QSet>

namespace valara::sandbox {

namespace {

using Kind = ProfileRules::Kind;

QString literalMessage(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(QLatin1Char('\'') + value + QLatin1Char('\''));
    const QString last = quoted.takeLast();
    return QStringLiteral("Input should be %1 or %2").arg(quoted.join(QLatin1String(", ")), last);
}

QJsonArray bodyLoc(const QString &name)
{
    return QJsonArray{QStringLiteral("body"), name};
}

QJsonObject extraForbidden(const QString &name)
{
    return SandboxResponse::issue(QStringLiteral("extra_forbidden"), bodyLoc(name),
                                  QStringLiteral("Extra inputs are not permitted"));
}

} // namespace

bool ProfileRules::isCleared(const QJsonValue &value)
{
    return value.isNull() || (value.isString() && value.toString().isEmpty());
}

std::optional<ProfileRules::Problem> ProfileRules::check(const Field &field,
                                                         const QJsonValue &value)
{
    if (field.kind == Kind::Bool) {
        if (value.isBool())
            return std::nullopt;
        return Problem{QStringLiteral("bool_type"),
                       QStringLiteral("Input should be a valid boolean")};
    }
    if (isCleared(value)) {
        if (field.nullable)
            return std::nullopt;
        return Problem{QStringLiteral("value_error"),
                       QStringLiteral("Value error, %1 must not be empty").arg(field.key)};
    }
    if (!value.isString())
        return Problem{QStringLiteral("string_type"),
                       QStringLiteral("Input should be a valid string")};

    const QString text = value.toString();
    if (field.kind == Kind::Choice) {
        if (field.choices.contains(text))
            return std::nullopt;
        return Problem{QStringLiteral("literal_error"), literalMessage(field.choices)};
    }
    if (field.maxLength > 0 && text.size() > field.maxLength) {
        return Problem{
            QStringLiteral("string_too_long"),
            QStringLiteral("String should have at most %1 characters").arg(field.maxLength)};
    }
    if (SandboxValueChecks::hasControlCharacters(text, field.kind == Kind::Multiline)) {
        return Problem{QStringLiteral("value_error"),
                       QStringLiteral("Value error, must not contain control characters")};
    }
    if (field.kind == Kind::Text && !field.nullable && text.trimmed().isEmpty()) {
        return Problem{QStringLiteral("value_error"),
                       QStringLiteral("Value error, %1 must not be empty").arg(field.key)};
    }
    if (field.kind == Kind::Phone && !SandboxValueChecks::isPhoneNumber(text)) {
        return Problem{QStringLiteral("value_error"),
                       QStringLiteral("Value error, not a valid phone number")};
    }
    if (field.kind == Kind::Url && !SandboxValueChecks::isWebUrl(text)) {
        return Problem{QStringLiteral("url_parsing"),
                       QStringLiteral("Input should be an absolute http or https URL")};
    }
    if (field.kind == Kind::Email && !SandboxValueChecks::isEmailAddress(text)) {
        return Problem{QStringLiteral("value_error"),
                       QStringLiteral("Value error, not a valid email address")};
    }
    if (field.kind == Kind::Date && !SandboxValueChecks::isIsoDate(text)) {
        return Problem{QStringLiteral("date_from_datetime_parsing"),
                       QStringLiteral("Input should be a valid date in the format YYYY-MM-DD")};
    }
    return std::nullopt;
}

ProfileRules::Parsed ProfileRules::parse(const QJsonObject &body, Mode mode,
                                         const QString &pathUserId)
{
    Parsed parsed;
    QSet<QString> seen;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &name = it.key();
        if (SandboxFieldTable::readOnlyKeys().contains(name)) {
            if (mode == Mode::Patch) {
                parsed.issues.append(extraForbidden(name));
            } else if (name == QLatin1String("id") && it.value().toString() != pathUserId) {
                parsed.issues.append(SandboxResponse::issue(
                    QStringLiteral("value_error"), bodyLoc(name),
                    QStringLiteral("Value error, id does not match the user in the path")));
            }
            continue;
        }
        const Field *field = SandboxFieldTable::profileField(name);
        if (!field) {
            parsed.issues.append(extraForbidden(name));
            continue;
        }
        if (field->adminOnly && mode == Mode::Patch) {
            parsed.issues.append(SandboxResponse::issue(
                QStringLiteral("admin_only_field"), bodyLoc(name),
                QStringLiteral("%1 is an admin-only field: use PUT /api/v1/users/{user_id}")
                    .arg(field->key)));
            continue;
        }
        if (seen.contains(field->key)) {
            parsed.issues.append(SandboxResponse::issue(
                QStringLiteral("duplicate_field"), bodyLoc(name),
                QStringLiteral("%1 is given twice (snake_case and camelCase)").arg(field->key)));
            continue;
        }
        seen.insert(field->key);
        if (const auto problem = check(*field, it.value())) {
            parsed.issues.append(
                SandboxResponse::issue(problem->type, bodyLoc(name), problem->message));
            continue;
        }
        parsed.values.insert(field->key, isCleared(it.value()) ? QJsonValue() : it.value());
    }
    if (mode == Mode::Put) {
        for (const Field &field : SandboxFieldTable::profileFields()) {
            if (seen.contains(field.key))
                continue;
            if (!field.nullable) { // A1
                parsed.issues.append(SandboxResponse::issue(QStringLiteral("missing"),
                                                            bodyLoc(field.key),
                                                            QStringLiteral("Field required")));
            } else {
                parsed.values.insert(field.key, QJsonValue());
            }
        }
    }
    return parsed;
}

} // namespace valara::sandbox
