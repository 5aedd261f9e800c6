// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>

#include <functional>

class QObject;

namespace valara {

// Short-lived bearer tokens handed out per request (ApiClient::setTokenProvider): the Me API's
// session tokens, minted from a signed-in session (SessionTokenSource). ApiJob asks before every
// attempt; after a 401 it invalidates the token it sent and asks once more.
class BearerTokenProvider
{
public:
    // A token, or an empty one and why there is none (Unauthorized: sign in again).
    using Done = std::function<void(const QByteArray &token, const ApiError &error)>;

    virtual ~BearerTokenProvider() = default;
    // Calls `done` once, at once or later, unless `context` is destroyed first.
    virtual void withToken(QObject *context, Done done) = 0;
    // The service refused `token`: it is not handed out again.
    virtual void invalidate(const QByteArray &token) = 0;
};

} // namespace valara
