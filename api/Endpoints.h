// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara {

// The services' paths, spelled once (docs/api-contract.md): every request of the app and of
// valara-cli names its endpoint here. Ids are percent-encoded as one path segment.
class Endpoints
{
public:
    // GET: the people the caller may see (a list, K20).
    static QString users() { return QStringLiteral("/api/v1/users"); }
    // GET: the signed-in caller of an API key.
    static QString caller() { return QStringLiteral("/api/v1/users/me"); }
    // GET, PATCH and (admins) PUT: one user's profile.
    static QString user(const QString &userId);
    // GET and PATCH: one user's preferences.
    static QString preferences(const QString &userId);
    // GET (where offered) and PATCH: the Me API's signed-in user.
    static QString me() { return QStringLiteral("/v1/me"); }
};

} // namespace valara
