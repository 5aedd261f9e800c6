// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiErrorDecoder.h"

#include "api/json/ApiErrorBodyParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace valara {

namespace {
constexpr qsizetype kMaxRequestIdLength = 128;
using Kind = ApiError::Kind;
} // namespace

ApiError::Kind ApiErrorDecoder::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 0:
        return Kind::Network;
    case 400:
    case 413:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 408:
    case 504:
        return Kind::Timeout;
    case 409:
    case 412:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::Server;
    return Kind::Protocol;
}

ApiError ApiErrorDecoder::decode(int httpStatus, const QByteArray &body,
                                 const QByteArray &requestIdHeader)
{
    ApiError error;
    error.kind = kindForStatus(httpStatus);
    if (error.kind == Kind::None || error.kind == Kind::Network)
        error.kind = Kind::Protocol;
    error.httpStatus = httpStatus;

    if (!body.isEmpty() && body.size() <= MaxParsedBodyBytes) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            ApiErrorBodyParser::parse(document.object(), &error);
    }
    if (error.message.isEmpty())
        error.message = messageForStatus(httpStatus);
    if (error.requestId.isEmpty())
        error.requestId = cleanRequestId(QString::fromLatin1(requestIdHeader));
    return error;
}

ApiError ApiErrorDecoder::fromNetworkError(QNetworkReply::NetworkError code, const QString &detail,
                                           bool timedOut)
{
    ApiError error;
    error.kind = Kind::Network;
    const QString cleaned = cleanText(detail);
    switch (code) {
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = tr("The server did not answer in time.");
        break;
    case QNetworkReply::OperationCanceledError:
        if (timedOut) {
            error.kind = Kind::Timeout;
            error.message = tr("The server did not answer in time.");
        } else {
            error.message = tr("The request was cancelled.");
        }
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("Could not connect to the server: the connection was refused.");
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = tr("The server's address could not be found.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message = tr("The server closed the connection unexpectedly.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.message = tr("A secure connection to the server could not be established.");
        break;
    case QNetworkReply::InsecureRedirectError:
        error.kind = Kind::Protocol;
        error.message = tr("The server redirected the request to an unsafe location.");
        break;
    case QNetworkReply::TooManyRedirectsError:
        error.kind = Kind::Protocol;
        error.message = tr("The server redirected the request in a loop, so it was given up.");
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        error.kind = Kind::Protocol;
        error.message = tr("The server's answer could not be understood (it broke the HTTP "
                           "protocol).");
        break;
    default:
        error.message = cleaned.isEmpty() ? tr("A network error occurred.")
                                          : tr("A network error occurred: %1").arg(cleaned);
        break;
    }
    return error;
}

QString ApiErrorDecoder::messageForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The server could not accept the request.");
    case 401:
        return tr("Sign-in failed: the API key or session was not accepted.");
    case 403:
        return tr("You are not allowed to do this.");
    case 404:
    case 410:
        return tr("Not found.");
    case 408:
    case 504:
        return tr("The server took too long to answer.");
    case 409:
    case 412:
        return tr("The change conflicts with another change. Reload and try again.");
    case 413:
        return tr("The request is too large.");
    case 422:
        return tr("Some values were not accepted.");
    case 429:
        return tr("Too many requests. Try again shortly.");
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return tr("The server had a problem (HTTP %1). Try again later.").arg(httpStatus);
    return tr("Unexpected answer from the server (HTTP %1).").arg(httpStatus);
}

QString ApiErrorDecoder::cleanText(const QString &input)
{
    // Only the start of a huge text is looked at. Control characters become spaces and invisible
    // ones go first, so that they cannot hide markup from the check below ("<b\u0001>").
    const QString text = input.left(MaxMessageLength * 8);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate()) {
            // A lone surrogate is invalid UTF-16, which the markup check below cannot search.
            out.append(QChar::ReplacementCharacter);
        } else if (c.isSpace() || c.category() == QChar::Other_Control) {
            out.append(QLatin1Char(' '));
        } else if (c.category() != QChar::Other_Format) {
            out.append(c);
        }
    }
    out = out.simplified();
    // A tag up to its '>' (`<b>`, `</p>`, `<br/>`, `<a href=...>`, `<b a<1>`), a comment or
    // doctype, or the start of a well-known HTML element even when cut off: never shown, since a
    // label could render it. "limit < 200 and > 0" is not markup.
    static const QRegularExpression markup(
        QStringLiteral("<\\s*/?\\s*[a-z][a-z0-9-]*(\\s[^>]*)?/?\\s*>|<!|"
                       "<\\s*/?\\s*(html|head|body|script|style|div|title|table|meta)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (out.contains(markup))
        return {};
    if (out.size() > MaxMessageLength) {
        out.truncate(MaxMessageLength - 1);
        out.append(QChar(0x2026));
    }
    return out;
}

QString ApiErrorDecoder::cleanRequestId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxRequestIdLength)
        return {};
    for (const QChar c : trimmed) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return {};
    }
    return trimmed;
}

} // namespace valara
