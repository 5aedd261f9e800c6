// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/meapi/MeApiSession.h"
#include "models/caller/Caller.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

namespace valara {

// The sandbox that --demo runs in-process: an in-memory database filled from the embedded demo
// fixture, listening on a free loopback port. It runs on a thread of its own, so that starting it
// (SQLite, the fixture, the HTTP server) does not hold up the first window, and answering the
// app's requests does not take the window's time.
class DemoBackend : public QObject
{
    Q_OBJECT

public:
    explicit DemoBackend(QObject *parent = nullptr);
    ~DemoBackend() override; // stops the sandbox on its thread, then the thread
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
        QString orgId;
        QString email; // what they sign in to the Me API with
    };
    // Everyone of the fixture with an API key, in the fixture's order (the admin first).
    static QList<Person> people(const QByteArray &fixture);

    // Reads the demo's data; false, with *error, when it is missing or names no administrator.
    bool prepare(QString *error);
    // Starts the sandbox on its thread (after prepare()); started() or failed() follows, on
    // this object's thread.
    void startInBackground();
    // Waits for the start begun by startInBackground(); false, with *error, when it failed.
    bool waitUntilStarted(QString *error);
    // prepare(), startInBackground() and waitUntilStarted() in one.
    bool start(QString *error);

    // Where the sandbox listens, once started; empty before.
    QUrl baseUrl() const;
    // The key the app signs in with: the fixture's admin (known after prepare()).
    QByteArray apiKey() const { return m_admin.apiKey; }
    // How the demo's Me API window signs in, once started: as the fixture's admin, with the
    // password of the fixture's "sign_in", through the sandbox's identity service.
    MeApiSession::Start meApiStart() const;
    // A Me API session token for the fixture's admin, valid for `ttlSeconds` (demo --me-api),
    // signed with the sandbox's secret.
    QByteArray sessionToken(qint64 ttlSeconds = 3600) const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &error);

private:
    void startOnThread(); // runs on m_thread

    QByteArray m_fixture;
    Person m_admin;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    void *m_server = nullptr;     // the module's sandbox: started and stopped on m_thread
    mutable QMutex m_mutex;       // guards what follows
    QWaitCondition m_finished;
    bool m_done = false;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace valara
