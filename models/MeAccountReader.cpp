#include "MeAccountReader.h"

#include "ApiClient.h"
#include "MePreferences.h"
#include "ModelsLogging.h"

#include <QJsonObject>

MeAccountReader::MeAccountReader(ApiClient *client, QObject *parent)
    : ServiceRead(client, parent)
{}

void MeAccountReader::begin()
{
    send([this] { return client()->get(MePreferences::path(), {}, MePreferences::answerShape()); },
         [this](const ApiResult &result) { onGetAnswer(result); });
}

void MeAccountReader::onGetAnswer(const ApiResult &result)
{
    if (result.ok() || !MePreferences::needsPatchFallback(result.error)) {
        finish(result);
        return;
    }
    qCInfo(lcModels) << "GET /v1/me not offered: reading with an empty PATCH";
    send(
        [this] {
            return client()->patch(MePreferences::path(), QJsonObject(),
                                   MePreferences::answerShape());
        },
        [this](const ApiResult &answer) { finish(answer); }, result);
}
