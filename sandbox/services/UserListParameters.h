// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxResponse.h"
#include "sandbox/store/UserListQuery.h"

#include <QUrlQuery>

#include <variant>

namespace valara::sandbox {

// Reads the query of GET /api/v1/users (q, limit, offset, sort, team, role) as FastAPI would:
// every problem at once, in one 422 with `loc ["query", name]` (docs/api-contract.md).
class UserListParameters
{
public:
    static std::variant<UserListQuery, SandboxResponse> read(const QUrlQuery &query);
    // The page's own fields, echoed so that a client can tell its parameters were honoured.
    static QJsonObject echo(const UserListQuery &list);
};

} // namespace valara::sandbox
