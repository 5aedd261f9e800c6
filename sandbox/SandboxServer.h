// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/http/SandboxExchange.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServerResponder;

namespace valara::sandbox {

class FaultInjector;
class FrontendApi;
class IdentityDirectory;
class IdempotencyGuard;
class MeApi;
class SandboxResponse;
class SandboxStore;
class ValaraApi;

// A local implementation of the Valara and Me APIs (see docs/api-contract.md), backed by SQLite.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens (and if needed creates) the database. Call before anything else.
    bool open(QString *error);
    // Loads a fixture document, only into an empty database. Returns false with a message naming
    // the user and field when the fixture is invalid; nothing is stored then.
    bool loadFixture(const QByteArray &json, QString *error);
    // Adds a generated brokerage of `count` users (UserGenerator), in one transaction, beside
    // whatever the database holds; its e-mails differ from those already stored.
    bool generateUsers(int count, quint32 seed, QString *error);
    // Starts listening; returns the port, 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);
    QUrl baseUrl() const;

    FaultInjector &faults();
    // The Me API's identity service: sign-in codes, revoking a user's sessions (tests).
    FrontendApi &identity();
    SandboxStore &store();
    // The clock used for token expiry, idempotency retention and timestamps (tests inject one).
    void setClock(Clock clock);
    QDateTime now() const;
    const SandboxConfig &config() const { return m_config; }

Q_SIGNALS:
    // A request arrived and was admitted (its answer may wait for the configured latency).
    void requestReceived(const QByteArray &method, const QString &path);
    void exchangeCompleted(const SandboxExchange &exchange);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Admission;
    void admit(Admission &admission);
    SandboxResponse execute(Admission &admission, bool *applied);
    void complete(Admission &admission, QHttpServerResponder &responder, bool connected,
                  const QElapsedTimer &timer);

    SandboxConfig m_config;
    QRandomGenerator m_random;
    Clock m_clock;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<IdempotencyGuard> m_idempotency;
    std::unique_ptr<ValaraApi> m_valara;
    std::unique_ptr<IdentityDirectory> m_directory;
    std::unique_ptr<MeApi> m_me;
    std::unique_ptr<FrontendApi> m_identity;
};

} // namespace valara::sandbox
