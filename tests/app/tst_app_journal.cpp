// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The change journal in the whole app (AppSession, JournalSession) against the real sandbox:
// unsaved changes survive a restart and are offered, restored into the person's form; a save
// that cannot reach the service waits in the status bar and goes out when it can; Revert on the
// History page undoes an applied change.
#include "AppSessionStart.h"
#include "EnglishPlurals.h"
#include "SandboxHarness.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "models/accounts/Account.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/JournalHistoryModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/editing/DraftOfferBanner.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestAppJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_data.isValid());
        QVERIFY(m_plurals.isLoaded());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    }
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
    }
    void cleanup() { m_sandbox.reset(); }

    void unsavedChangesAreOfferedAfterARestart()
    {
        {
            std::unique_ptr<AppSession> session = start();
            QVERIFY(session);
            QVERIFY(session->window()->openUser(QStringLiteral("g2")));
            changeUnits(session->window(), Qt::Key_Up); // g2 has metric
        }                                               // quit (or crash) without saving

        Account account;
        account.kind = Account::Kind::Valara;
        account.baseUrl = m_sandbox->url("/");
        account.userId = QStringLiteral("b1");
        {
            ChangeJournal journal(account.id(), ChangeJournal::defaultPath(account.id()));
            QVERIFY(journal.open());
            QCOMPARE(journal.drafts(QStringLiteral("g2")).size(), 1);
        }

        std::unique_ptr<AppSession> session = start();
        QVERIFY(session);
        MainWindow *window = session->window();
        auto *offer = window->findChild<DraftOfferBanner *>(QStringLiteral("draftOfferBanner"));
        QVERIFY(offer);
        QTRY_VERIFY_WITH_TIMEOUT(offer->text().contains(QLatin1String("Gus Agent")), 10000);
        QVERIFY2(offer->text().startsWith(QLatin1String("1 unsaved change for Gus Agent")),
                 qPrintable(offer->text()));
        QVERIFY(offer->isVisibleTo(window));
        clickRestore(offer);
        QTRY_COMPARE_WITH_TIMEOUT(window->preferencesPage()->userId(), QStringLiteral("g2"), 5000);
        auto *save = window->preferencesPage()->findChild<QPushButton *>("saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000); // the change is back, unsaved
        QVERIFY(!offer->isVisibleTo(window));
        QVERIFY(notice(window).contains(QLatin1String("back in the form")));
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(units("g2"), QStringLiteral("imperial"), 10000);
        QTRY_VERIFY(notice(window).isEmpty()); // said, and done with
    }

    void aSaveThatCannotBeSentWaits()
    {
        std::unique_ptr<AppSession> session = start();
        QVERIFY(session);
        MainWindow *window = session->window();
        changeUnits(window);
        m_sandbox->server().faults().failNext(3); // every attempt of the save: 503
        window->preferencesPage()->findChild<QPushButton *>("saveButton")->click();
        auto *waiting = window->findChild<QLabel *>(QStringLiteral("waitingChanges"));
        QVERIFY(waiting);
        QTRY_VERIFY_WITH_TIMEOUT(waiting->isVisibleTo(window), 10000);
        QCOMPARE(waiting->text(), QStringLiteral("1 change waiting to be sent"));
        QCOMPARE(units("b1"), QStringLiteral("imperial")); // the service's default, unchanged
        // The service answers again: the retry sends it.
        QTRY_VERIFY_WITH_TIMEOUT(!waiting->isVisibleTo(window), 20000);
        QCOMPARE(units("b1"), QStringLiteral("metric"));
        QVERIFY2(notice(window).contains(QLatin1String("was sent")), qPrintable(notice(window)));
    }

    void revertOnTheHistoryPage()
    {
        std::unique_ptr<AppSession> session = start();
        QVERIFY(session);
        MainWindow *window = session->window();
        changeUnits(window);
        window->preferencesPage()->findChild<QPushButton *>("saveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(units("b1"), QStringLiteral("metric"), 10000);

        QVERIFY(window->showPage(NavigationList::History));
        HistoryPage *history = window->historyPage();
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->model()->rowCount(), 1, 5000);
        revertNewest(history);
        QCOMPARE(units("b1"), QStringLiteral("imperial"));
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->model()->rowCount(), 2, 5000);
    }

    void meApiChangesAreJournaledAndReverted()
    {
        QString error;
        const std::unique_ptr<AppSession> started = startAppSession({"--demo", "--me-api"}, &error);
        QVERIFY2(started, qPrintable(error));
        AppSession &session = *started;
        MeApiWindow *window = session.meWindow();
        QVERIFY(window);
        auto *user = window->findChild<QWidget *>(QStringLiteral("meUserId"));
        QVERIFY(user);
        QTRY_COMPARE_WITH_TIMEOUT(user->property("text").toString(),
                                  QStringLiteral("usr-maya-thompson"), 10000);
        HistoryPage *history = window->historyPage();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->journal(), 5000);

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("timeZoneSearch"));
        search->setFocus();
        search->clear();
        QTest::keyClicks(search, "Lisbon");
        QTest::keyClick(search, Qt::Key_Down);
        QTest::keyClick(window->findChild<QListView *>(QStringLiteral("timeZoneList")),
                        Qt::Key_Return);
        auto *save = window->findChild<QPushButton *>(QStringLiteral("meSaveButton"));
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->model()->rowCount(), 1, 10000);
        const QModelIndex row = history->table()->model()->index(0, 0);
        const qint64 entry = row.data(JournalHistoryModel::EntryIdRole).toLongLong();
        const JournalEntry change = *history->model()->journal()->find(entry);
        QCOMPARE(change.userId, QStringLiteral("usr-maya-thompson"));
        QCOMPARE(change.service, JournalEntry::ServiceMeApi);
        QCOMPARE(change.field("timezone")->newValue, QJsonValue("Europe/Lisbon"));
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->journal()->find(entry)->state,
                                  JournalEntry::State::Applied, 10000);

        revertNewest(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->table()->model()->rowCount(), 2, 5000);
    }

private:
    std::unique_ptr<AppSession> start()
    {
        QString error;
        std::unique_ptr<AppSession> session = startAppSession(
            {"--base-url", m_sandbox->url("/").toString()}, &error, "key-broker-b1");
        if (!session)
            return {};
        if (!QTest::qWaitFor([&] { return session->window()->callerId() == QLatin1String("b1"); },
                             10000))
            return {};
        // The window opens on the page it was left on; the tests start from the broker's own.
        if (!session->window()->showPage(NavigationList::MyPreferences))
            return {};
        return session->window()->callerId() == QLatin1String("b1") ? std::move(session) : nullptr;
    }
    // As a user: the units choice one step down (imperial, the default, to metric), or up.
    void changeUnits(MainWindow *window, Qt::Key key = Qt::Key_Down)
    {
        auto *combo = window->preferencesPage()->findChild<ChoiceComboBox *>("unitsChoice");
        auto *status = window->preferencesPage()->findChild<QLabel *>("preferencesStatus");
        QVERIFY(combo && status);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().contains(QLatin1String("Loading")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(combo->isEnabled() && combo->count() > 1, 10000);
        combo->setFocus();
        QTest::keyClick(combo, key);
        QTRY_VERIFY(window->preferencesPage()->findChild<QPushButton *>("saveButton")->isEnabled());
    }
    // As a user: the newest change selected, Revert clicked, and the page says it is reverted.
    static void revertNewest(HistoryPage *history)
    {
        history->table()->selectRow(0);
        auto *revert = history->findChild<QPushButton *>(QStringLiteral("historyRevert"));
        QTRY_VERIFY(revert->isEnabled());
        revert->click();
        auto *banner = history->findChild<InlineBanner *>(QStringLiteral("historyBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().startsWith(QLatin1String("Reverted")), 10000);
    }
    static void clickRestore(DraftOfferBanner *offer)
    {
        auto *banner = offer->findChild<InlineBanner *>(QStringLiteral("draftOfferText"));
        for (QPushButton *button : banner->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Restore")))
                button->click();
        }
    }
    static QString notice(MainWindow *window)
    {
        return window->findChild<InlineBanner *>(QStringLiteral("noticeBanner"))->text();
    }
    QString units(const QString &user)
    {
        return m_sandbox->storedPreferences(user)
            .value(QStringLiteral("measurement_unit"))
            .toString();
    }

    EnglishPlurals m_plurals; // "1 change waiting to be sent"
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<SandboxHarness> m_sandbox;
};

QTEST_MAIN(TestAppJournal)
#include "tst_app_journal.moc"
