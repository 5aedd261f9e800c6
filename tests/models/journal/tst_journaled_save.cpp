// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saves journaled by the editors, against the real sandbox: the entry is written (Sending, with
// the idempotency key the request then carries) before the request leaves, and updated from the
// answer; a journal that is off or absent changes nothing for the save.
#include "SandboxExchanges.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "TestCaller.h"
#include "api/ApiClient.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalEntry.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {

const QString Account = QStringLiteral("valara:test:b1");

QByteArray idempotencyKeyOf(const SandboxExchange &exchange)
{
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("X-Idempotency-Key", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestJournaledSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SandboxExchange>(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // a journal of its own for every test
        QVERIFY(m_dir->isValid());
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = makeTestClient(*m_sandbox, &m_network, "key-broker-b1");
        m_journal = std::make_unique<ChangeJournal>(
            Account, m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_journal->open());
        m_model = std::make_unique<PreferencesModel>();
        m_editor = std::make_unique<PreferencesEditor>(m_client.get(), m_model.get());
        m_editor->setJournal(m_journal.get());
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_editor->load("g2");
        QVERIFY(loaded.wait(5000));
    }
    void cleanup()
    {
        m_editor.reset();
        m_model.reset();
        m_journal.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void theEntryIsWrittenBeforeTheRequestLeaves()
    {
        // The sandbox looks at the journal the moment the request reaches it.
        QList<JournalEntry> seenByTheServer;
        connect(&m_sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [&] { seenByTheServer = m_journal->list(); });
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        edit("timezone", "Asia/Kolkata");
        QVERIFY(save());

        QCOMPARE(seenByTheServer.size(), 1);
        const JournalEntry sent = seenByTheServer.first();
        QCOMPARE(sent.state, JournalEntry::State::Sending);
        QCOMPARE(sent.idempotencyKey, idempotencyKeyOf(exchangesOf(exchanges).first()));
        QVERIFY(ApiClient::isValidIdempotencyKey(sent.idempotencyKey));
    }

    void theAnswerCompletesTheEntry()
    {
        edit("timezone", "Asia/Kolkata");
        edit("theme", "dark");
        QVERIFY(save());

        const QList<JournalEntry> entries = m_journal->list();
        QCOMPARE(entries.size(), 1);
        const JournalEntry &entry = entries.first();
        QCOMPARE(entry.state, JournalEntry::State::Applied);
        QCOMPARE(entry.accountId, Account);
        QCOMPARE(entry.userId, QStringLiteral("g2"));
        QCOMPARE(entry.service, JournalEntry::ServiceValara);
        QCOMPARE(entry.method, QByteArray("PATCH"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/users/g2/preferences"));
        QCOMPARE(entry.httpStatus, 200);
        QCOMPARE(entry.requestId, m_lastRequestId);
        QVERIFY(entry.error.isEmpty());
        // Based on what the server answered: g2 sets neither, so the service's defaults (P3).
        QCOMPARE(entry.fields.size(), 2);
        QCOMPARE(entry.field("timezone")->serverValue, QJsonValue("America/New_York"));
        QCOMPARE(entry.field("timezone")->newValue, QJsonValue("Asia/Kolkata"));
        QCOMPARE(entry.field("theme")->serverValue, QJsonValue("system"));
        QCOMPARE(entry.field("theme")->newValue, QJsonValue("dark"));
        QVERIFY(!entry.field("language"));
    }

    void aRefusalIsJournaledAsFailed()
    {
        m_client->setBearerToken("key-agent-g1"); // an agent editing a teammate
        edit("theme", "dark");
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        QVERIFY(m_editor->save("g2"));
        QVERIFY(failed.wait(5000));

        const JournalEntry entry = m_journal->list().first();
        QCOMPARE(entry.state, JournalEntry::State::Failed);
        QCOMPARE(entry.httpStatus, 403);
        QVERIFY(!entry.requestId.isEmpty());
        QVERIFY(!entry.error.isEmpty());
        QVERIFY(m_model->isDirty(0)); // the edit stays
    }

    void aJournalTurnedOffOrAbsentChangesNothing()
    {
        m_journal->setEnabled(false);
        edit("theme", "dark");
        QVERIFY(save());
        QVERIFY(m_journal->list().isEmpty());

        m_editor->setJournal(nullptr);
        edit("theme", "light");
        QVERIFY(save());
        QVERIFY(m_journal->list().isEmpty());
    }

    void theAnswerGoesToTheJournalItWasRecordedIn()
    {
        // Another account signed in while the save was on its way: its journal is not touched.
        ChangeJournal other(QStringLiteral("valara:test:other"),
                            m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(other.open());
        edit("theme", "dark");
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QVERIFY(m_editor->save("g2"));
        m_editor->setJournal(&other);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_journal->list().first().state, JournalEntry::State::Applied);
        QVERIFY(other.list().isEmpty());
    }

    void meApiSavesNameTheirService()
    {
        ApiClient *client = m_client.get();
        client->setBearerToken(m_sandbox->sessionToken("g1"));
        MeApiModel model;
        MeApiEditor editor(client, &model);
        editor.setJournal(m_journal.get());
        QSignalSpy loaded(&editor, &MeApiEditor::loaded);
        editor.load();
        QVERIFY(loaded.wait(5000));
        QVERIFY(model.setData(model.timeZoneIndex(), QStringLiteral("Asia/Tokyo")));
        QSignalSpy saved(&editor, &MeApiEditor::saved);
        QVERIFY(editor.save());
        QVERIFY(saved.wait(5000));

        const JournalEntry entry = m_journal->list().first();
        QCOMPARE(entry.service, JournalEntry::ServiceMeApi);
        QCOMPARE(entry.path, QStringLiteral("/v1/me"));
        QCOMPARE(entry.state, JournalEntry::State::Applied);
        QCOMPARE(entry.field("timezone")->serverValue, QJsonValue("America/Denver"));
        QCOMPARE(entry.field("timezone")->newValue, QJsonValue("Asia/Tokyo"));
    }

    void anAdministratorsPutIsJournaled()
    {
        m_client->setBearerToken("key-admin-a1");
        ProfileModel model;
        model.setCaller(testCaller(QStringLiteral("a1"), QStringLiteral("admin")));
        ProfileEditor editor(m_client.get(), &model);
        editor.setJournal(m_journal.get());
        QSignalSpy loaded(&editor, &ProfileEditor::loaded);
        editor.load(QStringLiteral("g1"));
        QVERIFY(loaded.wait(5000));
        const QModelIndex email = model.index(model.rowOf("g1"), ProfileModel::columnOf("email"));
        const QJsonValue before = model.serverRecord(model.rowOf("g1")).value("email");
        QVERIFY(model.setData(email, QStringLiteral("gina.agent@valara.test")));
        QSignalSpy exchanges(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        QSignalSpy saved(&editor, &ProfileEditor::saved);
        QVERIFY(editor.save(QStringLiteral("g1")));
        QVERIFY(saved.wait(5000));

        const JournalEntry entry = m_journal->list().first();
        QCOMPARE(entry.method, QByteArray("PUT"));
        QCOMPARE(entry.path, QStringLiteral("/api/v1/users/g1"));
        QCOMPARE(entry.state, JournalEntry::State::Applied);
        QCOMPARE(entry.fields.size(), 1);
        QCOMPARE(entry.field("email")->serverValue, before);
        QCOMPARE(entry.field("email")->newValue, QJsonValue("gina.agent@valara.test"));
        const SandboxExchange put = exchangesOf(exchanges).last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(idempotencyKeyOf(put), entry.idempotencyKey);
    }

private:
    bool save()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        if (!m_editor->save("g2") || !saved.wait(5000))
            return false;
        m_lastRequestId = saved.at(0).at(1).toString();
        return true;
    }
    void edit(const QString &key, const QString &value)
    {
        m_model->setData(m_model->index(m_model->rowOf("g2"), PreferencesModel::columnOf(key)),
                         value);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<PreferencesEditor> m_editor;
    QString m_lastRequestId;
};

QTEST_GUILESS_MAIN(TestJournaledSave)
#include "tst_journaled_save.moc"
