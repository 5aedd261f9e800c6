// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/caller/Caller.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace valara {

namespace sandbox {
class SandboxServer;
}

// The sandbox that --demo runs in-process: an in-memory database filled from the embedded demo
// fixture, listening on a free loopback port.
class DemoBackend
{
    Q_DECLARE_TR_FUNCTIONS(DemoBackend)

public:
    DemoBackend();
    ~DemoBackend();
    DemoBackend(const DemoBackend &) = delete;
    DemoBackend &operator=(const DemoBackend &) = delete;

    // The fixture embedded at :/demo/demo-fixture.json; empty if missing.
    static QByteArray fixture();
    // The API key of the fixture's first admin; empty if there is none.
    static QByteArray adminApiKey(const QByteArray &fixture);

    // Someone of the demo the app can sign in as (to see each role's view).
    struct Person
    {
        QString userId;
        QString name;
        Caller::Role role = Caller::Role::Unknown;
        QByteArray apiKey;
    };
    // Everyone of the fixture with an API key, in the fixture's order (the admin first).
    static QList<Person> people(const QByteArray &fixture);

    bool start(QString *error);
    QUrl baseUrl() const;
    // The key the app signs in with: the fixture's admin.
    QByteArray apiKey() const { return m_apiKey; }
    // A Me API session token for the fixture's admin, valid for `ttlSeconds` (demo --me-api).
    QByteArray sessionToken(qint64 ttlSeconds = 3600) const;
    sandbox::SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QByteArray m_apiKey;
};

} // namespace valara
