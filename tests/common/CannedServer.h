// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace valara::testing {

// A loopback server that answers every request with a fixed response and remembers what it got.
// Counts connections, so a test sees how often a client tried.
class CannedServer : public QObject
{
public:
    // With `atOnce`, the response goes out on the first bytes received (for a client that does
    // not speak HTTP first, such as a TLS handshake).
    explicit CannedServer(QByteArray response, bool atOnce = false)
        : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this, atOnce] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, atOnce] {
                    received += socket->readAll();
                    if (atOnce || received.contains("\r\n\r\n")) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url(const QString &path = QStringLiteral("/"),
             const QString &scheme = QStringLiteral("http")) const
    {
        return QUrl(
            QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_server.serverPort()).arg(path));
    }

    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

} // namespace valara::testing
