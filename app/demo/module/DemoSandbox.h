// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain-C face of the valara-demo-sandbox module: the sandbox (QtHttpServer, SQLite) that
// `valara-desk --demo` runs inside the app's process, on a thread of its own. In a module, so that
// a start that is not a demo never loads QtHttpServer and QtWebSockets (1.8 MiB, and milliseconds
// before main). DemoBackend loads it with ModuleLoader.

namespace valara {

extern "C" {

#define VALARA_DEMO_SANDBOX_VERSION 1

// Starts a sandbox with `fixture` (JSON, `fixtureSize` bytes) on 127.0.0.1 and any free port,
// owned by the calling thread (which must run an event loop, and must stop it). Returns it, with
// its base URL in `url`; null, with the reason in `error`. Strings are UTF-8, NUL-terminated,
// cut to their buffer's size.
using ValaraDemoStartFunction = void *(*)(const char *fixture, int fixtureSize, char *url,
                                          int urlSize, char *error, int errorSize);
// Stops and deletes a sandbox, on the thread that started it.
using ValaraDemoStopFunction = void (*)(void *sandbox);
// Signs a Me API session token as the sandbox would, for `subject` in organization `org`, issued
// and expiring at these seconds since the epoch. Returns its length (0 when it does not fit).
using ValaraDemoMintFunction = int (*)(const char *subject, const char *org, long long issuedAt,
                                       long long expiresAt, char *token, int tokenSize);
}

} // namespace valara
