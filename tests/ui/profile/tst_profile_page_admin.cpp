// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile page for an administrator (a1) and for a manager (b1), against the real sandbox:
// admin-only fields go through PUT over a fresh copy and nothing else changes; a manager reads
// a team member's profile but cannot change it.
#include "ProfilePageFixture.h"
#include "ui/editing/InlineBanner.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace valara;

class TestProfilePageAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m.stop(); }

    void anAdminChangesAnEmailThroughPutAndEveryOtherFieldSurvives()
    {
        QVERIFY(m.start("key-admin-a1", "a1", true, {},
                        SandboxHarness::contractFixtureWith("full-profile-user.json")));
        // Fern has every profile field set, so a PUT that dropped one would show.
        const QJsonObject before = m.stored("f1");
        for (const ProfileSchema::Field &field : ProfileSchema::fields())
            QVERIFY2(!before.value(field.key).isNull(), qPrintable(field.key));
        QVERIFY(m.open("f1"));
        m.watchExchanges();
        QVERIFY(!m.find<QLabel>("adminOnlyNote")->isVisible());

        QLineEdit *email = m.find<QLineEdit>("emailField");
        QVERIFY(!email->isReadOnly());
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, "fern.agent@valara.test");
        const QString preview = m.find<QPlainTextEdit>("profilePatchPreview")->toPlainText();
        QVERIFY2(preview.contains("PUT /api/v1/users/f1"), qPrintable(preview));

        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        QTest::mouseClick(m.find<QPushButton>("profileSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m.exchanges->size(), 2);
        QCOMPARE(m.exchange(0).method, QByteArray("GET"));
        QCOMPARE(m.exchange(1).method, QByteArray("PUT"));

        const QJsonObject after = m.stored("f1");
        QCOMPARE(after.value("email"), QJsonValue("fern.agent@valara.test"));
        for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
            if (field.key != QLatin1String("email"))
                QVERIFY2(after.value(field.key) == before.value(field.key), qPrintable(field.key));
        }
        QCOMPARE(email->text(), QStringLiteral("fern.agent@valara.test"));
        QVERIFY(!m.page->hasUnsavedChanges());
    }

    void anAdminSuspendsAnAccount()
    {
        QVERIFY(m.start("key-admin-a1", "a1", true));
        QVERIFY(m.open("g2"));
        auto *status = m.find<ChoiceComboBox>("accountStatusField");
        QVERIFY(status->isEnabled());
        status->setFocus();
        const int suspended = status->findData(QStringLiteral("suspended"));
        QVERIFY(suspended >= 0);
        status->setCurrentIndex(suspended);
        Q_EMIT status->activated(suspended); // what a user's choice emits
        auto *active = m.find<QCheckBox>("isActiveField");
        active->setFocus();
        QTest::keyClick(active, Qt::Key_Space);
        QVERIFY(!active->isChecked());
        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        m.page->save();
        QVERIFY(saved.wait(5000));
        QCOMPARE(m.stored("g2").value("account_status"), QJsonValue("suspended"));
        QCOMPARE(m.stored("g2").value("is_active"), QJsonValue(false));
        QCOMPARE(m.stored("g2").value("name"), QJsonValue("Gus Agent"));
    }

    void aManagerReadsATeamProfileButCannotChangeIt()
    {
        QVERIFY(m.start("key-broker-b1", "b1", false));
        QVERIFY(m.open("g1"));
        auto *lock = m.find<InlineBanner>("profileLockBanner");
        QVERIFY(lock->isVisible());
        QVERIFY2(lock->text().contains("administrator"), qPrintable(lock->text()));
        QLineEdit *title = m.find<QLineEdit>("titleField");
        QCOMPARE(title->text(), QStringLiteral("Agent"));
        QVERIFY(title->isReadOnly());
        QVERIFY(!m.find<QPushButton>("profileSaveButton")->isEnabled());
        QVERIFY(!m.find<ChoiceComboBox>("stateField")->isEnabled());
    }

private:
    ProfilePageFixture m;
};

QTEST_MAIN(TestProfilePageAdmin)
#include "tst_profile_page_admin.moc"
