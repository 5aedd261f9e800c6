// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxUser.h"

#include <QJsonObject>
#include <QString>

namespace valara::sandbox {

// The user object of the Valara API (docs/api-contract.md, "The user object").
class UserRepresentation
{
public:
    static QJsonObject toJson(const SandboxUser &user);
    static QString displayName(const SandboxUser &user);
    static QString timestamp(const QDateTime &time);
};

} // namespace valara::sandbox
