// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpReply.h"
#include "JsonToString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// Shared assertions for the contract tests (docs/api-contract.md). They report through QtTest;
// wrap a call in CHECK(...) to stop the calling test at the first failure.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace valara::testing {

namespace ContractChecks {

// A Me API PATCH body setting the timezone to a JSON value ("\"Asia/Tokyo\"", "null").
inline QByteArray meTimezoneBody(const QByteArray &jsonValue)
{
    return R"({"preferences":{"timezone":)" + jsonValue + "}}";
}

// The strings of a JSON array, sorted (to compare sets such as scopes).
inline QStringList stringList(const QJsonArray &array)
{
    QStringList list;
    for (const auto &value : array)
        list.append(value.toString());
    list.sort();
    return list;
}

// C1: 26 characters of Crockford base32, the first at most 7 (48-bit timestamp).
inline bool isUlid(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-7][0-9A-HJKMNP-TV-Z]{25}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

inline QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

inline void answered(const HttpReply &reply)
{
    QVERIFY2(reply.networkError.isEmpty(), qPrintable(reply.networkError));
}

inline void status(const HttpReply &reply, int expected)
{
    answered(reply);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(reply.status == expected,
             qPrintable(QStringLiteral("status %1, expected %2; body: %3")
                            .arg(reply.status)
                            .arg(expected)
                            .arg(QString::fromUtf8(reply.body.left(600)))));
}

enum class Details
{
    Any,
    Absent,
    Present
};

// M3: a failure envelope with all four keys, the given status and code, and error.request_id
// equal to the X-Request-Id header (C1). `code` and `message` are compared when not null.
inline void meError(const HttpReply &reply, int expectedStatus, const QString &code,
                    const QString &message = QString(), Details details = Details::Any)
{
    status(reply, expectedStatus);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject envelope = reply.json();
    QCOMPARE(sortedKeys(envelope),
             (QStringList{QStringLiteral("data"), QStringLiteral("error"), QStringLiteral("meta"),
                          QStringLiteral("success")}));
    QVERIFY(envelope.value(QLatin1String("success")).isBool());
    QCOMPARE(envelope.value(QLatin1String("success")).toBool(), false);
    QVERIFY(envelope.value(QLatin1String("meta")).isNull());
    QVERIFY(envelope.value(QLatin1String("data")).isNull());
    QVERIFY(envelope.value(QLatin1String("error")).isObject());
    const QJsonObject error = envelope.value(QLatin1String("error")).toObject();
    QVERIFY(!error.value(QLatin1String("code")).toString().isEmpty());
    if (!code.isNull())
        QCOMPARE(error.value(QLatin1String("code")).toString(), code);
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    if (!message.isNull())
        QCOMPARE(error.value(QLatin1String("message")).toString(), message);
    QVERIFY(isUlid(reply.header("X-Request-Id")));
    QCOMPARE(error.value(QLatin1String("request_id")).toString().toLatin1(),
             reply.header("X-Request-Id"));
    if (details == Details::Absent)
        QVERIFY2(!error.contains(QLatin1String("details")), reply.body.constData());
    if (details == Details::Present)
        QVERIFY2(error.value(QLatin1String("details")).isObject(), reply.body.constData());
}

// M3: a success envelope with all four keys; returns nothing, read data with reply.data().
inline void meSuccess(const HttpReply &reply, int expectedStatus = 200)
{
    status(reply, expectedStatus);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject envelope = reply.json();
    QCOMPARE(sortedKeys(envelope),
             (QStringList{QStringLiteral("data"), QStringLiteral("error"), QStringLiteral("meta"),
                          QStringLiteral("success")}));
    QCOMPARE(envelope.value(QLatin1String("success")).toBool(false), true);
    QVERIFY(envelope.value(QLatin1String("error")).isNull());
    QVERIFY(envelope.value(QLatin1String("meta")).isObject());
    QVERIFY(envelope.value(QLatin1String("meta")).toObject().isEmpty());
    QVERIFY(envelope.value(QLatin1String("data")).isObject());
}

// V2: a FastAPI error {"detail": "<text>"}; `detail` is compared when not null.
inline void valaraDetail(const HttpReply &reply, int expectedStatus,
                         const QString &detail = QString())
{
    status(reply, expectedStatus);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(reply.json().value(QLatin1String("detail")).isString(), reply.body.constData());
    if (!detail.isNull())
        QCOMPARE(reply.detail(), detail);
}

// An error in the shape of `service` ("valara" or "me"): the Me envelope with `meCode`, or
// FastAPI's {"detail": "<text>"} (`valaraText` compared when not null).
inline void serviceError(const QString &service, const HttpReply &reply, int expectedStatus,
                         const QString &meCode, const QString &valaraText = QString())
{
    if (service == QLatin1String("me"))
        meError(reply, expectedStatus, meCode);
    else
        valaraDetail(reply, expectedStatus, valaraText);
}

// C4/M12: the same key with a different request.
inline void keyReused(const QString &service, const HttpReply &reply)
{
    serviceError(service, reply, 422, QStringLiteral("IDEMPOTENCY_KEY_REUSED"),
                 QStringLiteral("This idempotency key was already used for a different request"));
}

} // namespace ContractChecks

} // namespace valara::testing
