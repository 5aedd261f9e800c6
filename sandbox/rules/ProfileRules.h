// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/rules/SandboxFieldTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace valara::sandbox {

// The Valara user profile as the service enforces it (docs/api-contract.md U2-U9 and
// A1-A5), from the sandbox's own field table (SandboxFieldTable). More lenient than the app
// (any http(s) URL, phones by pattern, any state).
class ProfileRules
{
public:
    using Field = SandboxFieldTable::ProfileField;
    using Kind = SandboxFieldTable::ProfileKind;
    enum class Mode
    {
        Patch,
        Put
    };

    struct Problem
    {
        QString type;
        QString message;
    };

    // The outcome of reading a PATCH or PUT body.
    struct Parsed
    {
        QJsonObject values; // snake_case; null means "clear"
        QJsonArray issues;  // FastAPI validation issues; empty when the body is acceptable
    };

    // The service's own (lenient) check of one value: its FastAPI issue type and message.
    static std::optional<Problem> check(const Field &field, const QJsonValue &value);
    static Parsed parse(const QJsonObject &body, Mode mode, const QString &pathUserId);
    // Whether a value clears the field (null or "").
    static bool isCleared(const QJsonValue &value);
};

} // namespace valara::sandbox
