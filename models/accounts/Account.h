// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace valara {

// A signed-in account as remembered between runs: who, on which server, with which role. It never
// holds the secret (API key or session token): that lives in a CredentialStore under id().
struct Account
{
    enum class Kind
    {
        Valara, // API key, /api/v1
        MeApi   // session token, /v1/me
    };

    Kind kind = Kind::Valara;
    QUrl baseUrl;
    QString userId;
    QString displayName;
    QString role; // Valara role: admin, broker, photographer, agent; empty for Me API

    // Stable identifier, also the key of the account's secret:
    // "valara:https://valara.cloud:usr-123" or "me:https://api.example.com:usr-123". Empty when the
    // account is not valid.
    QString id() const;
    // What the account switcher shows: "Maya Thompson — Administrator — valara.cloud" (translated).
    QString label() const;
    // True when the account can be stored: an http(s) URL with a host, and a user id. What in the
    // URL could carry a credential (user info, query, fragment) is dropped by id() and toMap().
    bool isValid() const;

    // Strings only, for QSettings; the URL without user info, query or fragment.
    QVariantMap toMap() const;
    // nullopt for a map that is not a valid account (unknown kind, bad URL, missing user id,
    // values of the wrong type).
    static std::optional<Account> fromMap(const QVariantMap &map);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    // The base URL as stored and used in id(): no user info, query, fragment or trailing slash.
    static QUrl normalizedBaseUrl(const QUrl &url);

    bool operator==(const Account &) const = default;
};

} // namespace valara
