// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoBackend.h"

#include "api/identity/PublishableKey.h"
#include "app/AppLogging.h"
#include "app/demo/module/DemoSandbox.h"
#include "models/caller/Caller.h"
#include "models/modules/ModuleLoader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>

#include <algorithm>

namespace valara {

namespace {

// The valara-demo-sandbox module (DemoSandbox.h), loaded when a demo first needs it. Never
// unloaded.
struct DemoModule
{
    QLibrary library;
    ValaraDemoStartFunction start = nullptr;
    ValaraDemoStopFunction stop = nullptr;
    ValaraDemoMintFunction mint = nullptr;
    QString problem;
};

const DemoModule &demoModule()
{
    static const DemoModule *const module = [] {
        auto *loaded = new DemoModule;
        if (ModuleLoader::load(loaded->library, QStringLiteral(VALARA_DEMO_MODULE_NAME),
                               QStringLiteral(VALARA_DEMO_MODULE_BUILD_PATH), "valara_demo_version",
                               VALARA_DEMO_SANDBOX_VERSION,
                               {"valara_demo_start", "valara_demo_stop", "valara_demo_mint"},
                               &loaded->problem)) {
            loaded->start = reinterpret_cast<ValaraDemoStartFunction>(
                loaded->library.resolve("valara_demo_start"));
            loaded->stop = reinterpret_cast<ValaraDemoStopFunction>(
                loaded->library.resolve("valara_demo_stop"));
            loaded->mint = reinterpret_cast<ValaraDemoMintFunction>(
                loaded->library.resolve("valara_demo_mint"));
        }
        return loaded;
    }();
    return *module;
}

} // namespace

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
            if (m_server)
                demoModule().stop(m_server);
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
                      object.value(QLatin1String("org_id")).toString(),
                      object.value(QLatin1String("profile"))
                          .toObject()
                          .value(QLatin1String("email"))
                          .toString()};
        if (!person.apiKey.isEmpty())
            result.append(person);
    }
    std::stable_partition(result.begin(), result.end(),
                          [](const Person &p) { return p.role == Caller::Role::Admin; });
    return result;
}

MeApiSession::Start DemoBackend::meApiStart() const
{
    MeApiSession::Start start = MeApiSession::Start::at(baseUrl());
    start.publishableKey = PublishableKey::forOrigin(start.baseUrl);
    start.identifier = m_admin.email;
    start.password = QJsonDocument::fromJson(m_fixture)
                         .object()
                         .value(QLatin1String("sign_in"))
                         .toObject()
                         .value(QLatin1String("password"))
                         .toString(QStringLiteral("valara-demo"));
    return start;
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
    QUrl url;
    const DemoModule &module = demoModule();
    if (!module.start) {
        error = tr("this installation of Valara Desk is missing its demo module (%1).")
                    .arg(module.problem);
    } else {
        char address[256];
        char problem[1024];
        m_server = module.start(m_fixture.constData(), int(m_fixture.size()), address,
                                sizeof address, problem, sizeof problem);
        if (m_server)
            url = QUrl(QString::fromUtf8(address));
        else
            error = QString::fromUtf8(problem);
    }
    const bool ok = m_server != nullptr;
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
    const DemoModule &module = demoModule();
    if (m_admin.userId.isEmpty() || !module.mint)
        return {};
    // What the sandbox itself would mint: its clock is the system's.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    char token[2048];
    const int length =
        module.mint(m_admin.userId.toUtf8().constData(), m_admin.orgId.toUtf8().constData(), now,
                    now + ttlSeconds, token, sizeof token);
    return QByteArray(token, length);
}

QUrl DemoBackend::baseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_baseUrl;
}

} // namespace valara
