// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The draft keeper journals a record's unsaved edits while the user types (debounced), against
// the real sandbox: one draft per record holding what differs from the server, removed when the
// edits are gone, replaced by the change when it is saved, and never touching a draft an earlier
// run left for the user to restore.
#include "JournalEditorFixture.h"
#include "models/records/DraftKeeper.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class TestDraftKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.setUp(&error), qPrintable(error));
        m_journal = m_fixture.journal.get();
        m_model = m_fixture.model.get();
        m_editor = m_fixture.editor.get();
    }
    void cleanup()
    {
        m_keeper.reset();
        m_fixture.tearDown();
    }

    void typingWritesOneDraftAfterAPause()
    {
        startKeeper(60000); // no timer fires during the test: flush() stands for the pause
        load();
        QSignalSpy written(m_keeper.get(), &DraftKeeper::draftWritten);
        edit("timezone", "Asia/Tokyo");
        edit("timezone", "Asia/Kolkata");
        edit("theme", "dark");
        QCOMPARE(written.size(), 0); // debounced: nothing per keystroke
        QVERIFY(m_journal->drafts("g2").isEmpty());
        m_keeper->flush();
        QCOMPARE(written.size(), 1);
        const QList<JournalEntry> drafts = m_journal->drafts("g2");
        QCOMPARE(drafts.size(), 1);
        const JournalEntry draft = drafts.constFirst();
        QCOMPARE(draft.path, QStringLiteral("/api/v1/users/g2/preferences"));
        QCOMPARE(draft.fields.size(), 2);
        QCOMPARE(draft.field("timezone")->serverValue, QJsonValue("America/New_York"));
        QCOMPARE(draft.field("timezone")->newValue, QJsonValue("Asia/Kolkata"));
        QCOMPARE(draft.field("theme")->newValue, QJsonValue("dark"));

        // More typing updates the same draft.
        edit("theme", "light");
        m_keeper->flush();
        QCOMPARE(m_journal->drafts("g2").size(), 1);
        QCOMPARE(m_journal->drafts("g2").constFirst().id, draft.id);
        QCOMPARE(m_journal->drafts("g2").constFirst().field("theme")->newValue,
                 QJsonValue("light"));
    }

    void theTimerWritesTheDraft()
    {
        startKeeper(20);
        load();
        QSignalSpy written(m_keeper.get(), &DraftKeeper::draftWritten);
        edit("timezone", "Asia/Tokyo");
        QVERIFY(written.wait(5000));
        QCOMPARE(m_journal->drafts("g2").size(), 1);
    }

    void revertedEditsRemoveTheDraft()
    {
        startKeeper(60000);
        load();
        edit("timezone", "Asia/Tokyo");
        m_keeper->flush();
        QCOMPARE(m_journal->drafts("g2").size(), 1);
        m_model->revertRow(m_model->rowOf("g2"));
        m_keeper->flush();
        QVERIFY(m_journal->drafts("g2").isEmpty());
    }

    void aQuitWritesWhatIsPending()
    {
        startKeeper(60000);
        load();
        edit("timezone", "Asia/Tokyo");
        m_keeper.reset(); // the app closes before the pause is over
        QCOMPARE(m_journal->drafts("g2").size(), 1);
    }

    void aSaveReplacesTheDraft()
    {
        startKeeper(60000);
        load();
        edit("timezone", "Asia/Tokyo");
        m_keeper->flush();
        const qint64 draft = m_journal->drafts("g2").constFirst().id;
        QSignalSpy saved(m_editor, &PreferencesEditor::saved);
        QVERIFY(m_editor->save("g2"));
        // On its way: the change, not the draft, and the keeper keeps no draft of it.
        QVERIFY(!m_journal->find(draft));
        QCOMPARE(m_journal->sending("g2").size(), 1);
        // An edit made while the save is under way is a draft of its own, without what is sent.
        edit("theme", "dark");
        m_keeper->flush();
        QCOMPARE(m_journal->drafts("g2").size(), 1);
        QCOMPARE(m_journal->drafts("g2").constFirst().fields.size(), 1);
        QVERIFY(m_journal->drafts("g2").constFirst().field("theme"));
        QVERIFY(saved.wait(5000));
        m_keeper->flush();
        QCOMPARE(m_journal->drafts("g2").size(), 1);
        QVERIFY(m_journal->drafts("g2").constFirst().field("theme"));
        JournalFilter changes;
        changes.states = {JournalEntry::State::Applied};
        QCOMPARE(m_journal->list(changes).size(), 1);
        QCOMPARE(m_journal->list(changes).constFirst().field("timezone")->newValue,
                 QJsonValue("Asia/Tokyo"));
    }

    void anEarlierRunsDraftIsLeftAlone()
    {
        const JournalEntry earlier =
            JournalTest::entry("g2", {JournalTest::field("theme", "light", "dark")});
        const std::optional<qint64> earlierId = m_journal->saveDraft(earlier);
        QVERIFY(earlierId);
        startKeeper(60000);
        load(); // loading the record is no edit: the earlier draft stays
        m_keeper->flush();
        QCOMPARE(m_journal->drafts("g2").size(), 1);
        edit("timezone", "Asia/Tokyo");
        m_keeper->flush();
        m_model->revertRow(m_model->rowOf("g2"));
        m_keeper->flush();
        // The keeper wrote and removed its own draft only.
        const QList<JournalEntry> drafts = m_journal->drafts("g2");
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.constFirst().id, *earlierId);
        QVERIFY(!m_editor->keepsDraft(*earlierId));
    }

private:
    void startKeeper(int delay)
    {
        m_keeper = std::make_unique<DraftKeeper>(m_editor);
        m_keeper->setDelay(delay);
    }
    void load() { QVERIFY(m_fixture.load("g2")); }
    void edit(const QString &key, const QString &value)
    {
        QVERIFY(m_fixture.edit("g2", key, value));
    }

    JournalEditorFixture m_fixture;
    ChangeJournal *m_journal = nullptr;
    PreferencesModel *m_model = nullptr;
    PreferencesEditor *m_editor = nullptr;
    std::unique_ptr<DraftKeeper> m_keeper;
};

QTEST_GUILESS_MAIN(TestDraftKeeper)
#include "tst_draft_keeper.moc"
