// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncHttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

namespace valara::testing {

AsyncHttp::AsyncHttp(const QUrl &baseUrl)
    : m_base(baseUrl)
{}

QNetworkReply *AsyncHttp::start(const QByteArray &method, const QString &path,
                                const QByteArray &bearer, const QByteArray &body,
                                const Headers &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

HttpReply AsyncHttp::request(const QByteArray &method, const QString &path,
                             const QByteArray &bearer, const QByteArray &body,
                             const Headers &headers, int timeoutMs)
{
    QNetworkReply *reply = start(method, path, bearer, body, headers);
    waitAll({reply}, timeoutMs);
    return collect(reply);
}

bool AsyncHttp::waitAll(const QList<QNetworkReply *> &replies, int timeoutMs)
{
    const auto allFinished = [&replies] {
        for (const QNetworkReply *reply : replies) {
            if (!reply->isFinished())
                return false;
        }
        return true;
    };
    if (allFinished())
        return true;
    QEventLoop loop;
    for (QNetworkReply *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, &allFinished] {
            if (allFinished())
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return allFinished();
}

HttpReply AsyncHttp::collect(QNetworkReply *reply)
{
    HttpReply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("no answer in time");
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

namespace {

// Parses one HTTP/1.1 response from `data`; false while it is incomplete.
bool parseResponse(const QByteArray &data, bool closed, HttpReply *reply)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply->status = statusLine.value(1).toInt();
    reply->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply->headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const QByteArray rest = data.mid(headerEnd + 4);
    if (reply->header("Transfer-Encoding").toLower().contains("chunked")) {
        QByteArray body;
        qsizetype pos = 0;
        while (true) {
            const qsizetype lineEnd = rest.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                rest.mid(pos, lineEnd - pos).split(';').value(0).toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                reply->body = body;
                return true;
            }
            if (rest.size() < lineEnd + 2 + size + 2)
                return false;
            body += rest.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    const QByteArray length = reply->header("Content-Length");
    if (length.isEmpty()) {
        reply->body = rest;
        return closed;
    }
    if (rest.size() < length.toLongLong())
        return false;
    reply->body = rest.left(length.toLongLong());
    return true;
}

} // namespace

QByteArray AsyncHttp::rawRequest(const QByteArray &method, const QString &path,
                                 const Headers &headers, const QByteArray &body)
{
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "PATCH" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

HttpReply AsyncHttp::raw(const QByteArray &bytes, int timeoutMs) const
{
    HttpReply result;
    QTcpSocket socket;
    QByteArray received;
    bool done = false;
    QEventLoop loop;
    const auto check = [&](bool closed) {
        if (!done && parseResponse(received, closed, &result)) {
            done = true;
            loop.quit();
        }
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        check(false);
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        if (socket.isOpen())
            received += socket.readAll();
        check(true);
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.error() != QAbstractSocket::RemoteHostClosedError)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(m_base.host(), quint16(m_base.port()));
    loop.exec();
    if (!done) {
        result = HttpReply();
        result.networkError = socket.errorString().isEmpty() ? QStringLiteral("no complete answer")
                                                             : socket.errorString();
    }
    socket.abort();
    return result;
}

} // namespace valara::testing
