// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpReply.h"
#include "JsonToString.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTest>

namespace valara::testing {

// Shared helpers for the Valara contract tests (tests/sandbox/services/valara/tst_valara_*.cpp)
// against the contract fixture (tests/data/contract-fixture.json, docs/api-contract.md).
namespace ValaraContract {

inline const QByteArray AdminKey = QByteArrayLiteral("key-admin-a1");
inline const QByteArray AgentKey = QByteArrayLiteral("key-agent-g1");
inline const QString G1 = QStringLiteral("/api/v1/users/g1");

// A complete PUT body for a new user, as raw JSON.
inline const QByteArray FullBody = QByteArrayLiteral(
    R"({"name":"New Name","email":"new@valara.test","role":"agent","is_active":true,)"
    R"("email_verified":true,"account_status":"active"})");

// The API key of each seeded user id.
inline const QMap<QString, QByteArray> &keys()
{
    static const QMap<QString, QByteArray> map{
        {QStringLiteral("a1"), "key-admin-a1"}, {QStringLiteral("b1"), "key-broker-b1"},
        {QStringLiteral("g1"), "key-agent-g1"}, {QStringLiteral("g2"), "key-agent-g2"},
        {QStringLiteral("p1"), "key-photo-p1"}, {QStringLiteral("g3"), "key-agent-g3"},
        {QStringLiteral("s1"), "key-agent-s1"}};
    return map;
}

// Who sees whom (R4), in list order (name, case-insensitive, then id).
inline QStringList visibleTo(const QString &caller)
{
    if (caller == QLatin1String("a1"))
        return QStringList{"a1", "b1", "g1", "g2", "g3", "p1", "s1"};
    if (caller == QLatin1String("b1"))
        return QStringList{"b1", "g1", "g2"};
    if (caller == QLatin1String("p1"))
        return QStringList{"g3", "p1"};
    return QStringList{caller};
}

// The fields of a user object, in documented order.
inline QStringList userObjectFields()
{
    return QStringList{"id",
                       "email",
                       "role",
                       "is_active",
                       "email_verified",
                       "account_status",
                       "org_id",
                       "team_id",
                       "managed_team_ids",
                       "name",
                       "first_name",
                       "last_name",
                       "phone",
                       "cell_phone",
                       "avatar_url",
                       "display_name",
                       "display_email",
                       "title",
                       "tagline",
                       "brokerage_name",
                       "office_name",
                       "license_number",
                       "license_state",
                       "license_expiration",
                       "bio",
                       "website_url",
                       "facebook_url",
                       "instagram_url",
                       "linkedin_url",
                       "x_url",
                       "youtube_url",
                       "tiktok_url",
                       "zillow_url",
                       "city",
                       "state",
                       "created_at",
                       "updated_at"};
}

// userObjectFields(), sorted (the order of QJsonObject::keys()).
inline QStringList sortedUserObjectFields()
{
    QStringList fields = userObjectFields();
    fields.sort();
    return fields;
}

inline QString userPath(const QString &id)
{
    return QStringLiteral("/api/v1/users/") + id;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject withoutUpdatedAt(QJsonObject user)
{
    user.remove(QStringLiteral("updated_at"));
    return user;
}

// The default preferences, with `overrides` applied.
inline QJsonObject prefs(const QJsonObject &overrides = {})
{
    QJsonObject result{{QStringLiteral("date_time_format"), QStringLiteral("friendly")},
                       {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
                       {QStringLiteral("language"), QStringLiteral("en-US")},
                       {QStringLiteral("measurement_unit"), QStringLiteral("imperial")},
                       {QStringLiteral("theme"), QStringLiteral("system")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

inline QString preferencesPath(const QString &id)
{
    return QStringLiteral("/api/v1/users/%1/preferences").arg(id);
}

// The required PUT fields for g1, with `overrides` applied (an Undefined value removes the field).
inline QJsonObject putBody(const QJsonObject &overrides = {})
{
    QJsonObject result{{QStringLiteral("name"), QStringLiteral("Gina Agent")},
                       {QStringLiteral("email"), QStringLiteral("gina@valara.test")},
                       {QStringLiteral("role"), QStringLiteral("agent")},
                       {QStringLiteral("is_active"), true},
                       {QStringLiteral("email_verified"), true},
                       {QStringLiteral("account_status"), QStringLiteral("active")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

inline QString describe(const HttpReply &r)
{
    if (!r.networkError.isEmpty())
        return QStringLiteral("network error: ") + r.networkError;
    return QStringLiteral("got %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
}

// Empty when `r` is exactly `status` {"detail": "<detail>"}; otherwise what is wrong.
inline QString errorProblem(const HttpReply &r, int status, const QString &detail)
{
    const QJsonObject body = r.json();
    if (r.status != status || body.keys() != QStringList{QStringLiteral("detail")} ||
        !body.value(QLatin1String("detail")).isString() || r.detail() != detail)
        return QStringLiteral("expected %1 {\"detail\":\"%2\"}, ").arg(status).arg(detail) +
               describe(r);
    return {};
}

// Empty when `r` is a 422 {"detail": [...]} of well-formed entries, one of them at `loc` (with
// `type` unless empty); otherwise what is wrong.
inline QString validationProblem(const HttpReply &r, const QJsonArray &loc,
                                 const QString &type = {})
{
    const QString expected =
        QStringLiteral("expected 422 with loc %1 type %2, ")
            .arg(QString::fromUtf8(QJsonDocument(loc).toJson(QJsonDocument::Compact)), type);
    const QJsonValue detail = r.json().value(QLatin1String("detail"));
    if (r.status != 422 || r.json().keys() != QStringList{QStringLiteral("detail")} ||
        !detail.isArray() || detail.toArray().isEmpty())
        return expected + describe(r);
    bool found = false;
    for (const QJsonValue &value : detail.toArray()) {
        const QJsonObject entry = value.toObject();
        if (!entry.value(QLatin1String("type")).isString() ||
            entry.value(QLatin1String("type")).toString().isEmpty() ||
            !entry.value(QLatin1String("loc")).isArray() ||
            !entry.value(QLatin1String("msg")).isString())
            return QStringLiteral("malformed 422 entry, ") + describe(r);
        if (entry.value(QLatin1String("loc")).toArray() == loc &&
            (type.isEmpty() || entry.value(QLatin1String("type")).toString() == type))
            found = true;
    }
    return found ? QString() : expected + describe(r);
}

// loc (compact JSON) -> type of every 422 entry; empty unless `r` is a 422 with a list.
inline QMap<QString, QString> typesByLoc(const HttpReply &r)
{
    QMap<QString, QString> result;
    if (r.status != 422 || !r.json().value(QLatin1String("detail")).isArray())
        return result;
    for (const QJsonValue &value : r.detailList()) {
        const QJsonObject entry = value.toObject();
        result.insert(QString::fromUtf8(QJsonDocument(entry.value(QLatin1String("loc")).toArray())
                                            .toJson(QJsonDocument::Compact)),
                      entry.value(QLatin1String("type")).toString());
    }
    return result;
}

// The loc of a body field as compact JSON, the keys of typesByLoc().
inline QString bodyLoc(const QString &field)
{
    return QStringLiteral("[\"body\",\"%1\"]").arg(field);
}

} // namespace ValaraContract

#define VERIFY_STATUS(reply, code)                                                                 \
    QVERIFY2((reply).status == (code), qPrintable(ValaraContract::describe(reply)))

#define VERIFY_NO_PROBLEM(expression)                                                              \
    do {                                                                                           \
        const QString problem_ = (expression);                                                     \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

} // namespace valara::testing
