// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace valara::sandbox {

class SandboxRequest;

// The JSON object a write carries, or why there is none (docs/api-contract.md C8, V4, M11).
class JsonBody
{
public:
    enum class Status
    {
        Object,
        Empty,
        Null,
        Malformed,
        NotObject,
        WrongContentType
    };

    static JsonBody parse(const SandboxRequest &request);

    Status status = Status::Empty;
    QJsonObject object;
    int errorOffset = 0;
    QString errorMessage;
};

} // namespace valara::sandbox
