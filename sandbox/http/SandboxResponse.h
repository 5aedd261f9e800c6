// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace valara::sandbox {

// An answer the sandbox is about to send.
class SandboxResponse
{
public:
    static SandboxResponse json(int status, const QJsonObject &object);
    // FastAPI's {"detail": "message"}.
    static SandboxResponse detail(int status, const QString &message);
    // FastAPI's 422 {"detail": [issue...]}.
    static SandboxResponse validation(const QJsonArray &issues);
    // One FastAPI validation issue: {"type", "loc", "msg"}.
    static QJsonObject issue(const QString &type, const QJsonArray &loc, const QString &message);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace valara::sandbox
