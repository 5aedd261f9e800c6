// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MeApiModel and MeApiEditor against the real sandbox with session tokens: set, clear (null), the
// empty no-op, refusals (invalid timezone, API key, ended session) and the GET fallback.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestMeApiEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, m_sandbox->sessionToken("g1"));
        m_model = std::make_unique<MeApiModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_editor = std::make_unique<MeApiEditor>(m_client.get(), m_model.get());
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    void cleanup()
    {
        m_exchanges.reset();
        m_editor.reset();
        m_tester.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void loadReadsThePayload()
    {
        QVERIFY(load());
        QCOMPARE(m_model->userId(), QStringLiteral("g1"));
        QCOMPARE(m_model->orgId(), QStringLiteral("org-1"));
        QVERIFY(!m_model->isStaff());
        QVERIFY(m_model->scopes().contains("me:write"));
        QCOMPARE(zone(), QStringLiteral("America/Denver"));
        QCOMPARE(exchange(0).method, QByteArray("GET"));
    }

    void setSendsTheEnvelopeBody()
    {
        QVERIFY(load());
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QStringLiteral("Asia/Kolkata")));
        QVERIFY(save());
        QCOMPARE(body(1),
                 QJsonObject({{"preferences", QJsonObject{{"timezone", "Asia/Kolkata"}}}}));
        QCOMPARE(m_sandbox->meTimezone("g1"), QJsonValue("Asia/Kolkata"));
        QVERIFY(!m_model->isDirty(m_model->meRow()));
    }

    void clearSendsNull()
    {
        QVERIFY(load());
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QString()));
        QCOMPARE(m_model->changes(m_model->meRow()), QJsonObject({{"timezone", QJsonValue()}}));
        QVERIFY(save());
        QCOMPARE(body(1), QJsonObject({{"preferences", QJsonObject{{"timezone", QJsonValue()}}}}));
        QCOMPARE(m_sandbox->meTimezone("g1"), QJsonValue());
        QCOMPARE(m_model->timeZoneIndex().data().toString(), QString());
    }

    void nothingChangedSendsNothing()
    {
        QVERIFY(load());
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QStringLiteral("America/Denver")));
        QVERIFY(!m_editor->save());
        QTest::qWait(50);
        QCOMPARE(m_exchanges->size(), 1); // the load only
    }

    void anUnknownZoneIsRefusedLocally()
    {
        QVERIFY(load());
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QStringLiteral("Mars/Olympus")));
        QVERIFY(!m_model->timeZoneIndex().data(MeApiModel::ErrorRole).toString().isEmpty());
        QVERIFY(!m_editor->save());
    }

    void theServersInvalidTimezoneLandsOnTheField()
    {
        QVERIFY(load());
        m_sandbox->server().faults().answerNext(
            400, R"({"success":false,"error":{"code":"INVALID_TIMEZONE","message":"invalid )"
                 R"(timezone","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM","details":{"timezone":)"
                 R"("unknown IANA timezone"}},"meta":null,"data":null})");
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QStringLiteral("Europe/Kyiv")));
        QSignalSpy failed(m_editor.get(), &MeApiEditor::failed);
        QVERIFY(m_editor->save());
        QVERIFY(failed.wait(5000));
        QCOMPARE(m_model->timeZoneIndex().data(MeApiModel::ErrorRole).toString(),
                 QStringLiteral("unknown IANA timezone"));
        QCOMPARE(m_model->timeZoneIndex().data().toString(), QStringLiteral("Europe/Kyiv"));
    }

    void anApiKeyIsExplained()
    {
        m_client->setBearerToken("key-agent-g1");
        QSignalSpy failed(m_editor.get(), &MeApiEditor::failed);
        m_editor->load();
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.message,
                 QStringLiteral("API keys are not user-scoped: sign in with a session token."));
        QVERIFY(!error.requestId.isEmpty());
    }

    void anEndedSessionKeepsTheEditAndResendsItAfterSigningIn()
    {
        QVERIFY(load());
        m_client->setBearerToken(m_sandbox->sessionToken("g1", -60)); // expired a minute ago
        QSignalSpy signIn(m_editor.get(), &MeApiEditor::signInRequired);
        QVERIFY(m_model->setData(m_model->timeZoneIndex(), QStringLiteral("Europe/Lisbon")));
        QVERIFY(m_editor->save());
        QVERIFY(signIn.wait(5000));
        QVERIFY(m_editor->awaitingSignIn());
        QCOMPARE(exchange(1).status, 401);
        QCOMPARE(m_model->timeZoneIndex().data().toString(), QStringLiteral("Europe/Lisbon"));
        QCOMPARE(m_sandbox->meTimezone("g1"), QJsonValue("America/Denver"));

        m_client->setBearerToken(m_sandbox->sessionToken("g1"));
        QSignalSpy saved(m_editor.get(), &MeApiEditor::saved);
        m_editor->resumeAfterSignIn();
        QVERIFY(saved.wait(5000));
        QVERIFY(!m_editor->awaitingSignIn());
        QCOMPARE(m_sandbox->meTimezone("g1"), QJsonValue("Europe/Lisbon"));
        // The harness's own reads (meTimezone) are exchanges too: find the resent PATCH.
        int patches = 0;
        for (int i = 0; i < m_exchanges->size(); ++i) {
            if (exchange(i).method == "PATCH")
                QCOMPARE(exchange(i).status, ++patches == 1 ? 401 : 200);
        }
        QCOMPARE(patches, 2);
    }

    void withoutGetAnEmptyPatchReads()
    {
        m_sandbox->server().faults().answerNext(
            405, R"({"success":false,"error":{"code":"METHOD_NOT_ALLOWED","message":"method not )"
                 R"(allowed","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})");
        QVERIFY(load());
        QCOMPARE(m_exchanges->size(), 2);
        QCOMPARE(exchange(1).method, QByteArray("PATCH"));
        QCOMPARE(exchange(1).requestBody, QByteArray("{}"));
        QCOMPARE(zone(), QStringLiteral("America/Denver"));
    }

private:
    bool load()
    {
        QSignalSpy loaded(m_editor.get(), &MeApiEditor::loaded);
        m_editor->load();
        return loaded.wait(5000);
    }
    bool save()
    {
        QSignalSpy saved(m_editor.get(), &MeApiEditor::saved);
        return m_editor->save() && saved.wait(5000);
    }
    QString zone() const { return m_model->timeZoneIndex().data().toString(); }
    SandboxExchange exchange(int i) const
    {
        return m_exchanges->at(i).at(0).value<SandboxExchange>();
    }
    QJsonObject body(int i) const
    {
        return QJsonDocument::fromJson(exchange(i).requestBody).object();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MeApiModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MeApiEditor> m_editor;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_GUILESS_MAIN(TestMeApiEditor)
#include "tst_me_api_editor.moc"
