// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace valara {

// Turns an error answer, or a transfer that got no answer, into an ApiError. Pure functions: no
// state, no I/O, and no input makes them crash. Understands FastAPI's `detail` shapes, the Me API
// envelope, RFC 9457 problem details, and falls back to a plain message for anything else.
class ApiErrorDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorDecoder)

public:
    // Bodies larger than this are not parsed; the error then carries a plain message.
    static constexpr qsizetype MaxParsedBodyBytes = 1024 * 1024;
    // Server texts are cut to this many characters.
    static constexpr qsizetype MaxMessageLength = 500;
    // At most this many field errors are kept.
    static constexpr int MaxFieldErrors = 200;

    static ApiError::Kind kindForStatus(int httpStatus);
    // Decodes an HTTP error answer. `requestIdHeader` is the answer's X-Request-Id; an id in the
    // body takes precedence. A 2xx status decoded here gives a Protocol error.
    static ApiError decode(int httpStatus, const QByteArray &body,
                           const QByteArray &requestIdHeader = {});
    // A transfer that produced no HTTP answer. `timedOut` when the client's own timeout ended it.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail,
                                     bool timedOut);
    // A plain message for a status, used when the body says nothing usable.
    static QString messageForStatus(int httpStatus);
    // Makes a server-provided text fit to show: plain, one line, bounded. Empty when the text is
    // unusable (markup such as an HTML error page).
    static QString cleanText(const QString &text);
    // A request id as sent by the server, or empty when it is not a plausible id.
    static QString cleanRequestId(const QString &id);
};

} // namespace valara
