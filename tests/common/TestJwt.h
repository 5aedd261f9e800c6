// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QString>

namespace valara::testing {

// Hand-made JWTs, built independently of SessionToken, for tokens it would never mint
// (alg "none", other algorithms, missing claims, tampered parts).
namespace TestJwt {

inline QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray base64UrlJson(const QJsonObject &object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QJsonObject header(const QString &alg = QStringLiteral("HS256"))
{
    return {{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

inline QJsonObject claims(const QString &subject, const QString &orgId, const QDateTime &issuedAt,
                          const QDateTime &expiresAt)
{
    return {{QStringLiteral("sub"), subject},
            {QStringLiteral("org_id"), orgId},
            {QStringLiteral("iat"), issuedAt.toSecsSinceEpoch()},
            {QStringLiteral("exp"), expiresAt.toSecsSinceEpoch()}};
}

inline QByteArray signature(const QByteArray &signingInput, const QByteArray &secret,
                            QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    return base64Url(QMessageAuthenticationCode::hash(signingInput, secret, algorithm));
}

// header.payload.signature with an HMAC of `algorithm` over "header.payload".
inline QByteArray make(const QJsonObject &header, const QJsonObject &payload,
                       const QByteArray &secret,
                       QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = base64UrlJson(header) + '.' + base64UrlJson(payload);
    return input + '.' + signature(input, secret, algorithm);
}

// header.payload. (an empty signature, as "alg":"none" tokens have).
inline QByteArray unsignedToken(const QJsonObject &header, const QJsonObject &payload)
{
    return base64UrlJson(header) + '.' + base64UrlJson(payload) + '.';
}

inline QJsonObject decodePart(const QByteArray &token, int index)
{
    const QByteArray part = token.split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace TestJwt

} // namespace valara::testing
