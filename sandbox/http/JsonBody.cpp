// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/JsonBody.h"

#include "sandbox/http/SandboxRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace valara::sandbox {

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
        // Qt 6.4 refuses a bare scalar ("x", 42, true, null) at the top level, which is valid
        // JSON: read it as the only element of an array to tell it from malformed text.
        QJsonParseError wrappedError;
        const QJsonDocument wrapped =
            QJsonDocument::fromJson('[' + request.body + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            result.status = wrapped.array().at(0).isNull() ? Status::Null : Status::NotObject;
            return result;
        }
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

} // namespace valara::sandbox
