// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace valara {

// The outcome of one API request.
struct ApiResult
{
    // The decoded answer, object keys normalised to snake_case. For a Me API envelope this is
    // its `data` member (and `meta` holds the envelope's `meta`). Null on errors and empty bodies.
    QJsonValue value;
    QJsonValue meta;
    ApiError error;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString requestId;  // X-Request-Id of the answer (or the id in an error body)
    QByteArray etag;    // the answer's ETag header, when the server sent one
    // The answer's Authorization header: the identity service sends its client token there.
    // Kept only by the identity client; never logged.
    QByteArray authorization;
    QDateTime serverDate; // the answer's Date header, invalid without one
    QByteArray body;      // the answer as received, for ResponseShape::bytes() only (an image)

    bool ok() const { return error.kind == ApiError::Kind::None; }
};

} // namespace valara
