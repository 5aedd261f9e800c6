// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultAnswer.h"
#include "MisbehavingServer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace valara::testing {

// One accepted connection of a MisbehavingServer: reads each request, asks the server for its
// Play and sends the FaultAnswer, paced by the socket's write buffer (or by the trickle timer).
// Deletes itself when the socket closes or the server's hard stop fires.
class MisbehavingConnection : public QObject
{
    Q_OBJECT

public:
    MisbehavingConnection(QTcpSocket *socket, MisbehavingServer *server);
    ~MisbehavingConnection() override;

private:
    void onReadyRead();
    // A complete request taken off the buffer, or false while it is still arriving.
    bool takeRequest(MisbehavingServer::Request *request);
    void send(const FaultAnswer &answer);
    void pump();
    void trickle();
    void end();
    void resetConnection();

    QPointer<QTcpSocket> m_socket;
    QPointer<MisbehavingServer> m_server;
    QByteArray m_buffer;
    bool m_reading = true; // false while an answer is under way, and for good after a fault
    FaultAnswer m_answer;
    qint64 m_unitsSent = 0;
    bool m_tailSent = false;
    QTimer m_trickle;
    QTimer m_hardStop;
};

} // namespace valara::testing
