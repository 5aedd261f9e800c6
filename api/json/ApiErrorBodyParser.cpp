// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiErrorBodyParser.h"

#include "api/json/ApiErrorDecoder.h"
#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QStringList>

namespace valara {

namespace {
constexpr int kMaxItems = 1000;
constexpr qsizetype kMaxFieldNameLength = 100;

using Kind = ApiError::Kind;

// Accumulates what a body says while the shapes are walked.
struct Decoding
{
    ApiError &error;
    QStringList general;    // messages not tied to a field, in order
    QStringList fieldOrder; // fields in the order met, for the summary
};

QString text(const QJsonValue &value)
{
    if (value.isString())
        return ApiErrorDecoder::cleanText(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && i < 20; ++i) {
            if (const QString part = text(array.at(i)); !part.isEmpty())
                parts.append(part);
        }
        return ApiErrorDecoder::cleanText(parts.join(QStringLiteral("; ")));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"message", "msg", "detail", "title"}) {
            if (object.value(QLatin1String(key)).isString())
                return ApiErrorDecoder::cleanText(object.value(QLatin1String(key)).toString());
        }
    }
    return {};
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString()) {
            if (QString cleaned = ApiErrorDecoder::cleanText(value.toString()); !cleaned.isEmpty())
                return cleaned;
        }
    }
    return {};
}

QString fieldName(const QString &raw)
{
    QString name = JsonCase::toSnakeCase(raw.trimmed());
    // A field name is one token: with spaces it is prose ("display name"), not a field.
    if (name.size() > kMaxFieldNameLength || ApiErrorDecoder::cleanText(name) != name ||
        name.contains(QLatin1Char(' ')))
        return {};
    return name;
}

bool isLocationRoot(const QString &segment)
{
    static const QStringList roots = {QStringLiteral("body"), QStringLiteral("query"),
                                      QStringLiteral("path"), QStringLiteral("header"),
                                      QStringLiteral("cookie")};
    return roots.contains(segment);
}

// FastAPI's loc: ["body", "displayName"], ["query", "limit"], ["body", 17] (no field).
QString fieldFromLoc(const QJsonArray &loc)
{
    for (qsizetype i = loc.size() - 1; i >= 0; --i) {
        if (!loc.at(i).isString())
            continue;
        const QString segment = loc.at(i).toString();
        if (i == 0 && isLocationRoot(segment))
            return {};
        return fieldName(segment);
    }
    return {};
}

// RFC 6901 pointers as used by problem details: "#/display_email", "/body/displayName".
QString fieldFromPointer(const QString &pointer)
{
    QString last = pointer.section(QLatin1Char('/'), -1);
    last.replace(QLatin1String("~1"), QLatin1String("/"))
        .replace(QLatin1String("~0"), QLatin1String("~"));
    if (last.startsWith(QLatin1Char('#')) || isLocationRoot(last))
        return {};
    return fieldName(last);
}

void addFieldError(Decoding &d, const QString &rawField, const QString &message)
{
    const QString field = fieldName(rawField);
    if (field.isEmpty()) {
        if (!message.isEmpty())
            d.general.append(message);
        return;
    }
    const QString shown =
        message.isEmpty() ? ApiErrorBodyParser::tr("This value was not accepted.") : message;
    auto it = d.error.fieldErrors.find(field);
    if (it != d.error.fieldErrors.end()) {
        if (!it->contains(shown)) {
            // Two clean parts can make markup together ("<b x" and "y>"): keep the first then.
            const QString joined = ApiErrorDecoder::cleanText(*it + QStringLiteral("; ") + shown);
            if (!joined.isEmpty())
                *it = joined;
        }
        return;
    }
    if (d.error.fieldErrors.size() >= ApiErrorDecoder::MaxFieldErrors)
        return;
    d.error.fieldErrors.insert(field, shown);
    d.fieldOrder.append(field);
}

// {"field": "message"} or {"field": ["message", ...]}, or a list of objects naming their field.
void decodeFieldCollection(Decoding &d, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int count = 0;
        for (auto it = object.constBegin(); it != object.constEnd() && count < kMaxItems;
             ++it, ++count)
            addFieldError(d, it.key(), text(it.value()));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size() && i < kMaxItems; ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString()) {
            if (const QString message = text(item); !message.isEmpty())
                d.general.append(message);
            continue;
        }
        const QJsonObject object = item.toObject();
        // The identity service's items have a short "message" and a whole "long_message".
        const QString message =
            firstString(object, {"long_message", "detail", "message", "msg", "title"});
        QString field;
        if (object.value(QLatin1String("loc")).isArray())
            field = fieldFromLoc(object.value(QLatin1String("loc")).toArray());
        else if (object.value(QLatin1String("pointer")).isString())
            field = fieldFromPointer(object.value(QLatin1String("pointer")).toString());
        else if (object.value(QLatin1String("meta")).isObject()) // the identity service
            field = firstString(object.value(QLatin1String("meta")).toObject(), {"param_name"});
        else
            field = firstString(object, {"field", "name", "property", "parameter"});
        if (d.error.serverCode.isEmpty())
            d.error.serverCode = firstString(object, {"type", "code"});
        addFieldError(d, field, message);
    }
}

void decodeDetailObject(Decoding &d, const QJsonObject &object)
{
    if (const QString message = firstString(object, {"message", "msg", "detail", "error", "title"});
        !message.isEmpty())
        d.general.append(message);
    d.error.serverCode = firstString(object, {"code", "error_code", "type"});
    for (const char *key : {"errors", "fields", "field_errors", "details"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isObject() || value.isArray())
            decodeFieldCollection(d, value);
    }
    if (d.error.requestId.isEmpty())
        d.error.requestId =
            ApiErrorDecoder::cleanRequestId(firstString(object, {"request_id", "requestId"}));
}

bool isProblem(const QJsonObject &object)
{
    return object.value(QLatin1String("title")).isString() ||
           (object.value(QLatin1String("type")).isString() &&
            object.contains(QLatin1String("status")));
}

void decodeProblem(Decoding &d, const QJsonObject &object)
{
    if (const QString message = firstString(object, {"detail", "title"}); !message.isEmpty())
        d.general.append(message);
    d.error.serverCode = firstString(object, {"code"});
    if (d.error.serverCode.isEmpty()) {
        const QString type = firstString(object, {"type"});
        if (type != QLatin1String("about:blank"))
            d.error.serverCode = type;
    }
    const QJsonValue errors = object.value(QLatin1String("errors"));
    if (errors.isObject() || errors.isArray())
        decodeFieldCollection(d, errors);
}

void decodeObject(Decoding &d, const QJsonObject &object)
{
    const QJsonValue detail = object.value(QLatin1String("detail"));
    if (object.value(QLatin1String("error")).isObject()) {
        decodeDetailObject(d, object.value(QLatin1String("error")).toObject()); // Me API envelope
    } else if (isProblem(object)) {
        decodeProblem(d, object);
    } else if (detail.isString()) {
        if (const QString message = text(detail); !message.isEmpty())
            d.general.append(message);
    } else if (detail.isArray()) {
        decodeFieldCollection(d, detail);
    } else if (detail.isObject()) {
        decodeDetailObject(d, detail.toObject());
    } else {
        // Anything else: {"message": ...}, OAuth's {"error": ..., "error_description": ...}.
        if (const QString message = firstString(object, {"message", "error_description", "error"});
            !message.isEmpty())
            d.general.append(message);
        d.error.serverCode = firstString(object, {"code", "error_code"});
        const QJsonValue errors = object.value(QLatin1String("errors"));
        if (errors.isObject() || errors.isArray())
            decodeFieldCollection(d, errors);
    }
    if (d.error.requestId.isEmpty())
        d.error.requestId =
            ApiErrorDecoder::cleanRequestId(firstString(object, {"request_id", "requestId"}));
}

QString humanField(const QString &field)
{
    QString name = field;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString summary(const Decoding &d)
{
    if (!d.general.isEmpty())
        return d.general.first();
    if (d.fieldOrder.isEmpty())
        return {};
    const QString &first = d.fieldOrder.first();
    const QString line =
        ApiErrorBodyParser::tr("%1: %2").arg(humanField(first), d.error.fieldErrors.value(first));
    const int more = int(d.fieldOrder.size()) - 1;
    if (more == 0)
        return ApiErrorDecoder::cleanText(line);
    return ApiErrorDecoder::cleanText(
        ApiErrorBodyParser::tr("%1 (and %n more)", nullptr, more).arg(line));
}
} // namespace

void ApiErrorBodyParser::parse(const QJsonObject &body, ApiError *error)
{
    Decoding d{*error, {}, {}};
    decodeObject(d, body);
    error->message = summary(d);
}

} // namespace valara
