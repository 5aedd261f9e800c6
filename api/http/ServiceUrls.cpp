// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/ServiceUrls.h"

namespace valara {

namespace {

bool isHost(const QUrl &url, const QString &host)
{
    QString name = url.host().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 && name == host &&
           url.port(443) == 443;
}

} // namespace

QUrl ServiceUrls::primary()
{
    return QUrl(QStringLiteral("https://valara.cloud"));
}

QUrl ServiceUrls::legacyAlias()
{
    return QUrl(QStringLiteral("https://dash.jacoballenmedia.com"));
}

bool ServiceUrls::isValaraCloud(const QUrl &url)
{
    return isHost(url, primary().host()) || isHost(url, legacyAlias().host());
}

QUrl ServiceUrls::canonical(const QUrl &url)
{
    if (!isHost(url, legacyAlias().host()))
        return url;
    QUrl result = url;
    result.setHost(primary().host());
    result.setPort(-1);
    return result;
}

} // namespace valara
