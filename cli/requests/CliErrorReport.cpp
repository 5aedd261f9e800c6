// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requests/CliErrorReport.h"

#include "api/json/ApiErrorDecoder.h"
#include "models/meapi/MeApiPreferences.h"

#include <QStringList>

namespace valara {

namespace {

using Kind = ApiError::Kind;

QString fieldMessages(const ApiError &error)
{
    QStringList fields = error.fieldErrors.keys();
    fields.sort();
    QStringList parts;
    for (const QString &field : fields)
        parts.append(field + QStringLiteral(": ") + error.fieldErrors.value(field));
    return parts.join(QStringLiteral("; "));
}

QString hint(const ApiError &error, const CliRequestPlan &plan, const CliConnection &connection)
{
    const bool me = plan.api == CliRequestPlan::Api::Me;
    if (me && (MeApiPreferences::isApiKeyRefusal(error) ||
               (error.kind == Kind::Forbidden && connection.apiKeyForMeApi)))
        return CliErrorReport::meApiKeyExplanation();
    if (error.kind == Kind::Unauthorized)
        return me ? CliErrorReport::tr("Sign in again (valara-cli me login), or check "
                                       "VALARA_SESSION_TOKEN: the session may have ended")
                  : CliErrorReport::tr("Check VALARA_API_KEY");
    return {};
}

} // namespace

CliExitCode CliErrorReport::exitCode(const ApiError &error)
{
    switch (error.kind) {
    case Kind::None:
        return CliExitCode::Ok;
    case Kind::Unauthorized:
    case Kind::Forbidden:
        return CliExitCode::NotAllowed;
    case Kind::NotFound:
        return CliExitCode::NotFound;
    case Kind::Validation:
    case Kind::Conflict:
        return CliExitCode::Rejected;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Protocol:
        break;
    }
    return CliExitCode::Unavailable;
}

QString CliErrorReport::meApiKeyExplanation()
{
    QString text = MeApiPreferences::apiKeyExplanation(); // the desktop app's words
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    //: %1: why the Me API refuses an API key, in the desktop app's words.
    return tr("%1 (set VALARA_SESSION_TOKEN)").arg(text);
}

QString CliErrorReport::message(const ApiError &error)
{
    QString text = error.message.isEmpty() ? tr("The request failed") : error.message;
    // A message that only repeats one of the field messages gives way to the general one.
    for (const QString &fieldMessage : error.fieldErrors) {
        if (!fieldMessage.isEmpty() && text.contains(fieldMessage)) {
            text = ApiErrorDecoder::messageForStatus(error.httpStatus);
            break;
        }
    }
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (const QString fields = fieldMessages(error); !fields.isEmpty())
        text += QStringLiteral(" [") + fields + QLatin1Char(']');
    return text;
}

QString CliErrorReport::line(const ApiResult &result, const CliRequestPlan &plan,
                             const CliConnection &connection)
{
    const ApiError &error = result.error;
    QString text = message(error);
    QStringList facts;
    const int status = error.httpStatus ? error.httpStatus : result.httpStatus;
    const QString httpStatus = QStringLiteral("HTTP %1").arg(status);
    if (status) {
        if (!text.contains(httpStatus)) // the message may name it already
            facts.append(httpStatus);
    } else {
        //: %1: the server's address.
        facts.append(
            tr("no answer from %1")
                .arg(connection.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                        QUrl::RemoveQuery | QUrl::RemoveFragment)));
    }
    if (!error.serverCode.isEmpty())
        facts.append(error.serverCode);
    const QString requestId = error.requestId.isEmpty() ? result.requestId : error.requestId;
    if (!requestId.isEmpty())
        //: %1: the request id the server gave, for its support.
        facts.append(tr("request %1").arg(requestId));
    if (!facts.isEmpty())
        //: %1: what went wrong; %2: the facts about it, such as "HTTP 403, request 7f3a".
        text = tr("%1 (%2)").arg(text, facts.join(QStringLiteral(", ")));

    if (const QString extra = hint(error, plan, connection); !extra.isEmpty())
        //: %1: what went wrong; %2: what to do about it.
        text = tr("%1. %2").arg(text, extra);
    return text;
}

} // namespace valara
