// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/http/SandboxResponse.h"

#include <QJsonDocument>

namespace valara::sandbox {

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::detail(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("detail"), message}});
}

SandboxResponse SandboxResponse::validation(const QJsonArray &issues)
{
    return json(422, QJsonObject{{QStringLiteral("detail"), issues}});
}

QJsonObject SandboxResponse::issue(const QString &type, const QJsonArray &loc,
                                   const QString &message)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("loc"), loc},
                       {QStringLiteral("msg"), message}};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace valara::sandbox
