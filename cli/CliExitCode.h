// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace valara {

// The exit codes of valara-cli, documented in --help.
enum class CliExitCode : int
{
    Ok = 0,
    Usage = 2,       // usage error or a value refused locally: nothing was sent
    NotAllowed = 3,  // 401 or 403
    NotFound = 4,    // 404
    Rejected = 5,    // the server refused the values: 400, 409, 422
    Unavailable = 6, // network, timeout, rate limit, server error, unreadable answer
    Incomplete = 7,  // a change for many people: some were refused, invalid, failed or not sent
    Journal = 8,     // the journal (--journal, VALARA_JOURNAL) cannot be opened or written
};

} // namespace valara
