// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Endpoints.h"

#include "api/ApiClient.h"

namespace valara {

QString Endpoints::user(const QString &userId)
{
    return users() + QLatin1Char('/') + ApiClient::pathSegment(userId);
}

QString Endpoints::preferences(const QString &userId)
{
    return user(userId) + QStringLiteral("/preferences");
}

} // namespace valara
