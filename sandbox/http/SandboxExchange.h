// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace valara::sandbox {

// One request the sandbox answered, as seen on the wire. Emitted for observers such as tests and
// the demo's request log. Holds request headers verbatim: never log it as a whole.
struct SandboxExchange
{
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    int status = 0;
    QByteArray responseBody;
    QByteArray requestId;
    bool applied = false;  // a change was committed to the store
    bool replayed = false; // answered from the idempotency store
    qint64 elapsedMs = 0;

    QByteArray requestHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : requestHeaders) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace valara::sandbox
