// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// An edit the user made is never lost silently: switching user or closing the window with unsaved
// preferences asks first (Save, Discard, Cancel). While a save is under way, leaving waits for its
// answer: Discard could not take back what is being sent.
#include "SandboxHarness.h"
#include "api/ApiClient.h"
#include "models/people/UserListModel.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestUnsavedChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_client = std::make_unique<ApiClient>(&m_network);
        m_client->setBaseUrl(m_sandbox->server().baseUrl());
        m_client->setBearerToken("key-admin-a1");
        m_model = std::make_unique<PreferencesModel>();
        m_editor = std::make_unique<PreferencesEditor>(m_client.get(), m_model.get());
        m_window = std::make_unique<MainWindow>(m_client.get(), false);
        m_page = new PreferencesPage(m_editor.get(), nullptr, "a1");
        m_window->setPreferencesPage(m_page);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->userModel()->rowCount(), 7);
        selectUser("g2");
        QTRY_VERIFY(m_model->hasServerValues(m_model->rowOf("g2")));
        auto *theme = m_page->findChild<ChoiceComboBox *>("themeChoice");
        theme->setFocus();
        QTest::keyClick(theme, Qt::Key_Up); // system -> dark
        QVERIFY(m_page->hasUnsavedChanges());
    }
    void cleanup()
    {
        ++m_promptRound; // stops answering prompts
        m_window.reset();
        m_editor.reset();
        m_model.reset();
        m_client.reset();
        m_sandbox.reset();
    }

    void cancelKeepsTheUserAndTheEdit()
    {
        answerPrompt(QMessageBox::Cancel);
        selectUser("g1");
        QVERIFY(m_prompted);
        QCOMPARE(m_page->userId(), QStringLiteral("g2"));
        QVERIFY(m_page->hasUnsavedChanges());
        QCOMPARE(currentUser(), QStringLiteral("g2"));
    }

    void discardMovesOn()
    {
        answerPrompt(QMessageBox::Discard);
        selectUser("g1");
        QVERIFY(m_prompted);
        QCOMPARE(m_page->userId(), QStringLiteral("g1"));
        QVERIFY(!m_model->isDirty(m_model->rowOf("g2")));
    }

    void saveSendsTheEditAndStays()
    {
        answerPrompt(QMessageBox::Save);
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        selectUser("g1");
        QVERIFY(m_prompted);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m_page->userId(), QStringLiteral("g2"));
        QCOMPARE(
            m_sandbox->get("/api/v1/users/g2/preferences", "key-agent-g2").json().value("theme"),
            QJsonValue("dark"));
    }

    void closingAsksToo()
    {
        answerPrompt(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(m_prompted);
        QVERIFY(m_window->isVisible());
        answerPrompt(QMessageBox::Discard);
        QVERIFY(m_window->close());
    }

    void leavingWhileSavingWaitsForTheAnswer()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        saveSlowly();
        answerPromptsWith(QMessageBox::Discard);
        selectUser("g1");
        QVERIFY(m_waited);    // a message without Discard, closed by the answer
        QVERIFY(!m_prompted); // nothing left to ask about: saved
        QCOMPARE(saved.size(), 1);
        QCOMPARE(m_page->userId(), QStringLiteral("g1"));
        QCOMPARE(savedTheme("g2"), QStringLiteral("dark"));
        QVERIFY(!m_model->isDirty(m_model->rowOf("g2")));
    }

    // Changed again while saving, then discarded: the theme shown before the save (system) never
    // comes back as an edit, and is never sent.
    void discardWhileSavingNeverBringsBackTheOldValue()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        saveSlowly();
        chooseTheme(QStringLiteral("light"));
        answerPromptsWith(QMessageBox::Discard);
        selectUser("g1");
        if (saved.isEmpty())
            QVERIFY(saved.wait(5000));
        QVERIFY(m_prompted);
        QCOMPARE(m_page->userId(), QStringLiteral("g1"));
        const int g2 = m_model->rowOf("g2");
        QVERIFY(!m_model->isDirty(g2));
        QCOMPARE(themeOf(g2), QStringLiteral("dark"));
        QCOMPARE(savedTheme("g2"), QStringLiteral("dark"));
    }

    // The same through Revert (the page's slot: the button is disabled while saving).
    void revertWhileSavingNeverBringsBackTheOldValue()
    {
        QSignalSpy saved(m_editor.get(), &PreferencesEditor::saved);
        saveSlowly();
        QVERIFY(!m_page->findChild<QPushButton *>("revertButton")->isEnabled());
        chooseTheme(QStringLiteral("light"));
        m_page->revert();
        QVERIFY(saved.wait(5000));
        const int g2 = m_model->rowOf("g2");
        QVERIFY(!m_model->isDirty(g2));
        QCOMPARE(themeOf(g2), QStringLiteral("dark"));
        QCOMPARE(m_page->findChild<ChoiceComboBox *>("themeChoice")->value(),
                 QStringLiteral("dark"));
    }

private:
    void selectUser(const QString &id)
    {
        auto *table = m_window->findChild<QTableView *>("userTable");
        for (int row = 0; row < m_window->userModel()->rowCount(); ++row) {
            const QModelIndex index = m_window->userModel()->index(row, 0);
            if (index.data(UserListModel::UserIdRole).toString() == id) {
                table->setFocus();
                table->selectionModel()->setCurrentIndex(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                return;
            }
        }
        QFAIL("no such user");
    }
    // Saves the edit made in init(), the sandbox answering slowly.
    void saveSlowly()
    {
        m_sandbox->server().faults().setLatencyMs(400);
        QTest::mouseClick(m_page->findChild<QPushButton *>("saveButton"), Qt::LeftButton);
        QVERIFY(m_editor->isBusy("g2"));
    }
    void chooseTheme(const QString &value)
    {
        auto *theme = m_page->findChild<ChoiceComboBox *>("themeChoice");
        theme->setFocus();
        while (theme->value() != value && theme->currentIndex() > 0)
            QTest::keyClick(theme, Qt::Key_Up);
        QCOMPARE(theme->value(), value);
    }
    QString themeOf(int row) const
    {
        return m_model->index(row, PreferencesModel::columnOf("theme")).data().toString();
    }
    QString savedTheme(const QString &user)
    {
        return m_sandbox->get("/api/v1/users/" + user + "/preferences", "key-admin-a1")
            .json()
            .value("theme")
            .toString();
    }
    QString currentUser() const
    {
        auto *table = m_window->findChild<QTableView *>("userTable");
        return table->currentIndex().data(UserListModel::UserIdRole).toString();
    }
    // Clicks `button` in the question box as soon as it appears.
    void answerPrompt(QMessageBox::StandardButton button)
    {
        m_prompted = false;
        QTimer::singleShot(0, this, [this, button] { clickWhenShown(button, 50); });
    }
    void clickWhenShown(QMessageBox::StandardButton button, int triesLeft)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(
                    20, this, [this, button, triesLeft] { clickWhenShown(button, triesLeft - 1); });
            return;
        }
        m_prompted = true;
        box->button(button)->click();
    }

    // Answers every prompt that offers `button` with it (m_prompted); a message that does not
    // offer it (the wait for a save) is left to close by itself (m_waited).
    void answerPromptsWith(QMessageBox::StandardButton button)
    {
        m_prompted = false;
        m_waited = false;
        const int round = ++m_promptRound;
        QTimer::singleShot(0, this, [this, button, round] { answerWhenShown(button, round, 250); });
    }
    void answerWhenShown(QMessageBox::StandardButton button, int round, int triesLeft)
    {
        if (round != m_promptRound || triesLeft == 0)
            return;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button)) {
            m_prompted = true;
            box->button(button)->click();
        } else if (box) {
            m_waited = true;
        }
        QTimer::singleShot(20, this, [this, button, round, triesLeft] {
            answerWhenShown(button, round, triesLeft - 1);
        });
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PreferencesModel> m_model;
    std::unique_ptr<PreferencesEditor> m_editor;
    std::unique_ptr<MainWindow> m_window;
    PreferencesPage *m_page = nullptr;
    bool m_prompted = false;
    bool m_waited = false;
    int m_promptRound = 0;
};

QTEST_MAIN(TestUnsavedChanges)
#include "tst_unsaved_changes.moc"
