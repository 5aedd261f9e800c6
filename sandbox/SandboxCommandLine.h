// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace valara::sandbox {

// The valara-sandbox command line:
//   valara-sandbox [--port N] [--listen ADDR] [--db PATH] [--fixture FILE] [--jwt-secret S]
//                  [--latency-ms N] [--fail-rate P] [--seed N] [--etags] [--generate-users N]
//   valara-sandbox mint-token --user ID --secret S [--ttl SECONDS] [--org ORG] [--fixture FILE]
// Exit codes: 0 success, 1 cannot open the database or listen, 2 usage error or bad fixture.
class SandboxCommandLine
{
public:
    // Runs the sandbox (an event loop) or a sub-command; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace valara::sandbox
