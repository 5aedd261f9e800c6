// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHarness.h"
#include "api/ApiClient.h"

#include <memory>

namespace valara::testing {

// Retries with the lowest jitter (about 50 ms, then 100 ms), so tests stay fast and predictable.
inline RetryPolicy fastRetryPolicy()
{
    return RetryPolicy([] { return QDateTime::currentDateTimeUtc(); }, [] { return 0.0; });
}

// A client on the harness's sandbox, signed in with `apiKey`, retrying with fastRetryPolicy().
inline std::unique_ptr<ApiClient>
makeTestClient(SandboxHarness &sandbox, QNetworkAccessManager *network, const QByteArray &apiKey)
{
    auto client = std::make_unique<ApiClient>(network);
    client->setBaseUrl(sandbox.server().baseUrl());
    client->setBearerToken(apiKey);
    client->setRetryPolicy(fastRetryPolicy());
    return client;
}

} // namespace valara::testing
