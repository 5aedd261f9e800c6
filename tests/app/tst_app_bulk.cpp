// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk change in the whole app (AppSession, MainWindow, PeopleView, BulkLauncher) against the
// real sandbox: a broker checks every member of their team, changes their time zone in one
// action, sees each member's result, retries the failure, and the forms show the new value.
#include "SandboxHarness.h"
#include "app/AppOptions.h"
#include "app/AppSession.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/people/UserListModel.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/bulk/BulkChangeDialog.h"
#include "ui/bulk/BulkRunPanel.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NavigationList.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestAppBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_data.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
    }

    void aBrokerChangesTheTimeZoneOfTheWholeTeam()
    {
        AppOptions options;
        QCOMPARE(options.parse({"valara-desk", "--base-url", m_sandbox->url("/").toString()},
                               "key-broker-b1"),
                 AppOptions::Outcome::Run);
        AppSession session(options);
        QString error;
        QVERIFY2(session.start(&error), qPrintable(error));
        MainWindow *window = session.window();
        QTRY_COMPARE_WITH_TIMEOUT(window->callerId(), QStringLiteral("b1"), 10000);
        QVERIFY(window->showPage(NavigationList::People));
        QTRY_VERIFY_WITH_TIMEOUT(window->userModel()->rowCount() == 2, 10000); // g1, g2
        QVERIFY(window->openUser(QStringLiteral("g1"))); // g1's form is open meanwhile

        // Every member of the team: Select team… > t1.
        auto *selectTeam = window->findChild<QPushButton *>(QStringLiteral("selectTeamButton"));
        QVERIFY(selectTeam && selectTeam->isEnabled());
        QAction *t1 = nullptr;
        for (QAction *action : selectTeam->menu()->actions()) {
            if (action->text().contains(QLatin1String("t1")))
                t1 = action;
        }
        QVERIFY(t1);
        t1->trigger();
        auto *bulk = window->findChild<QPushButton *>(QStringLiteral("bulkPreferencesButton"));
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isEnabled(), 10000);
        QCOMPARE(bulk->text(), QStringLiteral("Change &preferences for 2 people…"));
        bulk->click();

        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<BulkChangeDialog *>(), 10000);
        auto *dialog = window->findChild<BulkChangeDialog *>();
        QTRY_VERIFY(dialog->isVisible());
        auto *zone = dialog->findChild<TimeZonePicker *>(QStringLiteral("timeZonePicker"));
        QVERIFY(zone);
        zone->setZoneId(QStringLiteral("America/Denver"));
        Q_EMIT zone->zoneIdChanged(zone->zoneId()); // as a pick from its list does
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("timezoneInclude"))->isChecked());
        dialog->findChild<QPushButton *>(QStringLiteral("bulkPreviewButton"))->click();
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("bulkApplyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 10000);
        QCOMPARE(apply->text(), QStringLiteral("&Apply to 2 people"));

        // The first member's save fails every attempt; the other goes through (one at a time,
        // so the failures are the first member's).
        auto *change = dialog->findChild<BulkChange *>();
        QVERIFY(change);
        change->apply()->setConcurrency(1);
        m_sandbox->server().faults().failNext(3);
        auto *results = dialog->findChild<QTableView *>(QStringLiteral("bulkResultsTable"));
        auto *model = qobject_cast<BulkResultsModel *>(results->model());
        QVERIFY(model);
        apply->click();
        auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("bulkRetryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 20000);
        QCOMPARE(model->count(BulkMember::Outcome::Applied), 1);
        QCOMPARE(model->count(BulkMember::Outcome::Failed), 1);
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->count(BulkMember::Outcome::Applied), 2, 20000);
        QVERIFY(dialog->runPanel()->summaryText().contains(QLatin1String("2 applied")));
        QCOMPARE(timezone("g1"), QStringLiteral("America/Denver"));
        QCOMPARE(timezone("g2"), QStringLiteral("America/Denver"));

        // The open form follows: g1's page reads the new value.
        auto *pageZone = window->preferencesPage()->findChild<TimeZonePicker *>(
            QStringLiteral("timeZonePicker"));
        QTRY_COMPARE_WITH_TIMEOUT(pageZone->zoneId(), QStringLiteral("America/Denver"), 10000);
        dialog->findChild<QPushButton *>(QStringLiteral("bulkCloseButton"))->click();
        QTRY_VERIFY(!window->findChild<BulkChangeDialog *>());
    }

private:
    QString timezone(const QString &user)
    {
        return m_sandbox->storedPreferences(user).value(QStringLiteral("timezone")).toString();
    }

    QTemporaryDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<SandboxHarness> m_sandbox;
};

QTEST_MAIN(TestAppBulk)
#include "tst_app_bulk.moc"
