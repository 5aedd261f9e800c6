// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MisbehavingConnection.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace valara::testing {

namespace {

// How much may wait in the socket's write buffer before more is generated.
constexpr qint64 WriteAhead = 1 << 20;
// A request head longer than this ends the connection.
constexpr int MaxRequestHead = 1 << 20;

} // namespace

MisbehavingConnection::MisbehavingConnection(QTcpSocket *socket, MisbehavingServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &MisbehavingConnection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &MisbehavingConnection::pump);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(&m_trickle, &QTimer::timeout, this, &MisbehavingConnection::trickle);
    m_hardStop.setSingleShot(true);
    connect(&m_hardStop, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_hardStop.start(server->hardStopMs());
    onReadyRead();
}

MisbehavingConnection::~MisbehavingConnection()
{
    if (m_socket)
        m_socket->abort();
}

void MisbehavingConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    MisbehavingServer::Request request;
    while (m_reading && m_server && takeRequest(&request)) {
        const MisbehavingServer::Play play = m_server->playFor(request);
        const QByteArray origin = m_server->baseUrl().toString().toLatin1();
        send(FaultAnswer::forPlay(play, request, origin));
    }
    if (m_reading && m_buffer.size() > MaxRequestHead && !m_buffer.contains("\r\n\r\n"))
        m_socket->abort();
}

bool MisbehavingConnection::takeRequest(MisbehavingServer::Request *request)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    MisbehavingServer::Request parsed;
    parsed.method = requestLine.value(0);
    parsed.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = parsed.header("Content-Length").toLongLong();
    if (m_buffer.size() < headEnd + 4 + length)
        return false;
    parsed.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    *request = parsed;
    return true;
}

void MisbehavingConnection::send(const FaultAnswer &answer)
{
    m_answer = answer;
    m_unitsSent = 0;
    m_tailSent = false;
    m_reading = false;
    if (answer.end == FaultAnswer::End::Reset) {
        resetConnection();
        return;
    }
    m_socket->write(answer.head);
    if (answer.trickleMs > 0)
        m_trickle.start(answer.trickleMs);
    else
        pump();
}

void MisbehavingConnection::pump()
{
    if (!m_socket || m_reading || m_tailSent || m_answer.trickleMs > 0)
        return;
    while (m_unitsSent < m_answer.units && m_socket->bytesToWrite() < WriteAhead) {
        m_socket->write(m_answer.unit);
        ++m_unitsSent;
    }
    if (m_unitsSent < m_answer.units)
        return; // more when the buffer drains
    m_socket->write(m_answer.tail);
    m_tailSent = true;
    end();
}

void MisbehavingConnection::trickle()
{
    if (m_unitsSent >= m_answer.units) {
        m_trickle.stop();
        m_socket->write(m_answer.tail);
        m_tailSent = true;
        end();
        return;
    }
    m_socket->write(m_answer.unit.left(1));
    ++m_unitsSent;
}

void MisbehavingConnection::end()
{
    switch (m_answer.end) {
    case FaultAnswer::End::KeepAlive:
        m_reading = true;
        // The next request may already be waiting.
        QMetaObject::invokeMethod(this, &MisbehavingConnection::onReadyRead, Qt::QueuedConnection);
        break;
    case FaultAnswer::End::Close:
        m_socket->disconnectFromHost(); // after the buffer is written
        break;
    case FaultAnswer::End::Reset:
        resetConnection();
        break;
    case FaultAnswer::End::Stay:
        break;
    }
}

void MisbehavingConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // Linger on, with a zero timeout: close() sends an RST instead of a FIN.
    const linger immediate{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate,
                 sizeof immediate);
#endif
    m_socket->abort();
    deleteLater();
}

} // namespace valara::testing
