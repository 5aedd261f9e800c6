// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/SandboxRequest.h"

#include <QHttpServerRequest>

namespace valara::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    SandboxRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path(QUrl::FullyDecoded);
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    return copy;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray SandboxRequest::bearerCredential() const
{
    const QByteArray value = header(QByteArrayLiteral("Authorization")).trimmed();
    const int space = value.indexOf(' ');
    if (space <= 0)
        return {};
    if (value.left(space).compare(QByteArrayLiteral("Bearer"), Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

bool SandboxRequest::isWrite() const
{
    return method == "PATCH" || method == "PUT" || method == "POST" || method == "DELETE";
}

bool SandboxRequest::hasJsonContentType() const
{
    const QByteArray contentType = header(QByteArrayLiteral("Content-Type"));
    if (contentType.isEmpty())
        return true;
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/json" ||
           (mime.startsWith("application/") && mime.endsWith("+json"));
}

} // namespace valara::sandbox
