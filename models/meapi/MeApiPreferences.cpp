// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/MeApiPreferences.h"

#include "models/values/IanaTimeZone.h"

namespace valara {

QJsonObject MeApiPreferences::patchBody(const QJsonValue &timezone)
{
    return QJsonObject{
        {QStringLiteral("preferences"), QJsonObject{{QStringLiteral("timezone"), timezone}}}};
}

QString MeApiPreferences::timeZoneProblem(const QString &zone)
{
    if (zone.isEmpty() || IanaTimeZone::isKnown(zone))
        return {};
    return tr("\"%1\" is not a timezone of the IANA database (for example America/Los_Angeles).")
        .arg(zone);
}

bool MeApiPreferences::isApiKeyRefusal(const ApiError &error)
{
    return error.kind == ApiError::Kind::Forbidden &&
           error.serverCode == QLatin1String("FORBIDDEN");
}

QString MeApiPreferences::apiKeyExplanation()
{
    return tr("API keys are not user-scoped: sign in with a session token.");
}

bool MeApiPreferences::needsPatchFallback(const ApiError &error)
{
    return error.httpStatus == 404 || error.httpStatus == 405;
}

ApiError MeApiPreferences::explained(const ApiError &error)
{
    ApiError result = error;
    if (isApiKeyRefusal(error))
        result.message = apiKeyExplanation();
    else if (error.kind == ApiError::Kind::Unauthorized)
        result.message = tr("Your session has ended or was not accepted: sign in again.");
    return result;
}

ResponseShape MeApiPreferences::answerShape()
{
    return ResponseShape::meEnvelope([](const QJsonValue &data) {
        const QJsonObject me = data.toObject();
        const QJsonValue userId = me.value(QLatin1String("user_id"));
        if (!userId.isString() || userId.toString().isEmpty())
            return tr("no user in it");
        const QJsonValue preferences = me.value(QLatin1String("preferences"));
        if (preferences.isUndefined() || preferences.isNull())
            return QString();
        if (!preferences.isObject())
            return tr("the preferences are not an object");
        const QJsonValue zone = preferences.toObject().value(QLatin1String("timezone"));
        if (!zone.isUndefined() && !zone.isNull() && !zone.isString())
            return tr("the timezone is not text");
        return QString();
    });
}

} // namespace valara
