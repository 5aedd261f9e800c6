// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace valara::testing {

// A finished HTTP exchange as a test sees it.
struct HttpReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError; // empty when an HTTP answer arrived

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // FastAPI errors: {"detail": "..."}
    QString detail() const { return json().value(QLatin1String("detail")).toString(); }
    // FastAPI 422 errors: {"detail": [{"loc": [...], "msg": ..., "type": ...}]}
    QJsonArray detailList() const { return json().value(QLatin1String("detail")).toArray(); }
    // Me API envelope
    QString errorCode() const
    {
        return json()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
    QJsonObject data() const { return json().value(QLatin1String("data")).toObject(); }
};

} // namespace valara::testing
