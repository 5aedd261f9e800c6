// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/services/SessionToken.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <optional>

namespace valara::sandbox {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(Base64Url);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray SessionToken::mint(const Claims &claims, const QByteArray &secret)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject payload{{QStringLiteral("sub"), claims.subject},
                        {QStringLiteral("iat"), claims.issuedAt.toSecsSinceEpoch()},
                        {QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch()}};
    if (!claims.orgId.isEmpty()) // a token without one is refused: tests mint such tokens
        payload.insert(QStringLiteral("org_id"), claims.orgId);
    if (!claims.sessionId.isEmpty())
        payload.insert(QStringLiteral("sid"), claims.sessionId);
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(Base64Url) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(Base64Url);
    return signingInput + '.' + sign(signingInput, secret);
}

bool SessionToken::looksLikeJwt(const QByteArray &token)
{
    return token.count('.') == 2 && !token.startsWith('.') && !token.endsWith('.');
}

SessionToken::Status SessionToken::verify(const QByteArray &token, const QByteArray &secret,
                                          const QDateTime &now, Claims *claims)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return Status::Malformed;
    const auto header = decodePart(parts.at(0));
    const auto payload = decodePart(parts.at(1));
    if (!header || !payload)
        return Status::Malformed;
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return Status::UnsupportedAlgorithm;
    if (!constantTimeEquals(sign(parts.at(0) + '.' + parts.at(1), secret), parts.at(2)))
        return Status::BadSignature;

    const QJsonValue sub = payload->value(QLatin1String("sub"));
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    const QJsonValue iat = payload->value(QLatin1String("iat"));
    const QJsonValue org = payload->value(QLatin1String("org_id"));
    if (!sub.isString() || sub.toString().isEmpty() || !exp.isDouble())
        return Status::Malformed;
    if (!org.isString() || org.toString().isEmpty())
        return Status::Malformed; // requests are scoped to the active organization
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    if (claims) {
        claims->subject = sub.toString();
        claims->orgId = org.toString();
        claims->expiresAt = expiresAt;
        claims->issuedAt = iat.isDouble()
                               ? QDateTime::fromSecsSinceEpoch(qint64(iat.toDouble()), Qt::UTC)
                               : QDateTime();
    }
    if (now >= expiresAt)
        return Status::Expired;
    return Status::Valid;
}

} // namespace valara::sandbox
