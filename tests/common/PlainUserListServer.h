// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace valara::testing {

// A loopback service whose GET /api/v1/users knows only `limit`, `offset` and `q`, as a server
// written before `sort`, `team` and `role` would: it ignores them and answers in its own order,
// unfiltered, without echoing them (docs/api-contract.md, the user list). Every request gets
// that list's page, whatever its path; the request targets are kept.
class PlainUserListServer : public QObject
{
public:
    // `count` users p0001, p0002... named in the reverse order of their ids, in teams t1 to t4
    // (every fifth without a team), every third a broker, the others agents.
    explicit PlainUserListServer(int count);

    QUrl url() const;
    const QJsonArray &users() const { return m_users; }
    // The ids of the users `accept` keeps, in the server's order.
    QStringList idsWhere(const std::function<bool(const QJsonObject &)> &accept) const;

    QList<QByteArray> targets; // path and query of every request, in order

private:
    QByteArray answer(const QByteArray &target) const;

    QTcpServer m_server;
    QJsonArray m_users;
};

} // namespace valara::testing
