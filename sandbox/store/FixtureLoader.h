// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxUser.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace valara::sandbox {

// Reads a fixture document ({"users": [...]}, see docs/api-contract.md) into users, refusing
// anything the API itself would refuse. Errors name the user and the field.
class FixtureLoader
{
public:
    static std::optional<QList<SandboxUser>> parse(const QByteArray &json, const QDateTime &now,
                                                   QString *error);
};

} // namespace valara::sandbox
