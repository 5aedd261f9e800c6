// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

class QHttpServerRequest;

namespace valara::sandbox {

// A request copied out of QHttpServer so that it can outlive the server's callback (latency).
class SandboxRequest
{
public:
    static SandboxRequest fromHttp(const QHttpServerRequest &request);

    QByteArray header(const QByteArray &name) const;
    // The credential of "Authorization: Bearer <credential>", or empty.
    QByteArray bearerCredential() const;
    bool isWrite() const;
    // True when the body is to be parsed as JSON (docs/api-contract.md C8).
    bool hasJsonContentType() const;

    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray requestId;
    QDateTime receivedAt;
};

} // namespace valara::sandbox
