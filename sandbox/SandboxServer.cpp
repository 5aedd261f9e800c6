// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxLog.h"
#include "sandbox/http/FaultInjector.h"
#include "sandbox/http/IdempotencyGuard.h"
#include "sandbox/http/SandboxRequest.h"
#include "sandbox/http/SandboxResponse.h"
#include "sandbox/identity/FrontendApi.h"
#include "sandbox/identity/IdentityDirectory.h"
#include "sandbox/services/MeApi.h"
#include "sandbox/services/SandboxService.h"
#include "sandbox/services/ValaraApi.h"
#include "sandbox/store/FixtureLoader.h"
#include "sandbox/store/SandboxStore.h"
#include "sandbox/store/Ulid.h"
#include "sandbox/store/UserGenerator.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace valara::sandbox {

// A request between its arrival and its answer.
struct SandboxServer::Admission
{
    SandboxRequest request;
    SandboxService *service = nullptr;
    std::optional<SandboxPrincipal> principal;
    std::optional<SandboxResponse> early; // answered without running the endpoint
    QByteArray idempotencyKey;            // set while this request holds the key in flight
    QByteArray fingerprint;
    bool replayed = false;
};

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_random(QRandomGenerator::securelySeeded())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_store(std::make_unique<SandboxStore>(config.databasePath))
    , m_faults(std::make_unique<FaultInjector>(config.failRate, config.latencyMs, config.seed))
    , m_idempotency(std::make_unique<IdempotencyGuard>(*m_store))
    , m_valara(std::make_unique<ValaraApi>(
          *m_store, [this] { return now(); }, config.etags))
    , m_directory(std::make_unique<IdentityDirectory>())
    , m_me(std::make_unique<MeApi>(*m_store, *m_directory, config.jwtSecret,
                                   [this] { return now(); }))
    , m_identity(std::make_unique<FrontendApi>(
          *m_store, *m_directory, config.jwtSecret, config.meSessionTtlSeconds,
          [this] { return now(); }, config.seed))
{}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::open(QString *error)
{
    return m_store->open(error);
}

bool SandboxServer::loadFixture(const QByteArray &json, QString *error)
{
    const auto users = FixtureLoader::parse(json, now(), error);
    if (!users)
        return false;
    // Who may sign in to the identity service, and how: read again at every start.
    const QJsonObject signIn =
        QJsonDocument::fromJson(json).object().value(QLatin1String("sign_in")).toObject();
    if (!m_directory->load(signIn, error))
        return false;
    if (!m_store->isEmpty()) {
        qCInfo(lcSandbox) << "database already holds users: fixture not loaded";
        return true;
    }
    return m_store->insertUsers(*users, error);
}

bool SandboxServer::generateUsers(int count, quint32 seed, QString *error)
{
    QSet<QString> emails;
    const QList<SandboxUser> stored = m_store->allUsers();
    for (const SandboxUser &user : stored)
        emails.insert(user.profile.value(QLatin1String("email")).toString().toCaseFolded());
    return m_store->insertUsers(UserGenerator::generate(count, seed, emails), error);
}

quint16 SandboxServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_port = listen(address, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1 port %2").arg(address.toString()).arg(port);
        return 0;
    }
    m_address = address;
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

FrontendApi &SandboxServer::identity()
{
    return *m_identity;
}

FaultInjector &SandboxServer::faults()
{
    return *m_faults;
}

SandboxStore &SandboxServer::store()
{
    return *m_store;
}

void SandboxServer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime SandboxServer::now() const
{
    return m_clock();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto admission = std::make_shared<Admission>();
    admission->request = SandboxRequest::fromHttp(request);
    admission->request.receivedAt = now();
    admission->request.requestId = Ulid::generate(QDateTime::currentDateTimeUtc(), m_random);
    admit(*admission);
    Q_EMIT requestReceived(admission->request.method, admission->request.path);

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> connection(socket);
    QElapsedTimer timer;
    timer.start();
    const auto answer = [this, admission, responder, connection, timer] {
        complete(*admission, *responder, !connection.isNull(), timer);
    };
    if (m_faults->latencyMs() > 0)
        QTimer::singleShot(m_faults->latencyMs(), this, answer);
    else
        answer();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponse(QByteArrayLiteral("application/json"),
                        QByteArrayLiteral("{\"detail\":\"Not Found\"}"),
                        QHttpServerResponder::StatusCode::NotFound)
        .write(makeResponder(request, socket));
}

// Everything decided on arrival (docs/api-contract.md C6): faults, size, routing,
// authentication and idempotency, so that a duplicate arriving during latency sees the key
// in flight.
void SandboxServer::admit(Admission &admission)
{
    SandboxRequest &request = admission.request;
    SandboxService &service =
        FrontendApi::servesPath(request.path) ? static_cast<SandboxService &>(*m_identity)
        : MeApi::servesPath(request.path)     ? static_cast<SandboxService &>(*m_me)
                                              : *m_valara;
    admission.service = &service;
    QByteArray scriptedBody;
    if (int status = 0; m_faults->takeScriptedAnswer(&status, &scriptedBody)) {
        SandboxResponse scripted;
        scripted.status = status;
        scripted.body = scriptedBody;
        scripted.setHeader(QByteArrayLiteral("Content-Type"),
                           QByteArrayLiteral("application/json"));
        admission.early = std::move(scripted);
        return;
    }
    if (int retryAfter = 0; m_faults->shouldRateLimit(&retryAfter)) {
        admission.early =
            service.failure(429, "RATE_LIMITED", QStringLiteral("Too many requests"), request);
        admission.early->setHeader(QByteArrayLiteral("Retry-After"),
                                   QByteArray::number(retryAfter));
        return;
    }
    if (m_faults->shouldFail()) {
        admission.early = service.failure(
            503, "SERVICE_UNAVAILABLE", QStringLiteral("Service temporarily unavailable"), request);
        return;
    }
    if (request.body.size() > m_config.maxBodyBytes) {
        admission.early = service.failure(413, "PAYLOAD_TOO_LARGE",
                                          QStringLiteral("Request body too large"), request);
        return;
    }
    if (auto answer = service.route(request)) {
        admission.early = std::move(answer);
        return;
    }
    SandboxResponse refusal;
    admission.principal = service.authenticate(request, &refusal);
    if (!admission.principal) {
        admission.early = refusal;
        return;
    }
    const bool keyGiven =
        std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &header) {
            return header.first.compare("X-Idempotency-Key", Qt::CaseInsensitive) == 0;
        });
    if (!request.isWrite() || !keyGiven)
        return;
    const QByteArray key = request.header(QByteArrayLiteral("X-Idempotency-Key"));
    if (!IdempotencyGuard::isValidKey(key)) {
        admission.early = service.failure(
            400, "INVALID_IDEMPOTENCY_KEY",
            QStringLiteral("X-Idempotency-Key must be 1 to 255 printable ASCII characters"),
            request);
        return;
    }
    const QString &scope = admission.principal->idempotencyScope;
    const QByteArray fingerprint =
        IdempotencyGuard::fingerprint(request.method, request.path, request.body);
    const auto decision = m_idempotency->begin(scope, key, fingerprint, now());
    switch (decision.outcome) {
    case IdempotencyGuard::Outcome::Proceed:
        admission.idempotencyKey = key;
        admission.fingerprint = fingerprint;
        break;
    case IdempotencyGuard::Outcome::Replay:
        admission.early = SandboxResponse{decision.stored.status, decision.stored.body, {}};
        admission.replayed = true;
        break;
    case IdempotencyGuard::Outcome::InFlight:
        admission.early = service.failure(
            409, "IDEMPOTENCY_KEY_IN_USE",
            QStringLiteral("A request with this idempotency key is still being processed"),
            request);
        admission.early->setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        break;
    case IdempotencyGuard::Outcome::KeyReused:
        admission.early = service.failure(
            422, "IDEMPOTENCY_KEY_REUSED",
            QStringLiteral("This idempotency key was already used for a different request"),
            request);
        break;
    }
}

// Runs the endpoint; a write and its stored idempotent response commit together or not at all.
SandboxResponse SandboxServer::execute(Admission &admission, bool *applied)
{
    const SandboxRequest &request = admission.request;
    const bool write = request.isWrite();
    if (write && !m_store->begin()) {
        if (!admission.idempotencyKey.isEmpty())
            m_idempotency->abandon(admission.principal->idempotencyScope, admission.idempotencyKey);
        return admission.service->failure(500, "INTERNAL_ERROR", QStringLiteral("Update failed"),
                                          request);
    }
    SandboxResponse response = admission.service->execute(request, *admission.principal, applied);
    if (!write)
        return response;

    bool committed = response.status < 500;
    const QString &scope = admission.principal->idempotencyScope;
    if (!admission.idempotencyKey.isEmpty()) {
        if (committed) {
            committed =
                m_idempotency->finish(scope, admission.idempotencyKey, admission.fingerprint,
                                      response.status, response.body, now());
        } else {
            m_idempotency->abandon(scope, admission.idempotencyKey);
        }
    }
    committed = committed && m_store->commit();
    if (!committed) {
        m_store->rollback();
        *applied = false;
        if (response.status < 500) {
            response = admission.service->failure(500, "INTERNAL_ERROR",
                                                  QStringLiteral("Update failed"), request);
        }
    }
    return response;
}

void SandboxServer::complete(Admission &admission, QHttpServerResponder &responder, bool connected,
                             const QElapsedTimer &timer)
{
    const SandboxRequest &request = admission.request;
    bool applied = false;
    SandboxResponse response = admission.early ? *admission.early : execute(admission, &applied);
    response.setHeader(QByteArrayLiteral("X-Request-Id"), request.requestId);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // The server's clock: the identity service's clients reckon token lifetimes with it.
    response.setHeader(QByteArrayLiteral("Date"),
                       QLocale::c()
                               .toString(now().toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                               .toLatin1() +
                           " GMT");
    if (admission.replayed)
        response.setHeader(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));

    if (connected) {
        QHttpServerResponse http(QByteArrayLiteral("application/json"), response.body,
                                 static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &[name, value] : std::as_const(response.headers))
            http.setHeader(name, value);
        http.write(std::move(responder));
    }

    const qint64 elapsedMs = timer.elapsed();
    qCInfo(lcSandboxHttp).noquote() << request.method << request.path << response.status
                                    << request.requestId << elapsedMs << "ms";
    SandboxExchange exchange;
    exchange.method = request.method;
    exchange.path = request.path;
    exchange.requestHeaders = request.headers;
    exchange.requestBody = request.body;
    exchange.status = response.status;
    exchange.responseBody = response.body;
    exchange.requestId = request.requestId;
    exchange.applied = applied;
    exchange.replayed = admission.replayed;
    exchange.elapsedMs = elapsedMs;
    Q_EMIT exchangeCompleted(exchange);
}

} // namespace valara::sandbox
