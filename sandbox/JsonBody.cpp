#include "JsonBody.h"

#include "SandboxRequest.h"

#include <QJsonDocument>

JsonBody JsonBody::parse(const SandboxRequest &request)
{
    JsonBody result;
    if (request.body.trimmed().isEmpty()) {
        result.status = Status::Empty;
        return result;
    }
    if (!request.hasJsonContentType()) {
        result.status = Status::WrongContentType;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.status = Status::Malformed;
        result.errorOffset = error.offset;
        result.errorMessage = error.errorString();
        return result;
    }
    if (!document.isObject()) {
        result.status = Status::NotObject;
        return result;
    }
    result.status = Status::Object;
    result.object = document.object();
    return result;
}
