// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/ApiJobErrors.h"

#include "api/json/ApiErrorDecoder.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace valara {

ApiError ApiJobErrors::jobTimedOut(int ms)
{
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    // Units as symbols: the sentence reads the same for any number, in every language.
    error.message = tr("The server did not answer within %1 s.").arg(int(std::ceil(ms / 1000.0)));
    return error;
}

ApiError ApiJobErrors::tooLarge(qint64 maxBytes)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.clientStop = ApiError::ClientStop::AnswerTooLarge;
    error.message = tr("The server's answer was too large (over %1), so it was not read.")
                        .arg(QLocale().formattedDataSize(maxBytes, 0));
    return error;
}

ApiError ApiJobErrors::refusedRedirect(const QString &target, const QString &origin)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.clientStop = ApiError::ClientStop::Redirect;
    error.message = tr("The server redirected the request to %1. It was not followed, so that "
                       "your credentials are sent to %2 only.")
                        .arg(target, origin);
    return error;
}

ApiError ApiJobErrors::unreadableEncoding()
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.message = tr("The server's answer could not be understood (its compression could not "
                       "be read).");
    return error;
}

ApiError ApiJobErrors::redirectedChange(int httpStatus)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.httpStatus = httpStatus;
    error.clientStop = ApiError::ClientStop::Redirect;
    error.message = tr("The server redirected the change (HTTP %1). A change is not sent on to "
                       "another address, so it was not sent again; check the server address.")
                        .arg(httpStatus);
    return error;
}

ApiError ApiJobErrors::unexpectedStatus(int httpStatus)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.httpStatus = httpStatus;
    error.message =
        httpStatus >= 300 && httpStatus < 400
            ? tr("The server redirected the request (HTTP %1) without saying where "
                 "to, or in a loop, so it was given up.")
                  .arg(httpStatus)
            : tr("The server's answer could not be understood (HTTP %1).").arg(httpStatus);
    return error;
}

ApiError ApiJobErrors::invalidIdempotencyKey()
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.clientStop = ApiError::ClientStop::InvalidIdempotencyKey;
    error.message = tr("The change was not sent: its idempotency key must be 1 to 255 visible "
                       "ASCII characters, without spaces.");
    return error;
}

ApiError ApiJobErrors::withRetryHint(ApiError error, qint64 ms)
{
    QString when;
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120) {
        when = tr("Try again in %1 s.").arg(seconds);
    } else if (seconds < 2 * 3600) {
        when = tr("Try again in %1 min.").arg((seconds + 59) / 60);
    } else {
        const QDateTime at = QDateTime::currentDateTime().addSecs(seconds);
        when = tr("Try again after %1.").arg(QLocale().toString(at, QLocale::ShortFormat));
    }
    // The plain message for the status says "try again" vaguely: the server said when.
    QString message =
        error.message == ApiErrorDecoder::messageForStatus(error.httpStatus)
            ? tr("The server asked to wait before trying again (HTTP %1).").arg(error.httpStatus)
            : error.message.trimmed();
    if (!message.isEmpty() && !message.endsWith(QLatin1Char('.')))
        message.append(QLatin1Char('.'));
    error.message = message.isEmpty() ? when : message + QLatin1Char(' ') + when;
    return error;
}

} // namespace valara
