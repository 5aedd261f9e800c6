// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoBackend.h"

#include "app/AppLogging.h"
#include "models/caller/Caller.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/services/SessionToken.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace valara {

DemoBackend::DemoBackend(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo sandbox"));
}

DemoBackend::~DemoBackend()
{
    if (!m_thread.isRunning())
        return;
    // The server's sockets and database belong to its thread: they are closed there.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

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
                      object.value(QLatin1String("api_key")).toString().toUtf8(),
                      object.value(QLatin1String("org_id")).toString()};
        if (!person.apiKey.isEmpty())
            result.append(person);
    }
    std::stable_partition(result.begin(), result.end(),
                          [](const Person &p) { return p.role == Caller::Role::Admin; });
    return result;
}

bool DemoBackend::prepare(QString *error)
{
    m_fixture = fixture();
    if (m_fixture.isEmpty()) {
        *error = tr("The demo data is missing from this build.");
        return false;
    }
    const QList<Person> everyone = people(m_fixture);
    if (everyone.isEmpty() || everyone.constFirst().role != Caller::Role::Admin) {
        *error = tr("The demo data has no administrator to sign in with.");
        return false;
    }
    m_admin = everyone.constFirst();
    return true;
}

void DemoBackend::startInBackground()
{
    Q_ASSERT(!m_fixture.isEmpty() && !m_thread.isRunning());
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this] { startOnThread(); }, Qt::QueuedConnection);
}

void DemoBackend::startOnThread()
{
    QString error;
    m_server = new sandbox::SandboxServer(sandbox::SandboxConfig{});
    const bool ok = m_server->open(&error) && m_server->loadFixture(m_fixture, &error) &&
                    m_server->start(QHostAddress::LocalHost, 0, &error) != 0;
    const QUrl url = ok ? m_server->baseUrl() : QUrl();
    {
        QMutexLocker lock(&m_mutex);
        m_done = true;
        m_baseUrl = url;
        m_error = ok ? QString() : error;
        m_finished.wakeAll();
    }
    // Emitted on this thread, delivered on the receivers' (queued).
    if (ok) {
        qCInfo(lcApp).noquote() << "demo sandbox listening on" << url.toDisplayString();
        Q_EMIT started(url);
    } else {
        Q_EMIT failed(error);
    }
}

bool DemoBackend::waitUntilStarted(QString *error)
{
    QMutexLocker lock(&m_mutex);
    while (!m_done)
        m_finished.wait(&m_mutex);
    if (!m_error.isEmpty())
        *error = m_error;
    return m_error.isEmpty();
}

bool DemoBackend::start(QString *error)
{
    if (!prepare(error))
        return false;
    startInBackground();
    return waitUntilStarted(error);
}

QByteArray DemoBackend::sessionToken(qint64 ttlSeconds) const
{
    if (m_admin.userId.isEmpty())
        return {};
    // What the sandbox itself would mint: its clock is the system's.
    sandbox::SessionToken::Claims claims;
    claims.subject = m_admin.userId;
    claims.orgId = m_admin.orgId;
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(ttlSeconds);
    return sandbox::SessionToken::mint(claims, sandbox::SandboxConfig{}.jwtSecret);
}

QUrl DemoBackend::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

} // namespace valara
