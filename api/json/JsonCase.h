// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace valara {

// Key normalisation for JSON answers: the services speak snake_case, but some fields may arrive
// in camelCase (`displayName`, `avatarURL`).
class JsonCase
{
public:
    // "displayName" -> "display_name", "avatarURL" -> "avatar_url", "x_url" stays.
    static QString toSnakeCase(const QString &key);
    // Converts every object key, recursively (arrays included). A key present in both spellings
    // keeps the value of the one already in snake_case.
    static QJsonValue normaliseKeys(const QJsonValue &value);
};

} // namespace valara
