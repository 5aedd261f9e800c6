// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileEditor against the real sandbox: PATCH with only the changed fields, PUT over a fresh
// copy for admin-only fields (nothing wiped), refusals and conflicts that keep the edits. Races
// with ETags and the conflict choices: tst_profile_editor_conflicts.cpp.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "TestCaller.h"
#include "api/ApiClient.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>(
            SandboxConfig(), SandboxHarness::contractFixtureWith("full-profile-user.json"));
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_model = std::make_unique<ProfileModel>();
    }
    void cleanup()
    {
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void anAgentEditsTheirTitleAndPhone()
    {
        signIn("key-agent-g1", "g1", false);
        QVERIFY(load("g1"));
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        edit("g1", "title", "Senior Agent");
        edit("g1", "phone", "(512) 555-0142");
        QVERIFY(m_editor->save("g1"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(exchanges.size(), 1);
        const auto exchange = exchanges.at(0).at(0).value<SandboxExchange>();
        QCOMPARE(exchange.method, QByteArray("PATCH"));
        QCOMPARE(exchange.path, QStringLiteral("/api/v1/users/g1"));
        QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
                 (QJsonObject{{"title", "Senior Agent"}, {"phone", "+15125550142"}}));
        QVERIFY(!m_model->isDirty(0));
        QCOMPARE(cell("g1", "phone").data().toString(), QStringLiteral("+15125550142"));
        QCOMPARE(stored("g1").value("title"), QJsonValue("Senior Agent"));
    }

    void anAgentCannotOpenAnotherUsersProfile()
    {
        signIn("key-agent-g1", "g1", false);
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        m_editor->load("g2");
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!m_model->hasServerValues(m_model->rowOf("g2")));
    }

    void anAdminChangesAnEmailThroughPutAndNothingIsWiped()
    {
        signIn("key-admin-a1", "a1", true);
        // Fern has every profile field set, so a PUT that dropped one would show.
        const QJsonObject before = stored("f1");
        for (const ProfileSchema::Field &field : ProfileSchema::fields())
            QVERIFY2(!before.value(field.key).isNull(), qPrintable(field.key));
        QVERIFY(load("f1"));
        // Meanwhile, Fern rewrites her bio: the admin's save must not undo it.
        QCOMPARE(
            m_sandbox->patch("/api/v1/users/f1", "key-agent-f1", R"({"bio":"New bio"})").status,
            200);
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        edit("f1", "email", "fern.agent@valara.test");
        QVERIFY(m_editor->save("f1"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).at(0).value<SandboxExchange>().method, QByteArray("GET"));
        const auto put = exchanges.at(1).at(0).value<SandboxExchange>();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.status, 200);
        QVERIFY(put.requestHeader("If-Match").isEmpty()); // this server gives no ETags

        const QJsonObject after = stored("f1");
        QCOMPARE(after.value("email"), QJsonValue("fern.agent@valara.test"));
        QCOMPARE(after.value("bio"), QJsonValue("New bio"));
        for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
            if (field.key != "email" && field.key != "bio")
                QVERIFY2(after.value(field.key) == before.value(field.key), qPrintable(field.key));
        }
        QCOMPARE(cell("f1", "bio").data().toString(), QStringLiteral("New bio"));
        QVERIFY(!m_model->isDirty(0));
    }

    void aConflictingChangeStopsThePutAndKeepsTheEdits()
    {
        signIn("key-admin-a1", "a1", true);
        QVERIFY(load("g1"));
        QCOMPARE(
            m_sandbox->patch("/api/v1/users/g1", "key-agent-g1", R"({"title":"Team Lead"})").status,
            200);
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        edit("g1", "title", "Agent II");
        edit("g1", "account_status", "suspended");
        QVERIFY(m_editor->save("g1"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(exchanges.size(), 1); // the fresh copy only: no PUT
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Conflict);
        QVERIFY2(error.message.contains("Title"), qPrintable(error.message));
        QCOMPARE(cell("g1", "title").data().toString(), QStringLiteral("Agent II"));
        QCOMPARE(cell("g1", "title").data(ProfileModel::ServerValueRole).toString(),
                 QStringLiteral("Team Lead"));

        // Saving again, knowingly, goes through.
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        QVERIFY(m_editor->save("g1"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(stored("g1").value("title"), QJsonValue("Agent II"));
        QCOMPARE(stored("g1").value("account_status"), QJsonValue("suspended"));
    }

    void anAdminsOrdinaryEditIsAPatch()
    {
        signIn("key-admin-a1", "a1", true);
        QVERIFY(load("g2"));
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy saved(m_editor.get(), &ProfileEditor::saved);
        edit("g2", "license_state", "Texas");
        QVERIFY(m_editor->save("g2"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(exchanges.size(), 1);
        const auto exchange = exchanges.at(0).at(0).value<SandboxExchange>();
        QCOMPARE(exchange.method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
                 (QJsonObject{{"license_state", "TX"}}));
    }

    void aRefusedPutKeepsTheEdits()
    {
        signIn("key-admin-a1", "a1", true);
        QVERIFY(load("g2"));
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        edit("g2", "email", "GINA@valara.test"); // Gina's, compared without case
        QVERIFY(m_editor->save("g2"));
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 409);
        QVERIFY(!error.requestId.isEmpty());
        QCOMPARE(cell("g2", "email").data().toString(), QStringLiteral("GINA@valara.test"));
        QVERIFY(m_model->isDirty(m_model->rowOf("g2")));
        QCOMPARE(stored("g2").value("email"), QJsonValue("gus@valara.test"));
    }

    void aServerFieldErrorLandsOnItsField()
    {
        signIn("key-agent-g1", "g1", false);
        QVERIFY(load("g1"));
        m_sandbox->server().faults().answerNext(
            422, R"({"detail":[{"type":"value_error","loc":["body","tagline"],)"
                 R"("msg":"Value error, tagline is taken"}]})");
        QSignalSpy failed(m_editor.get(), &ProfileEditor::failed);
        edit("g1", "tagline", "Austin's own");
        QVERIFY(m_editor->save("g1"));
        QVERIFY(failed.wait(5000));
        QVERIFY2(cell("g1", "tagline").data(ProfileModel::ErrorRole).toString().contains("taken"),
                 qPrintable(cell("g1", "tagline").data(ProfileModel::ErrorRole).toString()));
        QVERIFY(!m_model->canSave(0)); // until the field is edited again
        QCOMPARE(cell("g1", "tagline").data().toString(), QStringLiteral("Austin's own"));
    }

private:
    void signIn(const QByteArray &key, const QString &userId, bool admin)
    {
        m_client = makeTestClient(*m_sandbox, &m_network, key);
        m_model->setCaller(testCaller(userId, admin ? "admin" : "agent"));
        m_editor = std::make_unique<ProfileEditor>(m_client.get(), m_model.get());
    }
    bool load(const QString &userId)
    {
        QSignalSpy loaded(m_editor.get(), &ProfileEditor::loaded);
        m_editor->load(userId);
        return loaded.wait(5000);
    }
    QModelIndex cell(const QString &userId, const QString &key) const
    {
        return m_model->index(m_model->rowOf(userId), ProfileModel::columnOf(key));
    }
    void edit(const QString &userId, const QString &key, const QVariant &value)
    {
        QVERIFY(m_model->setData(cell(userId, key), value));
    }
    QJsonObject stored(const QString &userId) { return m_sandbox->storedUser(userId); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ProfileModel> m_model;
    std::unique_ptr<ProfileEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profile_editor.moc"
