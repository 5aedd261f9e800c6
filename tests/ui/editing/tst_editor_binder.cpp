// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// EditorBinder on its own: a save bar and an error banner bound to a real PreferencesEditor
// against the real sandbox, where a broker (b1) edits a team member's (g2) preferences. The model
// is edited directly, as a page's fields do.
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "api/ApiClient.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/editing/EditorBinder.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/SaveBar.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using Operation = EditorBinder::Operation;

class TestEditorBinder : public QObject
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
        m_page = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_page.get());
        m_banner = new ErrorBanner(m_page.get());
        m_bar = new SaveBar(m_page.get());
        layout->addWidget(m_banner);
        layout->addWidget(m_bar);
        m_binder = new EditorBinder(m_editor.get(), m_bar, m_banner, m_page.get());
        m_operations.clear();
        m_binder->setFailureSummary([this](const ApiError &, Operation operation) {
            m_operations.append(operation);
            return std::optional<QString>(operation == Operation::Save
                                              ? QStringLiteral("Not saved.")
                                              : QStringLiteral("Not read."));
        });
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(open("g2"));
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
    }
    void cleanup()
    {
        m_exchanges.reset();
        m_page.reset();
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void whileLoadingTheBarSaysSoAndNothingCanBeSent()
    {
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_binder->setUserId("g1");
        m_editor->load("g1");
        QCOMPARE(status(), QStringLiteral("Loading…"));
        QVERIFY(!save()->isEnabled());
        QVERIFY(!revert()->isEnabled());
        QVERIFY(loaded.wait(5000));
        QVERIFY(m_binder->isLoaded());
        QCOMPARE(status(), QString());
        QCOMPARE(preview(), QStringLiteral("Nothing: no changes."));
    }

    void saveIsEnabledOnlyWhenThereIsSomethingValidToSend()
    {
        QVERIFY(!save()->isEnabled());
        QVERIFY(!revert()->isEnabled());
        edit("theme", "dark");
        QVERIFY(save()->isEnabled());
        QVERIFY(revert()->isEnabled());
        edit("language", "en_US"); // not a language tag
        QVERIFY(!save()->isEnabled());
        QVERIFY(revert()->isEnabled());
        QVERIFY(!m_binder->save());
        QTest::qWait(50);
        QVERIFY(m_exchanges->isEmpty());
        QTest::mouseClick(revert(), Qt::LeftButton);
        QVERIFY(!m_binder->hasUnsavedChanges());
        QVERIFY(!save()->isEnabled());
        QVERIFY(!revert()->isEnabled());
    }

    void thePreviewFollowsTheEdits()
    {
        QCOMPARE(preview(), QStringLiteral("Nothing: no changes."));
        edit("timezone", "Asia/Kolkata");
        QVERIFY2(preview().startsWith("PATCH /api/v1/users/g2/preferences\n") &&
                     preview().contains("\"Asia/Kolkata\""),
                 qPrintable(preview()));
        edit("timezone", "Europe/Lisbon");
        QVERIFY2(preview().contains("\"Europe/Lisbon\"") && !preview().contains("Kolkata"),
                 qPrintable(preview()));
        edit("language", "en_US");
        QCOMPARE(preview(), QStringLiteral("Nothing until the marked fields are fixed."));
        m_binder->revert();
        QCOMPARE(preview(), QStringLiteral("Nothing: no changes."));
    }

    void whileSavingNothingMoreCanBeSentAndTheBarSaysSo()
    {
        m_sandbox->server().faults().setLatencyMs(300);
        edit("theme", "dark");
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QTest::mouseClick(save(), Qt::LeftButton);
        QVERIFY(m_binder->isSaving());
        QCOMPARE(status(), QStringLiteral("Saving…"));
        QVERIFY(!save()->isEnabled());
        QVERIFY(!revert()->isEnabled());
        edit("measurement_unit", "imperial"); // chosen while the save is under way
        QVERIFY(!save()->isEnabled());
        QVERIFY(!m_binder->save());
        QCOMPARE(status(), QStringLiteral("Saving…"));

        QVERIFY(saved.wait(5000));
        QVERIFY(!m_binder->isSaving());
        QCOMPARE(m_exchanges->size(), 1);
        QCOMPARE(status(), QStringLiteral("Saved (request %1).").arg(requestId(0)));
        QVERIFY(save()->isEnabled()); // the edit made meanwhile is still to be sent
        QVERIFY2(preview().contains("imperial") && !preview().contains("dark"),
                 qPrintable(preview()));
    }

    void aFailureShowsTheBannerAndKeepsTheEdit()
    {
        m_client->setBearerToken("key-agent-g1"); // an agent may not edit a teammate
        edit("theme", "dark");
        QSignalSpy failed(m_binder, &EditorBinder::failed);
        QVERIFY(m_binder->save());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(1).value<Operation>(), Operation::Save);
        QCOMPARE(m_operations, QList<Operation>{Operation::Save});
        QVERIFY(m_banner->isVisible());
        QVERIFY2(m_banner->text().startsWith("Not saved.\n"), qPrintable(m_banner->text()));
        QVERIFY2(m_banner->text().contains(requestId(0)), qPrintable(m_banner->text()));
        QCOMPARE(status(), QString());
        QVERIFY(m_binder->hasUnsavedChanges());
        QVERIFY(save()->isEnabled()); // may be sent again
        QVERIFY(preview().contains("dark"));
    }

    // A save that starts hides the last outcome and the last error; its own answer replaces them.
    void aNewSaveClearsTheLastOutcome()
    {
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        QVERIFY(status().startsWith("Saved (request "));

        m_client->setBearerToken("key-agent-g1");
        edit("theme", "light");
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        QVERIFY(m_binder->save());
        QCOMPARE(m_binder->status(), QString()); // the earlier "Saved" is history
        QVERIFY(failed.wait(5000));
        QVERIFY(m_banner->isVisible());
        QCOMPARE(status(), QString());

        m_client->setBearerToken("key-broker-b1");
        m_sandbox->server().faults().setLatencyMs(300);
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QVERIFY(m_binder->save());
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(status(), QStringLiteral("Saving…"));
        QVERIFY(saved.wait(5000));
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(status(), QStringLiteral("Saved (request %1).").arg(requestId(2)));
    }

    void nothingSentLeavesTheLastOutcome()
    {
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        const QString outcome = status();
        QVERIFY(!m_binder->save()); // nothing to send
        QVERIFY(!m_binder->isSaving());
        QCOMPARE(status(), outcome);
        m_binder->clearStatus(); // the page's fields are edited
        QCOMPARE(status(), QString());
    }

    void revertHidesTheErrorAndTheOutcome()
    {
        m_client->setBearerToken("key-agent-g1");
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        QVERIFY(m_banner->isVisible());
        QSignalSpy reverted(m_binder, &EditorBinder::reverted);
        QTest::mouseClick(revert(), Qt::LeftButton);
        QCOMPARE(reverted.size(), 1);
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(status(), QString());
        QVERIFY(!m_binder->hasUnsavedChanges());
    }

    // Read again after a save, and refused: the save's outcome no longer stands.
    void aFailedLoadIsToldAsALoad()
    {
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        QVERIFY(status().startsWith("Saved (request "));
        m_client->setBearerToken("key-agent-g1"); // may not read a teammate's preferences
        QSignalSpy failed(m_binder, &EditorBinder::failed);
        m_editor->load("g2");
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(1).value<Operation>(), Operation::Load);
        QVERIFY(m_banner->isVisible());
        QVERIFY2(m_banner->text().startsWith("Not read.\n"), qPrintable(m_banner->text()));
        QCOMPARE(status(), QString());
    }

    // A page that tells about a failure its own way: the banner stays hidden, failed() is emitted.
    void noSummaryLeavesTheBannerHidden()
    {
        m_binder->setFailureSummary([](const ApiError &, Operation) { return std::nullopt; });
        m_client->setBearerToken("key-agent-g1");
        edit("theme", "dark");
        QSignalSpy failed(m_binder, &EditorBinder::failed);
        QVERIFY(saveAndWait());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_banner->isVisible());
        QVERIFY(save()->isEnabled());
    }

    void anotherUsersAnswersLeaveThePageAlone()
    {
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        const QString outcome = status();
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        QSignalSpy pageFailed(m_binder, &EditorBinder::failed);
        m_editor->load("nobody");
        QVERIFY(failed.wait(5000));
        QVERIFY(pageFailed.isEmpty());
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(status(), outcome);
    }

    // After signing in again the editor may send a kept edit, or only read the record.
    void anExpectedSaveThatWasALoadEndsAsOne()
    {
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_binder->expectSave();
        m_editor->load("g2");
        QCOMPARE(status(), QStringLiteral("Saving…"));
        QVERIFY(loaded.wait(5000));
        QVERIFY(!m_binder->isSaving());
        QCOMPARE(status(), QString());
    }

    void showingAnotherUserForgetsTheLastOutcome()
    {
        m_client->setBearerToken("key-agent-g1");
        edit("theme", "dark");
        QVERIFY(saveAndWait());
        QVERIFY(m_banner->isVisible());
        m_binder->setUserId("g1");
        QVERIFY(!m_banner->isVisible());
        QCOMPARE(status(), QString());
        QVERIFY(!save()->isEnabled()); // not loaded yet
    }

private:
    bool open(const QString &userId)
    {
        QSignalSpy loaded(m_editor.get(), &PreferencesEditor::loaded);
        m_binder->setUserId(userId);
        m_editor->load(userId);
        return loaded.wait(5000);
    }
    // Saves and waits for the answer, saved or refused.
    bool saveAndWait()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        QSignalSpy failed(m_editor.get(), &PreferencesEditor::failed);
        if (!m_binder->save())
            return false;
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 5000);
    }
    void edit(const QString &key, const QString &value)
    {
        const QModelIndex cell =
            m_model->index(m_model->rowOf(m_binder->userId()), PreferencesModel::columnOf(key));
        if (!m_model->setData(cell, value))
            qFatal("could not edit %s", qPrintable(key));
    }
    QString requestId(int exchange) const
    {
        return QString::fromLatin1(
            m_exchanges->at(exchange).at(0).value<SandboxExchange>().requestId);
    }
    QPushButton *save() const { return m_bar->saveButton(); }
    QPushButton *revert() const { return m_bar->revertButton(); }
    QString status() const { return m_bar->status()->text(); }
    QString preview() const { return m_bar->preview()->toPlainText(); }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<PreferencesEditor> m_editor;
    std::unique_ptr<QWidget> m_page;
    ErrorBanner *m_banner = nullptr;
    SaveBar *m_bar = nullptr;
    EditorBinder *m_binder = nullptr;
    QList<Operation> m_operations;
    std::unique_ptr<QSignalSpy> m_exchanges;
};

QTEST_MAIN(TestEditorBinder)
#include "tst_editor_binder.moc"
