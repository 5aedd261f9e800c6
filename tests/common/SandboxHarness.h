// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpReply.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace valara::testing {

using namespace valara::sandbox;

// Starts a real sandbox in-process on a free loopback port and talks to it over HTTP.
// Every call blocks (with an event loop) until the answer arrives or 20 s pass.
class SandboxHarness
{
public:
    // Uses tests/data/contract-fixture.json unless another fixture is given.
    explicit SandboxHarness(SandboxConfig config = {}, const QByteArray &fixture = {});
    ~SandboxHarness();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    SandboxServer &server() { return *m_server; }
    QUrl url(const QString &pathAndQuery) const;

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Sends any request. `bearer` becomes "Authorization: Bearer <bearer>" unless empty.
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &bearer,
                   const QByteArray &body = {}, const Headers &headers = {});
    HttpReply get(const QString &path, const QByteArray &bearer)
    {
        return send("GET", path, bearer);
    }
    // Sends a JSON body with Content-Type: application/json.
    HttpReply patch(const QString &path, const QByteArray &bearer, const QByteArray &json,
                    const Headers &headers = {});
    HttpReply put(const QString &path, const QByteArray &bearer, const QByteArray &json,
                  const Headers &headers = {});

    // A user object as the contract fixture's admin (a1) reads it; empty if that fails.
    QJsonObject storedUser(const QString &userId)
    {
        return get(QStringLiteral("/api/v1/users/") + userId, "key-admin-a1").json();
    }
    // A user's preferences as the contract fixture's admin (a1) reads them; empty if that fails.
    QJsonObject storedPreferences(const QString &userId)
    {
        return get(QStringLiteral("/api/v1/users/%1/preferences").arg(userId), "key-admin-a1")
            .json();
    }

    // A session JWT for a user of the fixture, signed with the sandbox's secret.
    QByteArray sessionToken(const QString &userId, qint64 ttlSeconds = 3600,
                            const QString &orgId = QString()) const;

    // The Me API timezone of a user, as GET /v1/me reports it with the user's session token.
    QJsonValue meTimezone(const QString &userId);

    static QByteArray contractFixture();
    // The contract fixture with the users of another fixture file in tests/data added, such as
    // full-profile-user.json (f1, every profile field set, for "nothing is wiped" checks).
    static QByteArray contractFixtureWith(const QString &fileName);
    static QString testDataPath(const QString &fileName);

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    bool m_ready = false;
    QString m_error;
};

} // namespace valara::testing
