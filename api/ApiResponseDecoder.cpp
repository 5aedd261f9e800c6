#include "ApiResponseDecoder.h"

#include "ApiErrorDecoder.h"
#include "JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
bool isEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("success")).isBool() &&
           (object.contains(QLatin1String("data")) || object.contains(QLatin1String("error")));
}
} // namespace

ApiResult ApiResponseDecoder::decode(int httpStatus, const QByteArray &body,
                                     const QByteArray &requestIdHeader)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    result.requestId = ApiErrorDecoder::cleanRequestId(QString::fromLatin1(requestIdHeader));

    auto fail = [&](ApiError error) {
        if (result.requestId.isEmpty())
            result.requestId = error.requestId;
        result.error = std::move(error);
        return result;
    };

    if (ApiErrorDecoder::kindForStatus(httpStatus) != ApiError::Kind::None)
        return fail(ApiErrorDecoder::decode(httpStatus, body, requestIdHeader));
    if (body.trimmed().isEmpty())
        return result; // 204 and friends: ok, null value

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.httpStatus = httpStatus;
        error.message = tr("The server's answer could not be understood (not JSON).");
        error.requestId = result.requestId;
        return fail(error);
    }
    if (document.isArray()) {
        result.value = JsonCase::normaliseKeys(document.array());
        return result;
    }
    const QJsonObject object = document.object();
    if (!isEnvelope(object)) {
        result.value = JsonCase::normaliseKeys(object);
        return result;
    }
    if (!object.value(QLatin1String("success")).toBool())
        return fail(ApiErrorDecoder::decode(httpStatus, body, requestIdHeader));
    result.value = JsonCase::normaliseKeys(object.value(QLatin1String("data")));
    result.meta = JsonCase::normaliseKeys(object.value(QLatin1String("meta")));
    return result;
}
