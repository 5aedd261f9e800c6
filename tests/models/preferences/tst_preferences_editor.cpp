// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PreferencesEditor against the real sandbox: a broker edits a team member's preferences.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "sandbox/http/FaultInjector.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestPreferencesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, "key-broker-b1");
        m_model = std::make_unique<PreferencesModel>();
        m_editor = std::make_unique<PreferencesEditor>(m_client.get(), m_model.get());
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_editor->load("g2");
        QVERIFY(loaded.wait(5000));
    }
    void cleanup()
    {
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void loadShowsTheServerValuesWithDefaults()
    {
        QCOMPARE(value("date_time_format"), QStringLiteral("uk"));       // from the fixture
        QCOMPARE(value("timezone"), QStringLiteral("America/New_York")); // default applied
    }

    void aBrokerChangesTimezoneAndThemeAndOnlyThoseAreSent()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        edit("timezone", "Asia/Kolkata");
        edit("theme", "dark");
        QVERIFY(m_editor->save("g2"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(exchanges.size(), 1);
        const auto exchange = exchanges.at(0).at(0).value<SandboxExchange>();
        QCOMPARE(exchange.method, QByteArray("PATCH"));
        QCOMPARE(QJsonDocument::fromJson(exchange.requestBody).object(),
                 (QJsonObject{{"timezone", "Asia/Kolkata"}, {"theme", "dark"}}));
        QVERIFY(!m_model->isDirty(0));
        QCOMPARE(value("timezone"), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(value("measurement_unit"), QStringLiteral("metric")); // the server's answer
        QVERIFY(!saved.at(0).at(1).toString().isEmpty());              // request id
    }

    void anInvalidValueIsNeverSent()
    {
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        edit("timezone", "Mars/Olympus");
        QVERIFY(!m_editor->save("g2"));
        QTest::qWait(50);
        QCOMPARE(exchanges.size(), 0);
    }

    void aRefusalKeepsTheEdits()
    {
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        m_client->setBearerToken("key-agent-g1"); // an agent editing a teammate
        edit("theme", "dark");
        QVERIFY(m_editor->save("g2"));
        QVERIFY(failed.wait(5000));
        const auto error = failed.at(0).at(1).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Forbidden);
        QVERIFY(!error.requestId.isEmpty());
        QCOMPARE(value("theme"), QStringLiteral("dark"));
        QVERIFY(m_model->canSave(0)); // can be sent again once allowed
    }

    void aTimeoutKeepsTheEdits()
    {
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        m_sandbox->server().faults().setLatencyMs(800);
        m_client->setAttemptTimeout(150);
        edit("theme", "light");
        QVERIFY(m_editor->save("g2"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(value("theme"), QStringLiteral("light"));
        QVERIFY(m_model->isDirty(0));
    }

    void anEditDuringTheSaveSurvivesTheAnswer()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        m_sandbox->server().faults().setLatencyMs(200);
        edit("theme", "dark");
        QVERIFY(m_editor->save("g2"));
        QVERIFY(!m_editor->save("g2")); // one save at a time
        edit("theme", "light");
        QVERIFY(saved.wait(5000));
        QCOMPARE(value("theme"), QStringLiteral("light"));
        QCOMPARE(m_model->changes(0), (QJsonObject{{"theme", "light"}}));
        QCOMPARE(m_model->data(cell("theme"), PreferencesModel::ServerValueRole).toString(),
                 QStringLiteral("dark"));
    }

    void aPlainServerMessageLandsOnTheFieldItNames()
    {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = "Invalid preference value: timezone 'X/Y' is not a valid IANA timezone";
        const auto fields = PreferencesEditor::fieldErrorsFor(error, {"theme", "timezone"});
        QCOMPARE(fields.keys(), QStringList{"timezone"});
        error.message = "Invalid preference value";
        QCOMPARE(PreferencesEditor::fieldErrorsFor(error, {"theme"}).keys(), QStringList{"theme"});
        QVERIFY(PreferencesEditor::fieldErrorsFor(error, {"theme", "language"}).isEmpty());
        error.kind = ApiError::Kind::Forbidden;
        QVERIFY(PreferencesEditor::fieldErrorsFor(error, {"theme"}).isEmpty());
    }

private:
    QModelIndex cell(const QString &key) const
    {
        return m_model->index(m_model->rowOf("g2"), PreferencesModel::columnOf(key));
    }
    QString value(const QString &key) const { return cell(key).data().toString(); }
    void edit(const QString &key, const QString &value) { m_model->setData(cell(key), value); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<PreferencesEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestPreferencesEditor)
#include "tst_preferences_editor.moc"
