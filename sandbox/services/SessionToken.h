// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace valara::sandbox {

// HS256 session JWTs as the Me API issues them (claims sub, org_id, iat, exp; sid when minted
// for a session of the identity service).
class SessionToken
{
public:
    struct Claims
    {
        QString subject;
        QString orgId;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QString sessionId; // "sid", in the identity service's tokens
    };

    enum class Status
    {
        Valid,
        Malformed,
        UnsupportedAlgorithm,
        BadSignature,
        Expired
    };

    static QByteArray mint(const Claims &claims, const QByteArray &secret);
    static Status verify(const QByteArray &token, const QByteArray &secret, const QDateTime &now,
                         Claims *claims = nullptr);
    static bool looksLikeJwt(const QByteArray &token);
};

} // namespace valara::sandbox
