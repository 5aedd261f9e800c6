// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile page when an admin's save meets someone else's change (real sandbox): the conflict
// banner shows, for each field, the server's new value and the admin's; "Keep mine" saves again,
// "Use the server's" drops those edits. With ETags the change lands between the read and the
// PUT (412); without, after Save was pressed and before the fresh copy is read.
#include "ConcurrentChange.h"
#include "ProfilePageFixture.h"
#include "ui/editing/ConflictBanner.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace valara;
using namespace valara::testing;

class TestProfilePageConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m.stop(); }

    void keepMineSavesAfterA412()
    {
        QVERIFY(start(true));
        QObject context;
        changeAfterEachRead(m.sandbox->server(), "f1", {{"title", "Team Lead"}}, &context);
        editTitleAndStatus();
        QTest::mouseClick(m.find<QPushButton>("profileSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 5000);
        QCOMPARE(m.exchanges->size(), 3);
        QCOMPARE(m.exchange(1).status, 412);
        verifyBannerShowsTheTitles();
        QVERIFY(!m.find<ErrorBanner>("profileBanner")->isVisible());
        QCOMPARE(m.stored("f1").value("title"), QJsonValue("Team Lead"));

        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        QTest::mouseClick(m.find<QPushButton>("conflictKeepMineButton"), Qt::LeftButton);
        QVERIFY(!banner()->isVisible());
        QVERIFY(saved.wait(5000));
        QCOMPARE(m.stored("f1").value("title"), QJsonValue("Agent II"));
        QCOMPARE(m.stored("f1").value("account_status"), QJsonValue("suspended"));
        QVERIFY(!m.page->hasUnsavedChanges());
        QVERIFY(!banner()->isVisible());
    }

    void useTheServersWithoutETags()
    {
        QVERIFY(start(false));
        editTitleAndStatus();
        QTest::mouseClick(m.find<QPushButton>("profileSaveButton"), Qt::LeftButton);
        QVERIFY(changeStoredProfile(m.sandbox->server(), "f1", {{"title", "Team Lead"}}));
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 5000);
        QCOMPARE(m.exchanges->size(), 1); // the fresh copy only
        verifyBannerShowsTheTitles();

        QTest::mouseClick(m.find<QPushButton>("conflictUseServersButton"), Qt::LeftButton);
        QVERIFY(!banner()->isVisible());
        QCOMPARE(m.find<QLineEdit>("titleField")->text(), QStringLiteral("Team Lead"));
        QVERIFY(m.page->hasUnsavedChanges()); // the account status is still to be saved
        QCOMPARE(m.exchanges->size(), 1);
        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        QTest::mouseClick(m.find<QPushButton>("profileSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m.stored("f1").value("title"), QJsonValue("Team Lead"));
        QCOMPARE(m.stored("f1").value("account_status"), QJsonValue("suspended"));
    }

private:
    bool start(bool etags)
    {
        SandboxConfig config;
        config.etags = etags;
        if (!m.start("key-admin-a1", "a1", true, config,
                     SandboxHarness::contractFixtureWith("full-profile-user.json")) ||
            !m.open("f1"))
            return false;
        m.watchExchanges();
        return true;
    }
    ConflictBanner *banner() const { return m.find<ConflictBanner>("profileConflictBanner"); }
    void editTitleAndStatus()
    {
        QLineEdit *title = m.find<QLineEdit>("titleField");
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, "Agent II");
        auto *status = m.find<ChoiceComboBox>("accountStatusField");
        const int suspended = status->findData(QStringLiteral("suspended"));
        QVERIFY(suspended >= 0);
        status->setCurrentIndex(suspended);
        Q_EMIT status->activated(suspended); // what a user's choice emits
    }
    void verifyBannerShowsTheTitles()
    {
        QCOMPARE(m.find<QLabel>("conflictLabel_title")->text(), QStringLiteral("Title"));
        QCOMPARE(m.find<QLabel>("conflictServer_title")->text(), QStringLiteral("Team Lead"));
        QCOMPARE(m.find<QLabel>("conflictMine_title")->text(), QStringLiteral("Agent II"));
        QVERIFY(!m.find<QLabel>("conflictServer_account_status")); // not changed by anyone else
        const QString summary = m.find<QLabel>("conflictSummary")->text();
        QVERIFY2(summary.contains("nothing was saved"), qPrintable(summary));
        // The form keeps the admin's edit.
        QCOMPARE(m.find<QLineEdit>("titleField")->text(), QStringLiteral("Agent II"));
    }

    ProfilePageFixture m;
};

QTEST_MAIN(TestProfilePageConflict)
#include "tst_profile_page_conflict.moc"
