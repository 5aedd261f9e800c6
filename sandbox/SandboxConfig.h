// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace valara::sandbox {

// How a sandbox instance behaves. Defaults give a fresh in-memory service with no faults.
struct SandboxConfig
{
    QString databasePath = QStringLiteral(":memory:");
    QByteArray jwtSecret = QByteArrayLiteral("valara-sandbox-secret");
    int latencyMs = 0;     // delay before every request is processed and answered
    double failRate = 0.0; // share of requests answered 503 before anything happens
    quint32 seed = 0;      // random seed for fault injection; 0 picks one at random
    qsizetype maxBodyBytes = 64 * 1024;
    // Users' GET, PATCH and PUT answers carry an ETag, and If-Match is checked on PATCH and PUT
    // (412 when it does not match). Off by default: the published reference says nothing of it.
    bool etags = false;
    // The lifetime of the session tokens the identity service mints (its default: a minute).
    qint64 meSessionTtlSeconds = 60;
};

} // namespace valara::sandbox
