// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The valara-demo-sandbox module: the sandbox behind DemoSandbox.h's functions.
#include "app/demo/module/DemoSandbox.h"

#include "models/modules/ModuleExport.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/services/SessionToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>

#include <algorithm>
#include <cstring>

namespace valara {

namespace {

// Copies `text` into `buffer`, cut to its size, NUL-terminated.
void copyOut(const QByteArray &text, char *buffer, int size)
{
    if (size <= 0)
        return;
    const int length = std::min(int(text.size()), size - 1);
    std::memcpy(buffer, text.constData(), size_t(length));
    buffer[length] = '\0';
}

} // namespace

extern "C" {

VALARA_MODULE_EXPORT int valara_demo_version()
{
    return VALARA_DEMO_SANDBOX_VERSION;
}

VALARA_MODULE_EXPORT void *valara_demo_start(const char *fixture, int fixtureSize, char *url,
                                             int urlSize, char *error, int errorSize)
{
    QString problem;
    auto *server = new sandbox::SandboxServer(sandbox::SandboxConfig{});
    const bool ok = server->open(&problem) &&
                    server->loadFixture(QByteArray(fixture, fixtureSize), &problem) &&
                    server->start(QHostAddress::LocalHost, 0, &problem) != 0;
    if (!ok) {
        delete server;
        copyOut(problem.toUtf8(), error, errorSize);
        copyOut({}, url, urlSize);
        return nullptr;
    }
    copyOut(server->baseUrl().toString().toUtf8(), url, urlSize);
    copyOut({}, error, errorSize);
    return server;
}

VALARA_MODULE_EXPORT void valara_demo_stop(void *sandbox)
{
    delete static_cast<sandbox::SandboxServer *>(sandbox);
}

VALARA_MODULE_EXPORT int valara_demo_mint(const char *subject, const char *org, long long issuedAt,
                                          long long expiresAt, char *token, int tokenSize)
{
    sandbox::SessionToken::Claims claims;
    claims.subject = QString::fromUtf8(subject);
    claims.orgId = QString::fromUtf8(org);
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(issuedAt, Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC);
    const QByteArray minted =
        sandbox::SessionToken::mint(claims, sandbox::SandboxConfig{}.jwtSecret);
    if (minted.size() >= tokenSize)
        return 0;
    copyOut(minted, token, tokenSize);
    return int(minted.size());
}
}

} // namespace valara
