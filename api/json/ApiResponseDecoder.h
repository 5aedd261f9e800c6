// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "api/json/ResponseShape.h"

#include <QByteArray>
#include <QCoreApplication>

namespace valara {

// Turns a complete HTTP answer into an ApiResult: a 2xx JSON body of the expected shape becomes
// `value` (keys in snake_case, a Me API envelope unwrapped to its `data`, a list normalised to
// {"items": [...], "total": n}); anything else an ApiError. A 2xx answer that is empty, not JSON
// or not of the expected shape is a Protocol error.
class ApiResponseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ApiResponseDecoder)

public:
    static ApiResult decode(int httpStatus, const QByteArray &body,
                            const QByteArray &requestIdHeader = {},
                            const ResponseShape &shape = ResponseShape::object());

    // The message of every answer that could not be understood, with what was wrong.
    static QString notUnderstood(const QString &why);
};

} // namespace valara
