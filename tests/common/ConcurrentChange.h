// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxServer.h"
#include "sandbox/http/SandboxExchange.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonObject>
#include <QObject>

namespace valara::testing {

using namespace valara::sandbox;

// Someone else's change to a user's profile, written straight into the sandbox's store so that a
// test decides exactly when it lands (no request of its own, no event loop).
inline bool changeStoredProfile(SandboxServer &server, const QString &userId,
                                const QJsonObject &changes)
{
    auto user = server.store().userById(userId);
    if (!user)
        return false;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        user->profile.insert(it.key(), it.value());
    user->updatedAt = server.now();
    return server.store().saveUser(*user);
}

// Makes that change each time the sandbox has answered a GET of the user, up to `times` times:
// the answer is on its way, so the reader's copy is already stale when it arrives. The
// connection lives as long as `context`.
inline void changeAfterEachRead(SandboxServer &server, const QString &userId,
                                const QJsonObject &changes, QObject *context, int times = 1)
{
    auto left = std::make_shared<int>(times);
    QObject::connect(&server, &SandboxServer::exchangeCompleted, context,
                     [&server, userId, changes, left](const SandboxExchange &exchange) {
                         if (*left > 0 && exchange.method == "GET" && exchange.status == 200 &&
                             exchange.path == QStringLiteral("/api/v1/users/") + userId) {
                             --*left;
                             changeStoredProfile(server, userId, changes);
                         }
                     });
}

} // namespace valara::testing
