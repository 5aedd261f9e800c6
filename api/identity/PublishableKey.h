// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace valara {

// The identity service's publishable key, which names its Frontend API (docs/api-contract.md
// S1): "pk_test_" or "pk_live_", then base64 (padding optional) of "<host>$". Not a secret.
class PublishableKey
{
public:
    enum class Problem
    {
        None,
        Empty,
        NoPrefix,  // not "pk_test_…" or "pk_live_…"
        NotBase64, // the rest does not decode
        NotAHost,  // it decodes, but not to "<host>$"
    };

    static PublishableKey parse(const QString &text);
    // The (test) key naming `origin`'s host, with its port when it has one ("127.0.0.1:8765"):
    // what a sandbox prints.
    static QString forOrigin(const QUrl &origin);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // "clerk.example.com", or "127.0.0.1:8765" for a sandbox.
    QString host() const { return m_host; }
    bool isLive() const { return m_live; }
    // https://<host>, or http:// for a loopback host (the sandbox). Invalid when the key is.
    QUrl frontendApiUrl() const;

private:
    Problem m_problem = Problem::Empty;
    QString m_host;
    bool m_live = false;
};

} // namespace valara
