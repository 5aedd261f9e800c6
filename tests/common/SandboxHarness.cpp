// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"

#include "AsyncHttp.h"

#include "sandbox/services/SessionToken.h"
#include "sandbox/store/SandboxStore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace valara::testing {

using namespace valara::sandbox;

SandboxHarness::SandboxHarness(SandboxConfig config, const QByteArray &fixture)
    : m_server(std::make_unique<SandboxServer>(config))
{
    if (!m_server->open(&m_error))
        return;
    if (!m_server->loadFixture(fixture.isEmpty() ? contractFixture() : fixture, &m_error))
        return;
    if (m_server->start(QHostAddress::LocalHost, 0, &m_error) == 0)
        return;
    m_ready = true;
}

SandboxHarness::~SandboxHarness() = default;

QUrl SandboxHarness::url(const QString &pathAndQuery) const
{
    return m_server->baseUrl().resolved(QUrl(pathAndQuery));
}

HttpReply SandboxHarness::send(const QByteArray &method, const QString &path,
                               const QByteArray &bearer, const QByteArray &body,
                               const Headers &headers)
{
    QNetworkRequest request(url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();

    return AsyncHttp::collect(reply);
}

HttpReply SandboxHarness::patch(const QString &path, const QByteArray &bearer,
                                const QByteArray &json, const Headers &headers)
{
    Headers all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("PATCH", path, bearer, json, all);
}

HttpReply SandboxHarness::put(const QString &path, const QByteArray &bearer, const QByteArray &json,
                              const Headers &headers)
{
    Headers all = headers;
    all.prepend({"Content-Type", "application/json"});
    return send("PUT", path, bearer, json, all);
}

QByteArray SandboxHarness::sessionToken(const QString &userId, qint64 ttlSeconds,
                                        const QString &orgId) const
{
    SessionToken::Claims claims;
    claims.subject = userId;
    claims.orgId = orgId;
    if (claims.orgId.isEmpty()) {
        if (const auto user = m_server->store().userById(userId))
            claims.orgId = user->orgId;
    }
    claims.issuedAt = m_server->now();
    claims.expiresAt = claims.issuedAt.addSecs(ttlSeconds);
    return SessionToken::mint(claims, m_server->config().jwtSecret);
}

QJsonValue SandboxHarness::meTimezone(const QString &userId)
{
    return get(QStringLiteral("/v1/me"), sessionToken(userId))
        .data()
        .value(QLatin1String("preferences"))
        .toObject()
        .value(QLatin1String("timezone"));
}

QString SandboxHarness::testDataPath(const QString &fileName)
{
    return QStringLiteral(VALARA_TEST_DATA_DIR "/") + fileName;
}

QByteArray SandboxHarness::contractFixture()
{
    QFile file(testDataPath(QStringLiteral("contract-fixture.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the contract fixture: %s", qPrintable(file.errorString()));
    return file.readAll();
}

QByteArray SandboxHarness::contractFixtureWith(const QString &fileName)
{
    QFile file(testDataPath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(fileName), qPrintable(file.errorString()));
    QJsonObject fixture = QJsonDocument::fromJson(contractFixture()).object();
    QJsonArray users = fixture.value(QLatin1String("users")).toArray();
    const QJsonArray more =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : more)
        users.append(user);
    fixture.insert(QStringLiteral("users"), users);
    return QJsonDocument(fixture).toJson(QJsonDocument::Compact);
}

} // namespace valara::testing
