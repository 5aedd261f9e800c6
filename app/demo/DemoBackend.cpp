// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoBackend.h"

#include "app/AppLogging.h"
#include "models/caller/Caller.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/services/SessionToken.h"
#include "sandbox/store/SandboxStore.h"

#include <QFile>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace valara {

DemoBackend::DemoBackend() = default;

DemoBackend::~DemoBackend() = default;

QByteArray DemoBackend::fixture()
{
    QFile file(QStringLiteral(":/demo/demo-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray DemoBackend::adminApiKey(const QByteArray &fixture)
{
    const QJsonArray users =
        QJsonDocument::fromJson(fixture).object().value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : users) {
        const QJsonObject object = user.toObject();
        if (Caller::roleFromKey(object.value(QLatin1String("role")).toString()) ==
            Caller::Role::Admin)
            return object.value(QLatin1String("api_key")).toString().toUtf8();
    }
    return {};
}

QList<DemoBackend::Person> DemoBackend::people(const QByteArray &fixture)
{
    QList<Person> result;
    const QJsonArray users =
        QJsonDocument::fromJson(fixture).object().value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : users) {
        const QJsonObject object = user.toObject();
        Person person{object.value(QLatin1String("id")).toString(),
                      object.value(QLatin1String("profile"))
                          .toObject()
                          .value(QLatin1String("name"))
                          .toString(),
                      Caller::roleFromKey(object.value(QLatin1String("role")).toString()),
                      object.value(QLatin1String("api_key")).toString().toUtf8()};
        if (!person.apiKey.isEmpty())
            result.append(person);
    }
    std::stable_partition(result.begin(), result.end(),
                          [](const Person &p) { return p.role == Caller::Role::Admin; });
    return result;
}

bool DemoBackend::start(QString *error)
{
    const QByteArray data = fixture();
    if (data.isEmpty()) {
        *error = tr("The demo data is missing from this build.");
        return false;
    }
    m_apiKey = adminApiKey(data);
    if (m_apiKey.isEmpty()) {
        *error = tr("The demo data has no administrator to sign in with.");
        return false;
    }
    m_server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxConfig{});
    if (!m_server->open(error) || !m_server->loadFixture(data, error))
        return false;
    if (m_server->start(QHostAddress::LocalHost, 0, error) == 0)
        return false;
    qCInfo(lcApp).noquote() << "demo sandbox listening on" << m_server->baseUrl().toDisplayString();
    return true;
}

QByteArray DemoBackend::sessionToken(qint64 ttlSeconds) const
{
    if (!m_server)
        return {};
    const auto admin = m_server->store().userByApiKey(m_apiKey);
    if (!admin)
        return {};
    sandbox::SessionToken::Claims claims;
    claims.subject = admin->id;
    claims.orgId = admin->orgId;
    claims.issuedAt = m_server->now();
    claims.expiresAt = claims.issuedAt.addSecs(ttlSeconds);
    return sandbox::SessionToken::mint(claims, m_server->config().jwtSecret);
}

QUrl DemoBackend::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

} // namespace valara
