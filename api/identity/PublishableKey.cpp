// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/identity/PublishableKey.h"

#include "api/ApiClient.h"

namespace valara {

PublishableKey PublishableKey::parse(const QString &text)
{
    PublishableKey key;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return key;
    const bool live = trimmed.startsWith(QLatin1String("pk_live_"));
    if (!live && !trimmed.startsWith(QLatin1String("pk_test_"))) {
        key.m_problem = Problem::NoPrefix;
        return key;
    }
    const QByteArray encoded = trimmed.mid(8).toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (encoded.isEmpty() || !decoded) {
        key.m_problem = Problem::NotBase64;
        return key;
    }
    const QString host = QString::fromUtf8(*decoded);
    // One "$", at the end; a dotted host name with no spaces, slashes or user information.
    if (!host.endsWith(QLatin1Char('$')) || host.count(QLatin1Char('$')) != 1 ||
        !host.contains(QLatin1Char('.')) || host.contains(QLatin1Char(' ')) ||
        host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@'))) {
        key.m_problem = Problem::NotAHost;
        return key;
    }
    key.m_host = host.chopped(1);
    if (!QUrl(QStringLiteral("https://") + key.m_host).isValid()) {
        key.m_problem = Problem::NotAHost;
        key.m_host.clear();
        return key;
    }
    key.m_live = live;
    key.m_problem = Problem::None;
    return key;
}

QUrl PublishableKey::frontendApiUrl() const
{
    if (!isValid())
        return {};
    QUrl url(QStringLiteral("https://") + m_host);
    if (ApiClient::isLoopbackHost(url.host()))
        url.setScheme(QStringLiteral("http"));
    url.setPath(QStringLiteral("/"));
    return url;
}

QString PublishableKey::forOrigin(const QUrl &origin)
{
    const QString host = origin.port() > 0
                             ? QStringLiteral("%1:%2").arg(origin.host()).arg(origin.port())
                             : origin.host();
    return QStringLiteral("pk_test_") +
           QString::fromLatin1(
               (host + QLatin1Char('$'))
                   .toUtf8()
                   .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

} // namespace valara
