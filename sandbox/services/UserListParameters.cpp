// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/services/UserListParameters.h"

#include "sandbox/rules/SandboxFieldTable.h"

#include <climits>

namespace valara::sandbox {

namespace {

QJsonArray loc(const QString &name)
{
    return QJsonArray{QStringLiteral("query"), name};
}

// FastAPI's words for an enumeration: 'a', 'b' or 'c'.
QString expected(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(QLatin1Char('\'') + value + QLatin1Char('\''));
    const QString last = quoted.takeLast();
    return quoted.isEmpty() ? last
                            : quoted.join(QLatin1String(", ")) + QStringLiteral(" or ") + last;
}

void readInteger(const QUrlQuery &query, const QString &name, int min, int max, int *out,
                 QJsonArray *issues)
{
    if (!query.hasQueryItem(name))
        return;
    bool ok = false;
    const int value = query.queryItemValue(name, QUrl::FullyDecoded).toInt(&ok);
    if (!ok) {
        issues->append(SandboxResponse::issue(
            QStringLiteral("int_parsing"), loc(name),
            QStringLiteral(
                "Input should be a valid integer, unable to parse string as an integer")));
    } else if (value < min) {
        issues->append(SandboxResponse::issue(
            QStringLiteral("greater_than_equal"), loc(name),
            QStringLiteral("Input should be greater than or equal to %1").arg(min)));
    } else if (value > max) {
        issues->append(SandboxResponse::issue(
            QStringLiteral("less_than_equal"), loc(name),
            QStringLiteral("Input should be less than or equal to %1").arg(max)));
    } else {
        *out = value;
    }
}

// A value from a fixed list, or std::nullopt (and an "enum" issue when one was given).
std::optional<QString> readChoice(const QUrlQuery &query, const QString &name,
                                  const QStringList &choices, QJsonArray *issues)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString value = query.queryItemValue(name, QUrl::FullyDecoded);
    if (choices.contains(value))
        return value;
    issues->append(SandboxResponse::issue(QStringLiteral("enum"), loc(name),
                                          QStringLiteral("Input should be ") + expected(choices)));
    return std::nullopt;
}

} // namespace

std::variant<UserListQuery, SandboxResponse> UserListParameters::read(const QUrlQuery &query)
{
    UserListQuery list;
    QJsonArray issues;
    list.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    readInteger(query, QStringLiteral("limit"), 1, 200, &list.limit, &issues);
    readInteger(query, QStringLiteral("offset"), 0, INT_MAX, &list.offset, &issues);
    if (const auto sort =
            readChoice(query, QStringLiteral("sort"), UserListQuery::sortNames(), &issues))
        list.setSort(*sort);
    if (query.hasQueryItem(QStringLiteral("team"))) {
        const QString team = query.queryItemValue(QStringLiteral("team"), QUrl::FullyDecoded);
        if (team.isEmpty()) {
            issues.append(SandboxResponse::issue(
                QStringLiteral("string_too_short"), loc(QStringLiteral("team")),
                QStringLiteral("String should have at least 1 character")));
        } else {
            list.teamId = team;
        }
    }
    list.role = readChoice(query, QStringLiteral("role"), SandboxFieldTable::roles(), &issues);
    if (!issues.isEmpty())
        return SandboxResponse::validation(issues);
    return list;
}

QJsonObject UserListParameters::echo(const UserListQuery &list)
{
    const auto orNull = [](const std::optional<QString> &value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("limit"), list.limit},
                       {QStringLiteral("offset"), list.offset},
                       {QStringLiteral("sort"), list.sortName()},
                       {QStringLiteral("team"), orNull(list.teamId)},
                       {QStringLiteral("role"), orNull(list.role)}};
}

} // namespace valara::sandbox
