// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

class QNetworkReply;

namespace valara::testing {

// Requests that run concurrently (several in flight at once), and raw HTTP for what
// QNetworkAccessManager cannot send (no Content-Type on a body, odd header values).
// Every wait runs an event loop, so an in-process sandbox keeps serving meanwhile.
class AsyncHttp
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit AsyncHttp(const QUrl &baseUrl);

    // Starts a request without waiting. `bearer` becomes "Authorization: Bearer <bearer>" unless
    // empty. The body is sent as given; set Content-Type through `headers`.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &bearer,
                         const QByteArray &body = {}, const Headers &headers = {});
    // Starts a request and waits for its answer (up to timeoutMs).
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &bearer,
                      const QByteArray &body = {}, const Headers &headers = {},
                      int timeoutMs = 20000);

    // Waits until every reply has finished; false if timeoutMs passed first.
    static bool waitAll(const QList<QNetworkReply *> &replies, int timeoutMs = 20000);
    // The answer of a finished reply (networkError set otherwise). Schedules the reply's deletion.
    static HttpReply collect(QNetworkReply *reply);

    // An HTTP/1.1 request as bytes: request line, Host, the given headers verbatim, Content-Length
    // (when there is a body or the method is PATCH/PUT), then the body.
    static QByteArray rawRequest(const QByteArray &method, const QString &path,
                                 const Headers &headers = {}, const QByteArray &body = {});
    // Writes `bytes` verbatim on a fresh connection and reads one HTTP/1.1 response.
    HttpReply raw(const QByteArray &bytes, int timeoutMs = 20000) const;

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace valara::testing
