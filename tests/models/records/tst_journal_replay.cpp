// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Journaled changes taken up again (PendingChanges, ChangeReplay) against the real sandbox: the
// offline queue sends what waits in the order it was made, each with its own key; a change whose
// record someone else changed meanwhile is not sent but kept as a draft, restored with both
// values known; Revert sends the old values as a new change only when the server still holds the
// values the change set.
#include "JournalEditorFixture.h"
#include "models/records/DraftKeeper.h"
#include "models/records/PendingChanges.h"
#include "sandbox/http/FaultInjector.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

namespace {
const QString G2 = QStringLiteral("/api/v1/users/g2/preferences");
}

class TestJournalReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SandboxExchange>();
        qRegisterMetaType<ReplayResult>();
    }
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
        m_sandbox = m_fixture.sandbox.get();
        m_journal = m_fixture.journal.get();
        m_model = m_fixture.model.get();
        m_editor = m_fixture.editor.get();
        m_writes.clear();
        connect(&m_sandbox->server(), &SandboxServer::exchangeCompleted, this,
                [this](const SandboxExchange &exchange) {
                    if (exchange.method == "PATCH" && exchange.status == 200)
                        m_writes.append(exchange);
                });
        m_keeper = std::make_unique<DraftKeeper>(m_editor);
        m_pending = std::make_unique<PendingChanges>();
        m_pending->addEditor(m_editor);
        m_pending->setJournal(m_journal);
        m_pending->setRetryDelays(60000, 60000); // the test says when the service is back
    }
    void cleanup()
    {
        m_pending.reset();
        m_keeper.reset();
        m_fixture.tearDown();
    }

    void theOfflineQueueFlushesInOrder()
    {
        load("g2");
        load("g1");
        saveUnreachable("g2", "timezone", "Asia/Kolkata");
        QCOMPARE(m_pending->waitingCount(), 1);
        saveUnreachable("g1", "theme", "dark");
        QCOMPARE(m_pending->waitingCount(), 2);
        // A second change of a record whose first still waits goes out after it, not before.
        edit("g2", "theme", "dark");
        QSignalSpy failed(m_editor, &RecordEditor::failed);
        QVERIFY(m_editor->save("g2"));
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.constFirst().at(1).value<ApiError>().message.contains("earlier changes"));
        QCOMPARE(m_pending->waitingCount(), 3);
        QVERIFY(m_writes.isEmpty());

        const QList<JournalEntry> waiting = sendingEntries();
        QCOMPARE(waiting.size(), 3);
        // Based on what the first leaves on the server.
        QCOMPARE(waiting.at(2).field("timezone")->serverValue, QJsonValue("Asia/Kolkata"));

        QSignalSpy count(m_pending.get(), &PendingChanges::waitingCountChanged);
        m_pending->reachabilityRestored();
        QTRY_COMPARE_WITH_TIMEOUT(m_pending->waitingCount(), 0, 10000);
        QCOMPARE(m_writes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_writes.at(i).path, waiting.at(i).path);
            QCOMPARE(m_writes.at(i).requestHeader("X-Idempotency-Key"),
                     waiting.at(i).idempotencyKey);
            QCOMPARE(m_journal->find(waiting.at(i).id)->state, JournalEntry::State::Applied);
        }
        const QJsonObject g2 = m_sandbox->get(G2, "key-broker-b1").json();
        QCOMPARE(g2.value("timezone").toString(), QStringLiteral("Asia/Kolkata"));
        QCOMPARE(g2.value("theme").toString(), QStringLiteral("dark"));
        QVERIFY(!m_model->isDirty(m_model->rowOf("g2")));
        QVERIFY(!m_model->isDirty(m_model->rowOf("g1")));
    }

    void theRetryTimerSendsWhenTheServiceIsBack()
    {
        m_pending->setRetryDelays(20, 40);
        load("g2");
        m_sandbox->server().faults().failNext(6); // the save, then the first retry's read
        edit("g2", "timezone", "Asia/Kolkata");
        QVERIFY(m_editor->save("g2"));
        QTRY_COMPARE_WITH_TIMEOUT(m_pending->waitingCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pending->waitingCount(), 0, 20000);
        QCOMPARE(m_writes.size(), 1);
    }

    void aChangeMadeOverAnotherChangeIsKeptAsADraft()
    {
        // On its way when the app stopped; someone else has changed the field since.
        const JournalEntry change = JournalTest::entry(
            "g2", {JournalTest::field("timezone", "America/New_York", "Asia/Kolkata")},
            JournalEntry::State::Sending);
        const std::optional<qint64> id = m_journal->record(change);
        QVERIFY(id);
        QCOMPARE(m_sandbox->patch(G2, "key-admin-a1", R"({"timezone":"Europe/Paris"})").status,
                 200);
        const int before = int(m_writes.size());
        QSignalSpy replayed(m_pending.get(), &PendingChanges::replayed);
        m_pending->start();
        QVERIFY(replayed.wait(5000));
        const ReplayResult result = replayed.constFirst().constFirst().value<ReplayResult>();
        QCOMPARE(result.outcome, ReplayResult::Outcome::Conflicted);
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.constFirst().server, QJsonValue("Europe/Paris"));
        QVERIFY(m_pending->describe(result).contains("Europe/Paris"));
        QCOMPARE(m_writes.size(), before); // nothing sent over someone else's value
        QCOMPARE(m_journal->find(*id)->state, JournalEntry::State::Conflicted);

        // Offered as unsaved changes, and restored with both values known.
        const QList<PendingChanges::Offer> offers = m_pending->offers();
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers.constFirst().userId, QStringLiteral("g2"));
        QCOMPARE(offers.constFirst().changeCount, 1);
        replayed.clear();
        QVERIFY(m_pending->restore("g2"));
        QVERIFY(replayed.wait(5000));
        const ReplayResult restored = replayed.constFirst().constFirst().value<ReplayResult>();
        QCOMPARE(restored.outcome, ReplayResult::Outcome::Restored);
        QCOMPARE(restored.conflicts.size(), 1);
        QVERIFY(m_pending->describe(restored).contains("Europe/Paris"));
        const int row = m_model->rowOf("g2");
        QCOMPARE(m_model->changes(row).value("timezone"), QJsonValue("Asia/Kolkata"));
        QCOMPARE(m_model->serverValues(row, {"timezone"}).value("timezone"),
                 QJsonValue("Europe/Paris"));
        QVERIFY(m_pending->offers().isEmpty()); // the form's draft is the keeper's now
        QCOMPARE(m_writes.size(), before);
    }

    void discardDropsTheOfferedDrafts()
    {
        QVERIFY(m_journal->saveDraft(JournalTest::timezoneChange("g2")));
        QCOMPARE(m_pending->offers().size(), 1);
        m_pending->discard("g2");
        QVERIFY(m_pending->offers().isEmpty());
        QVERIFY(m_journal->drafts("g2").isEmpty());
    }

    void revertSendsTheOldValuesAsANewChange()
    {
        const qint64 applied = saveApplied("g2", "timezone", "Asia/Kolkata");
        QSignalSpy replayed(m_pending.get(), &PendingChanges::replayed);
        QString why;
        QVERIFY2(m_pending->revert(applied, &why), qPrintable(why));
        QVERIFY(replayed.wait(5000));
        const ReplayResult result = replayed.constFirst().constFirst().value<ReplayResult>();
        QCOMPARE(result.outcome, ReplayResult::Outcome::Applied);
        QCOMPARE(result.mode, ReplayResult::Mode::Revert);
        QCOMPARE(result.revertOf, applied);
        QVERIFY(result.entryId != applied);
        QCOMPARE(m_sandbox->get(G2, "key-broker-b1").json().value("timezone").toString(),
                 QStringLiteral("America/New_York"));
        const JournalEntry revert = *m_journal->find(result.entryId);
        QCOMPARE(revert.state, JournalEntry::State::Applied);
        QCOMPARE(revert.field("timezone")->serverValue, QJsonValue("Asia/Kolkata"));
        QCOMPARE(revert.field("timezone")->newValue, QJsonValue("America/New_York"));
        QVERIFY(revert.idempotencyKey != m_journal->find(applied)->idempotencyKey);
        QCOMPARE(m_writes.constLast().requestHeader("X-Idempotency-Key"), revert.idempotencyKey);
        QVERIFY(m_pending->describe(result).startsWith("Reverted"));
        QVERIFY(!m_model->isDirty(m_model->rowOf("g2")));
    }

    void aRevertOverSomeoneElsesChangeIsNotMade()
    {
        const qint64 applied = saveApplied("g2", "timezone", "Asia/Kolkata");
        QCOMPARE(m_sandbox->patch(G2, "key-admin-a1", R"({"timezone":"Europe/Paris"})").status,
                 200);
        const int writes = int(m_writes.size());
        const int entries = int(m_journal->list().size());
        QSignalSpy replayed(m_pending.get(), &PendingChanges::replayed);
        QString why;
        QVERIFY(m_pending->revert(applied, &why));
        QVERIFY(replayed.wait(5000));
        const ReplayResult result = replayed.constFirst().constFirst().value<ReplayResult>();
        QCOMPARE(result.outcome, ReplayResult::Outcome::Conflicted);
        QCOMPARE(result.entryId, 0);
        const QString text = m_pending->describe(result);
        QVERIFY2(text.startsWith("Not reverted") && text.contains("Europe/Paris"),
                 qPrintable(text));
        QCOMPARE(m_writes.size(), writes);
        QCOMPARE(m_journal->list().size(), entries);
        QCOMPARE(m_sandbox->get(G2, "key-broker-b1").json().value("timezone").toString(),
                 QStringLiteral("Europe/Paris"));
        QVERIFY(m_pending->offers().isEmpty());
    }

    void onlyAnAppliedChangeIsReverted()
    {
        const std::optional<qint64> draft = m_journal->saveDraft(JournalTest::timezoneChange("g2"));
        QString why;
        QVERIFY(!m_pending->revert(*draft, &why));
        QVERIFY(!why.isEmpty());
    }

private:
    void load(const QString &user) { QVERIFY(m_fixture.load(user)); }
    void edit(const QString &user, const QString &key, const QString &value)
    {
        QVERIFY(m_fixture.edit(user, key, value));
    }
    void saveUnreachable(const QString &user, const QString &key, const QString &value)
    {
        edit(user, key, value);
        m_sandbox->server().faults().failNext(3); // every attempt of the save answered 503
        QSignalSpy failed(m_editor, &RecordEditor::failed);
        QVERIFY(m_editor->save(user));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().at(1).value<ApiError>().message.contains("kept on this"));
        QVERIFY(m_model->isDirty(m_model->rowOf(user)));
    }
    qint64 saveApplied(const QString &user, const QString &key, const QString &value)
    {
        load(user);
        edit(user, key, value);
        QSignalSpy saved(m_editor, &RecordEditor::saved);
        if (!m_editor->save(user) || !saved.wait(5000))
            return 0;
        return m_journal->list().constFirst().id;
    }
    QList<JournalEntry> sendingEntries()
    {
        JournalFilter filter;
        filter.states = {JournalEntry::State::Sending};
        filter.newestFirst = false;
        return m_journal->list(filter);
    }

    JournalEditorFixture m_fixture;
    SandboxHarness *m_sandbox = nullptr;
    ChangeJournal *m_journal = nullptr;
    PreferencesModel *m_model = nullptr;
    PreferencesEditor *m_editor = nullptr;
    QList<SandboxExchange> m_writes;
    std::unique_ptr<DraftKeeper> m_keeper;
    std::unique_ptr<PendingChanges> m_pending;
};

QTEST_GUILESS_MAIN(TestJournalReplay)
#include "tst_journal_replay.moc"
