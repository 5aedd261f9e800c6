// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainUserListServer.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace valara::testing {

PlainUserListServer::PlainUserListServer(int count)
{
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Person %1").arg(count - i, 4, 10, QLatin1Char('0'));
        const QJsonValue team =
            i % 5 == 0 ? QJsonValue() : QJsonValue(QStringLiteral("t%1").arg(i % 4 + 1));
        m_users.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("email"),
                         QStringLiteral("%1@plain.test").arg(name.toLower().remove(' '))},
                        {QStringLiteral("role"),
                         i % 3 == 0 ? QStringLiteral("broker") : QStringLiteral("agent")},
                        {QStringLiteral("team_id"), team}});
    }
    m_server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto *received = new QByteArray;
            QObject::connect(socket, &QObject::destroyed, [received] { delete received; });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
                *received += socket->readAll();
                if (!received->contains("\r\n\r\n"))
                    return;
                const QByteArray target = received->split(' ').value(1);
                targets.append(target);
                socket->write(answer(target));
                socket->disconnectFromHost();
            });
        }
    });
}

QUrl PlainUserListServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QStringList
PlainUserListServer::idsWhere(const std::function<bool(const QJsonObject &)> &accept) const
{
    QStringList ids;
    for (const QJsonValue &user : m_users) {
        if (accept(user.toObject()))
            ids.append(user.toObject().value(QLatin1String("id")).toString());
    }
    return ids;
}

QByteArray PlainUserListServer::answer(const QByteArray &target) const
{
    const QUrlQuery query(QUrl(QString::fromUtf8(target)).query());
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    const QString q = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    QJsonArray matches;
    for (const QJsonValue &user : m_users) {
        const QJsonObject object = user.toObject();
        if (q.isEmpty() ||
            object.value(QLatin1String("name")).toString().contains(q, Qt::CaseInsensitive))
            matches.append(user);
    }
    QJsonArray items;
    for (int i = offset; i < std::min(int(matches.size()), offset + (limit > 0 ? limit : 50)); ++i)
        items.append(matches.at(i));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("items"), items},
                                                      {QStringLiteral("total"), matches.size()},
                                                      {QStringLiteral("limit"), limit},
                                                      {QStringLiteral("offset"), offset}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace valara::testing
