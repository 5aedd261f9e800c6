// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHarness.h"
#include "sandbox/http/SandboxExchange.h"

#include <QJsonObject>
#include <QList>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace valara::testing {

using namespace valara::sandbox;

// The same kind of write on either service, for the rules common to both (C2-C8, M12): a write A,
// another write B of the same value, and a read of that value.
struct ServiceWrite
{
    QString service; // "valara" or "me"
    QString path;    // for user g1
    QByteArray bodyA;
    QByteArray bodyB;
    QString valueA;
    QString valueB;

    static ServiceWrite of(const QString &service)
    {
        if (service == QLatin1String("me"))
            return {service,
                    QStringLiteral("/v1/me"),
                    R"({"preferences":{"timezone":"Europe/Paris"}})",
                    R"({"preferences":{"timezone":"Asia/Tokyo"}})",
                    QStringLiteral("Europe/Paris"),
                    QStringLiteral("Asia/Tokyo")};
        return {service,
                QStringLiteral("/api/v1/users/g1/preferences"),
                R"({"theme":"light"})",
                R"({"theme":"dark"})",
                QStringLiteral("light"),
                QStringLiteral("dark")};
    }
    // Data rows with one "service" column.
    static void addRows()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("valara") << QStringLiteral("valara");
        QTest::newRow("me (M12)") << QStringLiteral("me");
    }

    bool isMe() const { return service == QLatin1String("me"); }
    // The path of the same write for another user (the Me API has one path for everyone).
    QString pathFor(const QString &user) const
    {
        return isMe() ? path : QStringLiteral("/api/v1/users/%1/preferences").arg(user);
    }
    // A session token (Me) or the user's own API key (Valara).
    QByteArray bearer(const SandboxHarness &h, const QString &user = QStringLiteral("g1")) const
    {
        return isMe() ? h.sessionToken(user) : "key-agent-" + user.toLatin1();
    }
    // Whether write A is what the service now reads back for g1.
    bool appliedIn(SandboxHarness &h) const { return value(h) == valueA; }
    // The value the write changes, as the service reads it back for `user`.
    QString value(SandboxHarness &h, const QString &user = QStringLiteral("g1")) const
    {
        if (isMe())
            return h.get(path, h.sessionToken(user))
                .data()
                .value(QLatin1String("preferences"))
                .toObject()
                .value(QLatin1String("timezone"))
                .toString();
        return h.get(pathFor(user), "key-admin-a1").json().value(QLatin1String("theme")).toString();
    }
};

// The exchanges a QSignalSpy on SandboxServer::exchangeCompleted recorded.
inline QList<SandboxExchange> recordedExchanges(const QSignalSpy &spy)
{
    QList<SandboxExchange> list;
    for (const auto &arguments : spy)
        list.append(arguments.at(0).value<SandboxExchange>());
    return list;
}

inline int appliedCount(const QSignalSpy &spy)
{
    const auto list = recordedExchanges(spy);
    return int(std::count_if(list.begin(), list.end(), [](const auto &e) { return e.applied; }));
}

// Rows of a data-driven test, one per service and value: columns "service" (QString) and a
// QByteArray value.
inline void addServiceRows(const char *name, const QList<QByteArray> &values)
{
    for (const char *service : {"valara", "me"}) {
        for (qsizetype i = 0; i < values.size(); ++i)
            QTest::addRow("%s %s #%lld", service, name, qlonglong(i))
                << QString::fromLatin1(service) << values[i];
    }
}

} // namespace valara::testing
