// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/session/SessionTokenInfo.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>

namespace valara {

namespace {

QJsonObject decodePart(const QByteArray &part, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded, &error);
    *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok &&
          error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QDateTime timeClaim(const QJsonObject &claims, const char *name)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    return value.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC)
                            : QDateTime();
}

} // namespace

SessionTokenInfo SessionTokenInfo::decode(const QByteArray &token)
{
    SessionTokenInfo info;
    const QByteArray text = token.trimmed();
    if (text.isEmpty())
        return info;
    const QList<QByteArray> parts = text.split('.');
    bool headerOk = false;
    bool claimsOk = false;
    QJsonObject claims;
    if (parts.size() == 3) {
        decodePart(parts.at(0), &headerOk);
        claims = decodePart(parts.at(1), &claimsOk);
    }
    if (!headerOk || !claimsOk) {
        info.m_problem = tr("This is not a session token: a session token has three parts "
                            "separated by dots (it starts with \"eyJ\"). API keys do not work "
                            "with the Me API.");
        return info;
    }
    info.m_userId = claims.value(QLatin1String("sub")).toString();
    // Version 1 tokens name the organization in "org_id", version 2 in "o": {"id": …}
    // (docs/api-contract.md S6).
    info.m_orgId = claims.value(QLatin1String("org_id")).toString();
    if (info.m_orgId.isEmpty())
        info.m_orgId =
            claims.value(QLatin1String("o")).toObject().value(QLatin1String("id")).toString();
    info.m_sessionId = claims.value(QLatin1String("sid")).toString();
    info.m_issuedAt = timeClaim(claims, "iat");
    info.m_expiresAt = timeClaim(claims, "exp");
    if (info.m_userId.isEmpty())
        info.m_problem = tr("This session token names no user.");
    else if (info.m_orgId.isEmpty())
        info.m_problem = tr("This session token names no organisation.");
    else
        info.m_problem.clear();
    return info;
}

QString SessionTokenInfo::problemAt(const QDateTime &now) const
{
    if (!isValid())
        return m_problem;
    if (!m_expiresAt.isValid())
        return tr("This session token has no end time (\"exp\"): the Me API refuses it.");
    if (isExpiredAt(now))
        return tr("This session token expired at %1: sign in to the dashboard again and copy a "
                  "new one.")
            .arg(QLocale().toString(m_expiresAt.toLocalTime(), QLocale::ShortFormat));
    return {};
}

bool SessionTokenInfo::isExpiredAt(const QDateTime &now) const
{
    return m_expiresAt.isValid() && m_expiresAt <= now;
}

qint64 SessionTokenInfo::secondsLeftAt(const QDateTime &now) const
{
    return m_expiresAt.isValid() ? now.secsTo(m_expiresAt) : 0;
}

} // namespace valara
