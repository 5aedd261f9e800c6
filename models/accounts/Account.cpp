// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/Account.h"

#include "models/caller/Caller.h"

#include <QCoreApplication>

namespace valara {

namespace {

const QString KindKey = QStringLiteral("kind");
const QString BaseUrlKey = QStringLiteral("baseUrl");
const QString UserIdKey = QStringLiteral("userId");
const QString DisplayNameKey = QStringLiteral("displayName");
const QString RoleKey = QStringLiteral("role");

bool isAcceptableUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
           !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() &&
           !url.hasFragment();
}

// An optional string value: absent is fine, anything but a string is not.
std::optional<QString> stringValue(const QVariantMap &map, const QString &key)
{
    const auto it = map.constFind(key);
    if (it == map.constEnd())
        return QString();
    if (it->typeId() != QMetaType::QString)
        return std::nullopt;
    return it->toString();
}

} // namespace

QUrl Account::normalizedBaseUrl(const QUrl &url)
{
    QUrl normalized = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                   QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    // StripTrailingSlash keeps a lone "/": "https://valara.cloud/" is "https://valara.cloud".
    if (normalized.path() == u"/")
        normalized.setPath(QString());
    return normalized;
}

bool Account::isValid() const
{
    return isAcceptableUrl(normalizedBaseUrl(baseUrl)) && !userId.isEmpty();
}

QString Account::id() const
{
    if (!isValid())
        return {};
    return kindName(kind) + u':' + normalizedBaseUrl(baseUrl).toString() + u':' + userId;
}

QString Account::label() const
{
    const QString who = displayName.isEmpty() ? userId : displayName;
    QString where = baseUrl.host();
    if (baseUrl.port() != -1)
        where += u':' + QString::number(baseUrl.port());
    const QString what = kind == Kind::MeApi ? QCoreApplication::translate("Account", "Me API")
                                             : Caller::roleDisplayName(role);
    if (what.isEmpty()) {
        //: Account switcher entry: name — server
        return QCoreApplication::translate("Account", "%1 — %2").arg(who, where);
    }
    //: Account switcher entry: name — role — server, e.g. "Maya Thompson — Administrator —
    //: valara.cloud"
    return QCoreApplication::translate("Account", "%1 — %2 — %3").arg(who, what, where);
}

QVariantMap Account::toMap() const
{
    return {
        {KindKey, kindName(kind)}, {BaseUrlKey, normalizedBaseUrl(baseUrl).toString()},
        {UserIdKey, userId},       {DisplayNameKey, displayName},
        {RoleKey, role},
    };
}

std::optional<Account> Account::fromMap(const QVariantMap &map)
{
    const std::optional<QString> kind = stringValue(map, KindKey);
    const std::optional<QString> url = stringValue(map, BaseUrlKey);
    const std::optional<QString> userId = stringValue(map, UserIdKey);
    const std::optional<QString> displayName = stringValue(map, DisplayNameKey);
    const std::optional<QString> role = stringValue(map, RoleKey);
    if (!kind || !url || !userId || !displayName || !role)
        return std::nullopt;

    Account account;
    const std::optional<Kind> parsedKind = kindFromName(*kind);
    if (!parsedKind)
        return std::nullopt;
    account.kind = *parsedKind;
    account.baseUrl = QUrl(*url, QUrl::StrictMode);
    if (!isAcceptableUrl(account.baseUrl))
        return std::nullopt;
    account.baseUrl = normalizedBaseUrl(account.baseUrl);
    account.userId = *userId;
    account.displayName = *displayName;
    account.role = *role;
    if (account.kind == Kind::MeApi && !account.role.isEmpty())
        return std::nullopt;
    if (!account.isValid())
        return std::nullopt;
    return account;
}

QString Account::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Valara:
        return QStringLiteral("valara");
    case Kind::MeApi:
        return QStringLiteral("me");
    }
    return {};
}

std::optional<Account::Kind> Account::kindFromName(const QString &name)
{
    if (name == u"valara")
        return Kind::Valara;
    if (name == u"me")
        return Kind::MeApi;
    return std::nullopt;
}

} // namespace valara
