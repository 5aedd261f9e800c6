// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace valara {

// Why a request failed, in terms the app can act on. `Kind::None` means no error.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,      // no HTTP answer: DNS, refused connection, TLS, cancelled
        Timeout,      // no answer within the client's timeout (or HTTP 408/504)
        Unauthorized, // 401: the API key or session was not accepted
        Forbidden,    // 403
        NotFound,     // 404, 410
        Validation,   // 400, 413, 422: the request's values were refused
        Conflict,     // 409, 412
        RateLimited,  // 429
        Server,       // 5xx
        Protocol,     // anything the client cannot make sense of, or refused to send
    };

    // What the client itself ended, when it did (the message says it in words).
    enum class ClientStop
    {
        None,
        AnswerTooLarge,        // over the answer cap
        Redirect,              // a redirect not followed: elsewhere, a loop, or a change's
        InvalidIdempotencyKey, // a write's given key breaks C2: nothing was sent
        Cancelled,             // its caller aborted the job (ApiJob::abort())
    };

    Kind kind = Kind::None;
    ClientStop clientStop = ClientStop::None;
    int httpStatus = 0;                  // 0 when no HTTP answer arrived
    QString serverCode;                  // e.g. "INVALID_TIMEZONE", "json_invalid"
    QString message;                     // human readable, plain text, never raw HTML
    QHash<QString, QString> fieldErrors; // snake_case field name -> message
    QString requestId;                   // the server's request id, when known

    bool isError() const { return kind != Kind::None; }

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::None:
            return QStringLiteral("None");
        case Kind::Network:
            return QStringLiteral("Network");
        case Kind::Timeout:
            return QStringLiteral("Timeout");
        case Kind::Unauthorized:
            return QStringLiteral("Unauthorized");
        case Kind::Forbidden:
            return QStringLiteral("Forbidden");
        case Kind::NotFound:
            return QStringLiteral("NotFound");
        case Kind::Validation:
            return QStringLiteral("Validation");
        case Kind::Conflict:
            return QStringLiteral("Conflict");
        case Kind::RateLimited:
            return QStringLiteral("RateLimited");
        case Kind::Server:
            return QStringLiteral("Server");
        case Kind::Protocol:
            return QStringLiteral("Protocol");
        }
        return QStringLiteral("Unknown");
    }
};

} // namespace valara
