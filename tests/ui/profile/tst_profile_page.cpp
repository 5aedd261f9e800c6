// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The profile page driven like an agent would, against the real sandbox: Gina (g1) edits her own
// profile, and is refused someone else's.
#include "AccessibleNames.h"
#include "ProfilePageFixture.h"
#include "sandbox/store/SandboxStore.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/profile/AvatarPreview.h"
#include "ui/profile/ProfileForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestProfilePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m.start("key-agent-g1", "g1", false));
        QVERIFY(m.open("g1"));
        m.watchExchanges();
    }
    void cleanup() { m.stop(); }

    // The photo is not fetched for a page nobody has seen (the app starts on another page): it is
    // fetched when the page is shown.
    void thePhotoIsFetchedOnlyOnceThePageIsSeen()
    {
        // A page of its own that downloads photos, hidden before its first user is opened.
        m.stop();
        QVERIFY(m.start("key-agent-g1", "g1", false));
        m.page = std::make_unique<ProfilePage>(m.editor.get(), m.client.get());
        // A photo on this computer's loopback, where nothing listens: fetched, it fails at once.
        const HttpReply stored =
            m.sandbox->patch(QStringLiteral("/api/v1/users/g1"), "key-admin-a1",
                             "{\"avatar_url\":\"https://127.0.0.1:9/g1.png\"}");
        QVERIFY2(stored.status == 200, stored.body.constData());
        QVERIFY(m.open("g1"));
        auto *avatar = m.page->findChild<AvatarPreview *>();
        QVERIFY(avatar);
        QCOMPARE(avatar->state(), AvatarPreview::State::Placeholder);
        m.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m.page.get()));
        QVERIFY(avatar->state() != AvatarPreview::State::Placeholder);
    }

    void theFormShowsTheServerValues()
    {
        QCOMPARE(line("titleField")->text(), QStringLiteral("Agent"));
        QCOMPARE(line("cityField")->text(), QStringLiteral("Austin"));
        QCOMPARE(m.find<QComboBox>("stateField")->currentText(), QStringLiteral("TX — Texas"));
        QCOMPARE(m.find<QPlainTextEdit>("bioField")->toPlainText(),
                 QStringLiteral("Ten years in Austin.\nAsk me anything."));
        QVERIFY(line("phoneField")->text().isEmpty());
        QVERIFY(!button("profileSaveButton")->isEnabled());
        QVERIFY(!m.find<InlineBanner>("profileBanner")->isVisible());
        QVERIFY(!m.find<InlineBanner>("profileLockBanner")->isVisible());
    }

    void anAgentEditsTheirTitleAndPhone()
    {
        type("titleField", "Senior Agent");
        type("phoneField", "(512) 555-0142");
        QVERIFY(!message("phoneMessage")->isVisible());
        QVERIFY(m.find<QPlainTextEdit>("profilePatchPreview")->toPlainText().startsWith("PATCH "));
        QVERIFY(button("profileSaveButton")->isEnabled());
        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        QTest::mouseClick(button("profileSaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(5000));

        QCOMPARE(m.exchanges->size(), 1);
        QCOMPARE(m.exchange(0).method, QByteArray("PATCH"));
        QCOMPARE(ProfilePageFixture::bodyOf(m.exchange(0)),
                 (QJsonObject{{"title", "Senior Agent"}, {"phone", "+15125550142"}}));
        // The form shows what the server returned.
        QCOMPARE(line("phoneField")->text(), QStringLiteral("+15125550142"));
        QVERIFY(!button("profileSaveButton")->isEnabled());
        QVERIFY(m.find<QLabel>("profileStatus")->text().contains(m.exchange(0).requestId));
    }

    void theSeedsPhoneIsAWarningNotABlock()
    {
        type("cellPhoneField", "+1-555-0123");
        FieldErrorLabel *note = message("cellPhoneMessage");
        QVERIFY(note->isVisible());
        QCOMPARE(note->severity(), FieldErrorLabel::Severity::Warning);
        QVERIFY2(note->message().contains("+15550123"), qPrintable(note->message()));
        QVERIFY(button("profileSaveButton")->isEnabled());
    }

    void anImpossiblePhoneIsNeverSent()
    {
        type("phoneField", "12");
        FieldErrorLabel *error = message("phoneMessage");
        QVERIFY(error->isVisible());
        QCOMPARE(error->severity(), FieldErrorLabel::Severity::Error);
        QVERIFY(!button("profileSaveButton")->isEnabled());
        QTest::keyClick(m.page.get(), Qt::Key_S, Qt::ControlModifier);
        QTest::qWait(50);
        QCOMPARE(m.exchanges->size(), 0);
    }

    void ctrlSSavesAndTypingInTheMiddleKeepsTheCursor()
    {
        QLineEdit *title = line("titleField");
        title->setFocus();
        title->setCursorPosition(0);
        QTest::keyClicks(title, "Lead ");
        QCOMPARE(title->text(), QStringLiteral("Lead Agent"));
        QCOMPARE(title->cursorPosition(), 5);
        QSignalSpy saved(m.editor.get(), &ProfileEditor::saved);
        QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(5000));
        QCOMPARE(m.stored("g1").value("title"), QJsonValue("Lead Agent"));
    }

    void adminOnlyFieldsAreLockedAndSayWhy()
    {
        QLineEdit *email = line("emailField");
        QVERIFY(email->isReadOnly());
        QVERIFY(!email->toolTip().isEmpty());
        QCOMPARE(email->accessibleDescription(), email->toolTip());
        QVERIFY(!m.find<QCheckBox>("isActiveField")->isEnabled());
        QVERIFY(m.find<QLabel>("adminOnlyNote")->isVisible());
        QVERIFY(!line("titleField")->isReadOnly());
    }

    void anAgentOpeningAnotherProfileSeesARefusal()
    {
        QVERIFY(m.open("g2"));
        auto *banner = m.find<InlineBanner>("profileBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("cannot open this profile"), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(m.exchange(0).requestId), qPrintable(banner->text()));
        QVERIFY(!line("titleField")->isEnabled());
        QVERIFY(!button("profileSaveButton")->isEnabled());
    }

    void aServerFailureKeepsTheEdit()
    {
        m.sandbox->server().store().simulateWriteFailure(true);
        type("titleField", "Broker Associate");
        QSignalSpy failed(m.editor.get(), &ProfileEditor::failed);
        QTest::mouseClick(button("profileSaveButton"), Qt::LeftButton);
        QVERIFY(failed.wait(5000));
        auto *banner = m.find<InlineBanner>("profileBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("not saved"), qPrintable(banner->text()));
        QCOMPARE(line("titleField")->text(), QStringLiteral("Broker Associate"));
        QVERIFY(m.page->hasUnsavedChanges());
    }

    void accessibleNamesEqualVisibleLabels()
    {
        int checked = 0;
        const QStringList mismatches = accessibleNameMismatches(m.page.get(), &checked);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QVERIFY(checked >= int(ProfileSchema::fields().size()) - 2); // check boxes: own text
        for (QCheckBox *box : m.page->findChildren<QCheckBox *>())
            QCOMPARE(box->accessibleName(), box->text());
    }

private:
    QLineEdit *line(const char *name) const { return m.find<QLineEdit>(name); }
    QPushButton *button(const char *name) const { return m.find<QPushButton>(name); }
    FieldErrorLabel *message(const char *name) const { return m.find<FieldErrorLabel>(name); }
    void type(const char *name, const QString &text)
    {
        QLineEdit *edit = line(name);
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    ProfilePageFixture m;
};

QTEST_MAIN(TestProfilePage)
#include "tst_profile_page.moc"
