// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Me page driven like a person would, against the real sandbox: Gina (g1), signed in with a
// session token, reads her account and sets, clears and fails to set her Me API timezone.
#include "AccessibleNames.h"
#include "MeApiPageFixture.h"
#include "sandbox/http/FaultInjector.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

class TestMeApiPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m.start());
        QVERIFY(m.load());
        m.watchExchanges();
    }
    void cleanup() { m.stop(); }

    void theAccountAndTheSavedTimezoneAreShown()
    {
        QCOMPARE(text("meUserId"), QStringLiteral("g1"));
        QCOMPARE(text("meOrgId"), QStringLiteral("org-1"));
        QCOMPARE(text("meStaff"), QStringLiteral("No"));
        QCOMPARE(text("meScopes"), QStringLiteral("me:read, me:write"));
        QVERIFY2(text("meSessionEnds").contains("minutes"), qPrintable(text("meSessionEnds")));
        QCOMPARE(picker()->zoneId(), QStringLiteral("America/Denver"));
        QCOMPARE(label("meSavedTimeZone")->text(), QStringLiteral("Saved: America/Denver"));
        QVERIFY(!m.find<FieldErrorLabel>("meTimeZoneMessage")->isVisible());
        QVERIFY(!m.find<InlineBanner>("meBanner")->isVisible());
        QVERIFY(!m.find<InlineBanner>("sessionBanner")->isVisible());
        QVERIFY(!button("meSaveButton")->isEnabled());
        QVERIFY(!m.page->hasUnsavedChanges());
    }

    void beforeTheFirstLoadTheTokenNamesTheAccount()
    {
        MeApiModel model;
        MeApiEditor editor(m.client.get(), &model);
        MeApiPage page(&editor);
        QCOMPARE(page.findChild<QLineEdit *>("meUserId")->text(), QStringLiteral("Not known yet"));
        page.setSessionToken(m.sandbox->sessionToken("g1"));
        QCOMPARE(page.findChild<QLineEdit *>("meUserId")->text(), QStringLiteral("g1"));
        QCOMPARE(page.findChild<QLineEdit *>("meOrgId")->text(), QStringLiteral("org-1"));
        QCOMPARE(page.findChild<QLineEdit *>("meStaff")->text(), QStringLiteral("Not known yet"));
        QVERIFY(!page.findChild<TimeZonePicker *>("meTimeZonePicker")->isEnabled());
    }

    void aPickedTimezoneIsSentExactly()
    {
        m.pickTimeZone("kolk");
        QCOMPARE(picker()->zoneId(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(button("meSaveButton")->isEnabled());
        const QString preview = m.find<QPlainTextEdit>("mePatchPreview")->toPlainText();
        QVERIFY2(preview.startsWith("PATCH /v1/me\n") && preview.contains("\"Asia/Kolkata\""),
                 qPrintable(preview));
        QCOMPARE(label("meSavedTimeZone")->text(), QStringLiteral("Saved: America/Denver"));

        QVERIFY(m.clickSave());
        const auto patches = m.sent("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.at(0).path, QStringLiteral("/v1/me"));
        QCOMPARE(patches.at(0).status, 200);
        QCOMPARE(MeApiPageFixture::bodyOf(patches.at(0)), MeApiPageFixture::meBody("Asia/Kolkata"));
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("Asia/Kolkata"));
        // The form shows the answer as saved: nothing left to send.
        QCOMPARE(label("meSavedTimeZone")->text(), QStringLiteral("Saved: Asia/Kolkata"));
        QCOMPARE(picker()->zoneId(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(!button("meSaveButton")->isEnabled());
        QVERIFY(!m.page->hasUnsavedChanges());
        QCOMPARE(label("meStatus")->text(), QStringLiteral("Saved (request %1).")
                                                .arg(QString::fromLatin1(patches.at(0).requestId)));
    }

    void clearingSendsNull()
    {
        QTest::mouseClick(button("meClearTimeZone"), Qt::LeftButton);
        QVERIFY(picker()->zoneId().isEmpty());
        QVERIFY(m.page->hasUnsavedChanges());
        const QString preview = m.find<QPlainTextEdit>("mePatchPreview")->toPlainText();
        QVERIFY2(preview.contains("\"timezone\": null"), qPrintable(preview));
        QVERIFY(!button("meClearTimeZone")->isEnabled()); // nothing left to clear

        QTest::keyClick(m.page.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m.sent("PATCH").isEmpty() && !m.busy(), 5000);
        const auto patches = m.sent("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.at(0).requestBody, QByteArray(R"({"preferences":{"timezone":null}})"));
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue(QJsonValue::Null));
        QCOMPARE(label("meSavedTimeZone")->text(),
                 QStringLiteral("Saved: not set (follows the system timezone)"));
        QVERIFY(!m.page->hasUnsavedChanges());
    }

    void revertBringsBackTheSavedZone()
    {
        m.pickTimeZone("lisbon");
        QVERIFY(button("meRevertButton")->isEnabled());
        QTest::mouseClick(button("meRevertButton"), Qt::LeftButton);
        QCOMPARE(picker()->zoneId(), QStringLiteral("America/Denver"));
        QVERIFY(!m.page->hasUnsavedChanges());
        QCOMPARE(m.find<QPlainTextEdit>("mePatchPreview")->toPlainText(),
                 QStringLiteral("Nothing: no changes."));
    }

    void withoutChangesNothingIsSentAndRefreshReads()
    {
        QCOMPARE(m.find<QPlainTextEdit>("mePatchPreview")->toPlainText(),
                 QStringLiteral("Nothing: no changes."));
        QVERIFY(!button("meSaveButton")->isEnabled());
        QTest::keyClick(m.page.get(), Qt::Key_S, Qt::ControlModifier);
        m.page->save();
        QTest::qWait(200);
        QVERIFY(m.exchanges->isEmpty());

        QSignalSpy loaded(m.editor.get(), &MeApiEditor::loaded);
        QTest::mouseClick(button("meRefreshButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QTest::keyClick(m.page.get(), Qt::Key_F5);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m.exchanges->size(), 2);
        for (const SandboxExchange &exchange : m.sent("GET")) {
            QCOMPARE(exchange.path, QStringLiteral("/v1/me"));
            QCOMPARE(exchange.status, 200);
        }
        QCOMPARE(m.sent("GET").size(), 2);
    }

    void aRefreshKeepsAnEdit()
    {
        m.pickTimeZone("lisbon");
        QVERIFY(m.load());
        QCOMPARE(picker()->zoneId(), QStringLiteral("Europe/Lisbon"));
        QVERIFY(m.page->hasUnsavedChanges());
    }

    void theServersTimezoneRefusalIsShownOnTheField()
    {
        m.sandbox->server().faults().answerNext(
            400,
            R"({"success":false,"error":{"code":"INVALID_TIMEZONE","message":"invalid timezone","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM","details":{"timezone":"unknown IANA timezone"}},"meta":null,"data":null})");
        m.pickTimeZone("kolk");
        QVERIFY(m.clickSave());
        QTRY_VERIFY(!m.busy());
        auto *message = m.find<FieldErrorLabel>("meTimeZoneMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->message(), QStringLiteral("unknown IANA timezone"));
        auto *banner = m.find<ErrorBanner>("meBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains("01JTBQH2FZ8K1RXC0WJ4Z9P3VM"), qPrintable(banner->text()));
        // The edit is kept, not sent again until it changes.
        QCOMPARE(picker()->zoneId(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(m.page->hasUnsavedChanges());
        QVERIFY(!button("meSaveButton")->isEnabled());
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("America/Denver"));

        m.pickTimeZone("lisbon");
        QVERIFY(!message->isVisible());
        QVERIFY(button("meSaveButton")->isEnabled());
    }

    void anApiKeyIsExplained()
    {
        m.stop();
        QVERIFY(m.start("key-agent-g1"));
        QSignalSpy failed(m.editor.get(), &MeApiEditor::failed);
        QVERIFY(m.load());
        QCOMPARE(failed.size(), 1);
        auto *banner = m.find<ErrorBanner>("meBanner");
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains("API keys are not user-scoped"), qPrintable(text));
        QVERIFY2(!text.contains("403"), qPrintable(text));
        QVERIFY(!m.find<InlineBanner>("sessionBanner")->isVisible());
        QVERIFY(!picker()->isEnabled());
    }

    void accessibleNamesEqualVisibleLabels()
    {
        int checked = 0;
        const QStringList mismatches = accessibleNameMismatches(m.page.get(), &checked);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 6); // five account rows and the timezone
        QCOMPARE(picker()->accessibleName(), QStringLiteral("Timezone"));
        QCOMPARE(m.find<QLineEdit>("meUserId")->accessibleName(), QStringLiteral("User ID"));
        QVERIFY(m.find<QLineEdit>("meUserId")->isReadOnly());
    }

private:
    TimeZonePicker *picker() const { return m.find<TimeZonePicker>("meTimeZonePicker"); }
    QPushButton *button(const char *name) const { return m.find<QPushButton>(name); }
    QLabel *label(const char *name) const { return m.find<QLabel>(name); }
    QString text(const char *name) const { return m.find<QLineEdit>(name)->text(); }

    MeApiPageFixture m;
};

QTEST_MAIN(TestMeApiPage)
#include "tst_me_api_page.moc"
