// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/MeApiAccountReader.h"

#include "api/ApiClient.h"
#include "models/ModelsLogging.h"
#include "models/meapi/MeApiPreferences.h"

#include <QJsonObject>

namespace valara {

MeApiAccountReader::MeApiAccountReader(ApiClient *client, QObject *parent)
    : ServiceRead(client, parent)
{}

void MeApiAccountReader::begin()
{
    send(
        [this] {
            return client()->get(MeApiPreferences::path(), {}, MeApiPreferences::answerShape());
        },
        [this](const ApiResult &result) { onGetAnswer(result); });
}

void MeApiAccountReader::onGetAnswer(const ApiResult &result)
{
    if (result.ok() || !MeApiPreferences::needsPatchFallback(result.error)) {
        finish(result);
        return;
    }
    qCInfo(lcModels) << "GET /v1/me not offered: reading with an empty PATCH";
    send(
        [this] {
            return client()->patch(MeApiPreferences::path(), QJsonObject(),
                                   MeApiPreferences::answerShape());
        },
        [this](const ApiResult &answer) { finish(answer); }, result);
}

} // namespace valara
