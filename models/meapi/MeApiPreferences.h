// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/Endpoints.h"
#include "api/json/ResponseShape.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace valara {

// The Me API's preferences (docs/api-contract.md M1-M13) as both the desktop page and valara-cli
// speak them: the path, the PATCH body, the local check of a timezone, and what its refusals mean.
class MeApiPreferences
{
    Q_DECLARE_TR_FUNCTIONS(MeApiPreferences)

public:
    static QString path() { return Endpoints::me(); }
    // {"preferences":{"timezone": zone}}; a null `timezone` clears it.
    static QJsonObject patchBody(const QJsonValue &timezone);
    // Why `zone` cannot be sent (one sentence), or an empty string. Empty means "clear".
    static QString timeZoneProblem(const QString &zone);
    // A 403 FORBIDDEN: the credential is an API key, which is not user-scoped.
    static bool isApiKeyRefusal(const ApiError &error);
    static QString apiKeyExplanation();
    // The service does not offer GET /v1/me (404 or 405): read with an empty PATCH instead, a
    // no-op answering the current state (M8).
    static bool needsPatchFallback(const ApiError &error);
    // The error as the user should read it: an API key's 403 explained, a 401 as an ended session.
    static ApiError explained(const ApiError &error);
    // What every answer of /v1/me must be: the envelope with `success: true` and a `data` object
    // naming the user, whose `preferences`, when present, hold a timezone that is text or null.
    static ResponseShape answerShape();
};

} // namespace valara
