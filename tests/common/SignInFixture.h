// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHarness.h"
#include "sandbox/identity/FrontendApi.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace valara::testing {

inline const QString TotpSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DP");

// The contract fixture, with g1 also in org-2 and b1 holding a TOTP second factor.
inline QByteArray fixtureWithSignIn()
{
    QJsonObject document = QJsonDocument::fromJson(SandboxHarness::contractFixture()).object();
    document.insert(
        QStringLiteral("sign_in"),
        QJsonObject{
            {QStringLiteral("password"), QStringLiteral("open sesame")},
            {QStringLiteral("totp_secrets"), QJsonObject{{QStringLiteral("b1"), TotpSecret}}},
            {QStringLiteral("organizations"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("org-1")},
                                    {QStringLiteral("name"), QStringLiteral("Org One")},
                                    {QStringLiteral("slug"), QStringLiteral("one")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("org-2")},
                                    {QStringLiteral("name"), QStringLiteral("Org Two")},
                                    {QStringLiteral("slug"), QStringLiteral("two")}}}},
            {QStringLiteral("memberships"),
             QJsonObject{{QStringLiteral("g1"), QJsonArray{QStringLiteral("org-2")}}}}});
    return QJsonDocument(document).toJson();
}

// The publishable key the sandbox prints: it names the sandbox's identity service.
inline QString publishableKeyOf(const SandboxHarness &h)
{
    return QString::fromLatin1(sandbox::FrontendApi::publishableKeyFor(h.url(QString())));
}

} // namespace valara::testing
