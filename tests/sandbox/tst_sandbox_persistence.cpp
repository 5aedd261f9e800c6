// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Persistence of the sandbox database (docs/api-contract.md, "Sandbox-only behaviour"): a
// fixture is loaded only into an empty database, and a restart keeps every change, idempotency
// records included.
#include "ContractChecks.h"
#include "SandboxHarness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

using namespace ContractChecks;

namespace {

const QByteArray OtherFixture = R"({"users":[
  {"id":"z1","role":"admin","api_key":"key-z1","org_id":"org-z","team":null,"manages":[],
   "profile":{"email":"zed@valara.test","name":"Zed Zero"},"preferences":{}}]})";

} // namespace

class TstSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void restartKeepsChangesAndSkipsTheFixture_data();
    void restartKeepsChangesAndSkipsTheFixture();
    void restartKeepsTimestamps();
    void idempotencyRecordsSurviveARestart();
    void databaseFileIsCreatedAtTheGivenPath();

private:
    std::unique_ptr<SandboxHarness> start(const QByteArray &fixture = {})
    {
        SandboxConfig config;
        config.databasePath = m_dbPath;
        auto harness = std::make_unique<SandboxHarness>(config, fixture);
        if (!harness->isReady())
            qWarning("sandbox not ready: %s", qPrintable(harness->error()));
        return harness;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
};

void TstSandboxPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("sandbox.sqlite"));
}

void TstSandboxPersistence::cleanup()
{
    m_dir.reset();
}

void TstSandboxPersistence::restartKeepsChangesAndSkipsTheFixture_data()
{
    QTest::addColumn<QByteArray>("secondFixture");
    QTest::newRow("same fixture") << QByteArray(); // contract fixture again
    QTest::newRow("other fixture") << OtherFixture;
}

void TstSandboxPersistence::restartKeepsChangesAndSkipsTheFixture()
{
    QFETCH(QByteArray, secondFixture);
    {
        auto h = start();
        QVERIFY(h->isReady());
        CHECK(status(h->patch(QStringLiteral("/api/v1/users/g1/preferences"), "key-agent-g1",
                              R"({"theme":"light","language":"de-CH"})"),
                     200));
        CHECK(status(h->patch(QStringLiteral("/api/v1/users/g1"), "key-agent-g1",
                              R"({"title":"Team Lead","city":null})"),
                     200));
        CHECK(meSuccess(h->patch(QStringLiteral("/v1/me"), h->sessionToken("g1"),
                                 R"({"preferences":{"timezone":"Europe/Paris"}})")));
        CHECK(meSuccess(h->patch(QStringLiteral("/v1/me"), h->sessionToken("g2"),
                                 R"({"preferences":{"timezone":"Asia/Tokyo"}})")));
    }
    auto h = start(secondFixture);
    QVERIFY(h->isReady());
    const HttpReply preferences =
        h->get(QStringLiteral("/api/v1/users/g1/preferences"), "key-agent-g1");
    CHECK(status(preferences, 200));
    QCOMPARE(preferences.json().value("theme").toString(), QStringLiteral("light"));
    QCOMPARE(preferences.json().value("language").toString(), QStringLiteral("de-CH"));
    QCOMPARE(preferences.json().value("timezone").toString(), QStringLiteral("America/Chicago"));
    const HttpReply user = h->get(QStringLiteral("/api/v1/users/g1"), "key-agent-g1");
    CHECK(status(user, 200));
    QCOMPARE(user.json().value("title").toString(), QStringLiteral("Team Lead"));
    QVERIFY(user.json().value("city").isNull());
    QCOMPARE(user.json().value("state").toString(), QStringLiteral("TX"));
    const HttpReply me = h->get(QStringLiteral("/v1/me"), h->sessionToken("g1"));
    CHECK(meSuccess(me));
    QCOMPARE(me.data().value("preferences").toObject().value("timezone").toString(),
             QStringLiteral("Europe/Paris"));
    QCOMPARE(h->get(QStringLiteral("/v1/me"), h->sessionToken("g2"))
                 .data()
                 .value("preferences")
                 .toObject()
                 .value("timezone")
                 .toString(),
             QStringLiteral("Asia/Tokyo"));
    // The second fixture was not loaded: its user does not exist, the first fixture's users do.
    CHECK(status(h->get(QStringLiteral("/api/v1/users/me"), "key-z1"), 401));
    const HttpReply list = h->get(QStringLiteral("/api/v1/users?limit=200"), "key-admin-a1");
    CHECK(status(list, 200));
    QCOMPARE(list.json().value("total").toInt(), 7);
}

void TstSandboxPersistence::restartKeepsTimestamps()
{
    QString createdAt;
    QString updatedAt;
    {
        auto h = start();
        QVERIFY(h->isReady());
        const HttpReply patched =
            h->patch(QStringLiteral("/api/v1/users/g2"), "key-agent-g2", R"({"tagline":"Hi"})");
        CHECK(status(patched, 200));
        createdAt = patched.json().value("created_at").toString();
        updatedAt = patched.json().value("updated_at").toString();
        QVERIFY(!createdAt.isEmpty() && !updatedAt.isEmpty());
    }
    auto h = start();
    QVERIFY(h->isReady());
    const HttpReply user = h->get(QStringLiteral("/api/v1/users/g2"), "key-agent-g2");
    CHECK(status(user, 200));
    QCOMPARE(user.json().value("created_at").toString(), createdAt);
    QCOMPARE(user.json().value("updated_at").toString(), updatedAt);
    QCOMPARE(user.json().value("tagline").toString(), QStringLiteral("Hi"));
}

void TstSandboxPersistence::idempotencyRecordsSurviveARestart()
{
    const QString path = QStringLiteral("/api/v1/users/g1/preferences");
    const SandboxHarness::Headers key{{"X-Idempotency-Key", "survives-restart"}};
    const SandboxHarness::Headers meKey{{"X-Idempotency-Key", "me-survives-restart"}};
    HttpReply first;
    HttpReply meFirst;
    {
        auto h = start();
        QVERIFY(h->isReady());
        first = h->patch(path, "key-agent-g1", R"({"theme":"light"})", key);
        CHECK(status(first, 200));
        CHECK(status(h->patch(path, "key-agent-g1", R"({"theme":"dark"})"), 200));
        meFirst = h->patch(QStringLiteral("/v1/me"), h->sessionToken("g1"),
                           R"({"preferences":{"timezone":"UTC"}})", meKey);
        CHECK(meSuccess(meFirst));
    }
    auto h = start();
    QVERIFY(h->isReady());
    const HttpReply replay = h->patch(path, "key-agent-g1", R"({"theme":"light"})", key);
    CHECK(status(replay, 200));
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replay.body, first.body);
    QCOMPARE(h->get(path, "key-agent-g1").json().value("theme").toString(), QStringLiteral("dark"));
    CHECK(status(h->patch(path, "key-agent-g1", R"({"theme":"system"})", key), 422));

    const HttpReply meReplay = h->patch(QStringLiteral("/v1/me"), h->sessionToken("g1"),
                                        R"({"preferences":{"timezone":"UTC"}})", meKey);
    CHECK(meSuccess(meReplay));
    QCOMPARE(meReplay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(meReplay.body, meFirst.body);
}

void TstSandboxPersistence::databaseFileIsCreatedAtTheGivenPath()
{
    QVERIFY(!QFile::exists(m_dbPath));
    auto h = start();
    QVERIFY(h->isReady());
    QVERIFY(QFile::exists(m_dbPath));
}

QTEST_GUILESS_MAIN(TstSandboxPersistence)
#include "tst_sandbox_persistence.moc"
