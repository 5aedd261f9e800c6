// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace valara {

namespace {
constexpr int kMaxDepth = 256;

QJsonValue normalise(const QJsonValue &value, int depth)
{
    if (depth > kMaxDepth)
        return value;
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(normalise(item, depth + 1));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = JsonCase::toSnakeCase(it.key());
            // The snake_case spelling wins over a camelCase duplicate.
            if (out.contains(key) && key != it.key())
                continue;
            out.insert(key, normalise(it.value(), depth + 1));
        }
        return out;
    }
    return value;
}
} // namespace

QString JsonCase::toSnakeCase(const QString &key)
{
    QString out;
    out.reserve(key.size() + 4);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.isUpper() && c.toLower() != c) { // a capital with no lowercase form stays as is
            const bool afterLowerOrDigit =
                i > 0 && (key.at(i - 1).isLower() || key.at(i - 1).isDigit());
            const bool endOfAcronym =
                i > 0 && key.at(i - 1).isUpper() && i + 1 < key.size() && key.at(i + 1).isLower();
            if ((afterLowerOrDigit || endOfAcronym) && !out.endsWith(QLatin1Char('_')))
                out.append(QLatin1Char('_'));
            out.append(c.toLower());
        } else {
            out.append(c);
        }
    }
    return out;
}

QJsonValue JsonCase::normaliseKeys(const QJsonValue &value)
{
    return normalise(value, 0);
}

} // namespace valara
