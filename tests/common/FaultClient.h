// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultBounds.h"
#include "MisbehavingServer.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"

#include <memory>

namespace valara::testing {

// Deadlines of the in-process fault suites: short, so that every fault ends within seconds.
inline constexpr int FaultAttemptTimeoutMs = 1000;
inline constexpr int FaultJobTimeoutMs = 2500;
// A failed request must be reported within this.
inline constexpr int FaultReportBoundMs = 4000 * FaultTimeScale;

// The deadlines above: per attempt and for the whole job.
inline void applyFaultDeadlines(ApiClient &client)
{
    client.setAttemptTimeout(FaultAttemptTimeoutMs);
    client.setJobTimeout(FaultJobTimeoutMs);
}

// A client on `server`, with the deadlines above and the fastest retries.
inline std::unique_ptr<ApiClient> makeFaultClient(const MisbehavingServer &server,
                                                  QNetworkAccessManager *network)
{
    auto client = std::make_unique<ApiClient>(network);
    client->setBaseUrl(server.baseUrl());
    client->setBearerToken("k");
    client->setRetryPolicy(fastRetryPolicy());
    applyFaultDeadlines(*client);
    return client;
}

} // namespace valara::testing
