// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valara {

// Reads what an error body says, whatever its shape: FastAPI's `detail` (string, list of
// {loc, msg, type}, object), the Me API envelope's `error`, RFC 9457 problem details, or a loose
// {"message": ...}. Used by ApiErrorDecoder; fills serverCode, fieldErrors, requestId (when the
// body has one) and message (empty when the body says nothing usable).
class ApiErrorBodyParser
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorBodyParser)

public:
    static void parse(const QJsonObject &body, ApiError *error);
};

} // namespace valara
