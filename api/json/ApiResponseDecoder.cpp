// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiResponseDecoder.h"

#include "api/json/ApiErrorDecoder.h"
#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace valara {

namespace {

bool isEnvelope(const QJsonObject &object)
{
    return object.value(QLatin1String("success")).isBool() &&
           (object.contains(QLatin1String("data")) || object.contains(QLatin1String("error")));
}

// The keys under which services put a list of users.
constexpr std::array<QLatin1StringView, 4> kListKeys = {
    QLatin1StringView("items"), QLatin1StringView("users"), QLatin1StringView("data"),
    QLatin1StringView("results")};

// What a user list's answer echoes beside its items (docs/api-contract.md, the user list): the
// page and the order and filters the service applied, which a client must check.
constexpr std::array<QLatin1StringView, 5> kListEchoKeys = {
    QLatin1StringView("limit"), QLatin1StringView("offset"), QLatin1StringView("sort"),
    QLatin1StringView("team"), QLatin1StringView("role")};

// A list as {"items": [...], "total": n} with the echo, when the answer has one, or an empty
// object when `value` holds none.
QJsonObject asList(const QJsonValue &value)
{
    QJsonArray items;
    qint64 total = -1;
    QJsonObject list;
    if (value.isArray()) {
        items = value.toArray();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        bool found = false;
        for (const QLatin1StringView key : kListKeys) {
            if (object.value(key).isArray()) {
                items = object.value(key).toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return {};
        // A count, when the service gives one: anything but a whole number >= 0 is ignored.
        total = object.value(QLatin1String("total")).toInteger(-1);
        for (const QLatin1StringView key : kListEchoKeys) {
            if (object.contains(key))
                list.insert(key, object.value(key));
        }
    } else {
        return {};
    }
    if (total < items.size())
        total = items.size();
    list.insert(QLatin1String("items"), items);
    list.insert(QLatin1String("total"), total);
    return list;
}

} // namespace

QString ApiResponseDecoder::notUnderstood(const QString &why)
{
    return tr("The server's answer could not be understood (%1).").arg(why);
}

ApiResult ApiResponseDecoder::decode(int httpStatus, const QByteArray &body,
                                     const QByteArray &requestIdHeader, const ResponseShape &shape)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    result.requestId = ApiErrorDecoder::cleanRequestId(QString::fromLatin1(requestIdHeader));

    auto fail = [&](ApiError error) {
        if (result.requestId.isEmpty())
            result.requestId = error.requestId;
        result.error = std::move(error);
        result.value = QJsonValue();
        result.meta = QJsonValue();
        return result;
    };
    auto protocolError = [&](const QString &why) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.httpStatus = httpStatus;
        error.message = notUnderstood(why);
        error.requestId = result.requestId;
        return fail(error);
    };

    if (ApiErrorDecoder::kindForStatus(httpStatus) != ApiError::Kind::None)
        return fail(ApiErrorDecoder::decode(httpStatus, body, requestIdHeader));
    if (body.trimmed().isEmpty())
        return protocolError(tr("it was empty"));
    if (shape.kind() == ResponseShape::Kind::Bytes) {
        result.body = body;
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return protocolError(tr("not JSON"));
    QJsonValue payload =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

    const QJsonObject object = document.object();
    if (document.isObject() && isEnvelope(object)) {
        if (!object.value(QLatin1String("success")).toBool())
            return fail(ApiErrorDecoder::decode(httpStatus, body, requestIdHeader));
        payload = object.value(QLatin1String("data"));
        result.meta = JsonCase::normaliseKeys(object.value(QLatin1String("meta")));
    } else if (shape.kind() == ResponseShape::Kind::MeEnvelope) {
        return protocolError(tr("expected the Me API's envelope"));
    }
    payload = JsonCase::normaliseKeys(payload);

    if (shape.kind() == ResponseShape::Kind::List) {
        const QJsonObject list = asList(payload);
        if (list.isEmpty())
            return protocolError(tr("expected a list"));
        for (const QJsonValue &item : list.value(QLatin1String("items")).toArray()) {
            if (const QString problem = shape.problem(item); !problem.isEmpty())
                return protocolError(problem);
        }
        result.value = list;
        return result;
    }
    if (const QString problem = shape.problem(payload); !problem.isEmpty())
        return protocolError(problem);
    result.value = payload;
    return result;
}

} // namespace valara
