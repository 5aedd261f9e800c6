// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MisbehavingServer.h"

#include "MisbehavingConnection.h"

#include <QHostAddress>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

namespace valara::testing {

MisbehavingServer::Play MisbehavingServer::answerWith(int status, const Headers &headers,
                                                      const QByteArray &body)
{
    Play play(Fault::AnswerWith);
    play.status = status;
    play.headers = headers;
    play.body = body;
    return play;
}

MisbehavingServer::Play MisbehavingServer::json(int status, const QByteArray &body)
{
    return answerWith(status, {{"Content-Type", "application/json"}}, body);
}

QByteArray MisbehavingServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

MisbehavingServer::MisbehavingServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MisbehavingServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

MisbehavingServer::~MisbehavingServer()
{
    m_server->close();
}

bool MisbehavingServer::isListening() const
{
    return m_server->isListening();
}

QString MisbehavingServer::errorString() const
{
    return m_server->errorString();
}

quint16 MisbehavingServer::port() const
{
    return m_server->serverPort();
}

QUrl MisbehavingServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString MisbehavingServer::faultName(Fault fault)
{
    return QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault)));
}

QList<MisbehavingServer::Fault> MisbehavingServer::allFaults()
{
    const QList<Fault> large{Fault::OversizedBody, Fault::OversizedBodyNoLength,
                             Fault::CompressionBomb};
    QList<Fault> faults;
    const QMetaEnum meta = QMetaEnum::fromType<Fault>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const Fault fault = Fault(meta.value(i));
        if (fault != Fault::AnswerWith && !large.contains(fault))
            faults.append(fault);
    }
    return faults + large;
}

MisbehavingServer::Play MisbehavingServer::playFor(const Request &request)
{
    const int index = int(m_requests.size());
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size()));
    return index < m_script.size() ? m_script.at(index) : m_default;
}

void MisbehavingServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new MisbehavingConnection(socket, this);
}

} // namespace valara::testing
