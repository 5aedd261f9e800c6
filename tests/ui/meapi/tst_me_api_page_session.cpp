// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Me page's session, against the real sandbox: the warning before the session ends, a save
// refused because it has ended (401) and sent again once Gina (g1) signs in again, and the dialog
// that asks for the new session token.
#include "MeApiPageFixture.h"
#include "api/session/SessionTokenInfo.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"
#include "ui/meapi/SessionTokenDialog.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <memory>

using namespace valara;

class TestMeApiPageSession : public QObject
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

    void theBannerWarnsBeforeTheSessionEnds()
    {
        const QDateTime ends = SessionTokenInfo::decode(m.token).expiresAt();
        QVERIFY(ends.isValid());
        m.page->setClock([ends] { return ends.addSecs(-30 * 60); });
        QVERIFY(!banner()->isVisible());

        m.page->setClock([ends] { return ends.addSecs(-4 * 60); });
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->text(), QStringLiteral("Your session ends in 4 minutes. Save your "
                                                  "changes, or sign in again to keep working."));
        QVERIFY2(m.find<QLineEdit>("meSessionEnds")->text().contains("in 4 minutes"),
                 qPrintable(m.find<QLineEdit>("meSessionEnds")->text()));
        QCOMPARE(banner()->findChild<QPushButton *>("bannerAction")->text(),
                 QStringLiteral("Sign in again…"));

        m.page->setClock([ends] { return ends.addSecs(10); });
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains("has ended"), qPrintable(banner()->text()));
        QVERIFY(!banner()->text().contains("kept")); // nothing to keep yet
        QVERIFY2(m.find<QLineEdit>("meSessionEnds")->text().contains("ended"),
                 qPrintable(m.find<QLineEdit>("meSessionEnds")->text()));
        m.pickTimeZone("kolk");
        QVERIFY2(banner()->text().contains("Your change is kept: sign in again to send it."),
                 qPrintable(banner()->text()));
    }

    void theWarningComesOnItsOwn()
    {
        // 5 minutes and 2 seconds left: the warning is due within 2 seconds, on the real clock.
        m.page->setSessionToken(m.sandbox->sessionToken("g1", 5 * 60 + 2));
        QVERIFY(!banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 5000);
        QVERIFY2(banner()->text().contains("ends in 5 minutes"), qPrintable(banner()->text()));
    }

    void anEndedSessionKeepsTheEditAndSendsItAfterSigningIn()
    {
        // The service no longer accepts the session.
        m.client->setBearerToken(m.sandbox->sessionToken("g1", -60));
        QSignalSpy required(m.editor.get(), &MeApiEditor::signInRequired);
        m.pickTimeZone("kolk");
        QVERIFY(m.clickSave());
        QTRY_VERIFY(!m.busy());
        QCOMPARE(required.size(), 1);
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains("Your session has ended. Your change is kept"),
                 qPrintable(banner()->text()));
        QVERIFY(!m.find<ErrorBanner>("meBanner")->isVisible());
        QCOMPARE(picker()->zoneId(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(m.page->hasUnsavedChanges());
        QCOMPARE(m.sent("PATCH").size(), 1);
        QCOMPARE(m.sent("PATCH").at(0).status, 401);
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("America/Denver"));

        const QByteArray fresh = m.sandbox->sessionToken("g1", 7200);
        QSignalSpy changed(m.page.get(), &MeApiPage::sessionTokenChanged);
        QSignalSpy saved(m.editor.get(), &MeApiEditor::saved);
        bool okWasEnabled = false;
        answerDialog(fresh, &okWasEnabled);
        QTest::mouseClick(banner()->findChild<QPushButton *>("bannerAction"), Qt::LeftButton);
        QVERIFY(okWasEnabled);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toByteArray(), fresh);
        QCOMPARE(m.find<QLabel>("meStatus")->text(), QStringLiteral("Saving…")); // sent again
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);

        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("Asia/Kolkata"));
        const auto patches = m.sent("PATCH");
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.at(1).status, 200); // exactly one successful PATCH
        QCOMPARE(MeApiPageFixture::bodyOf(patches.at(1)), MeApiPageFixture::meBody("Asia/Kolkata"));
        QCOMPARE(patches.at(1).requestHeader("Authorization"), "Bearer " + fresh);
        QVERIFY(!banner()->isVisible());
        QVERIFY(!m.page->hasUnsavedChanges());
        QVERIFY(m.find<QLabel>("meStatus")->text().startsWith("Saved (request "));
    }

    void signingInAsSomeoneElseNeverSendsTheirEdit()
    {
        m.client->setBearerToken(m.sandbox->sessionToken("g1", -60));
        m.pickTimeZone("kolk");
        QVERIFY(m.clickSave());
        QTRY_VERIFY(!m.busy());
        QVERIFY(banner()->isVisible());

        bool okWasEnabled = false;
        QSignalSpy loaded(m.editor.get(), &MeApiEditor::loaded);
        answerDialog(m.sandbox->sessionToken("g2"), &okWasEnabled);
        QTest::mouseClick(banner()->findChild<QPushButton *>("bannerAction"), Qt::LeftButton);
        QVERIFY(okWasEnabled);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(m.find<QLineEdit>("meUserId")->text(), QStringLiteral("g2"));
        QVERIFY(!m.page->hasUnsavedChanges());
        QVERIFY2(m.find<QLabel>("meStatus")->text().contains("not sent"),
                 qPrintable(m.find<QLabel>("meStatus")->text()));
        QCOMPARE(m.sent("PATCH").size(), 1); // only the refused one
        QCOMPARE(m.sandbox->meTimezone("g2"), QJsonValue(QJsonValue::Null));
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("America/Denver"));
    }

    void cancellingTheDialogChangesNothing()
    {
        m.client->setBearerToken(m.sandbox->sessionToken("g1", -60));
        QVERIFY(m.load());
        QVERIFY(banner()->isVisible());
        QSignalSpy changed(m.page.get(), &MeApiPage::sessionTokenChanged);
        bool okWasEnabled = true;
        answerDialog({}, &okWasEnabled); // cancels
        m.page->signInAgain();
        QVERIFY(changed.isEmpty());
        QVERIFY(banner()->isVisible());
        QTest::qWait(100);
        QCOMPARE(m.sent("GET").size(), 1); // only the refused load
    }

    void theTokenDialogAcceptsOnlyAUsableToken()
    {
        SessionTokenDialog dialog;
        auto *field = dialog.findChild<QLineEdit *>("sessionTokenField");
        auto *problem = dialog.findChild<FieldErrorLabel *>("sessionTokenProblem");
        auto *summary = dialog.findChild<QLabel *>("sessionTokenSummary");
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());

        dialog.setToken("key-agent-g1");
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->message().contains("not a session token"),
                 qPrintable(problem->message()));
        QVERIFY(!ok->isEnabled());

        dialog.setToken(m.sandbox->sessionToken("g1", -60));
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->message().contains("expired"), qPrintable(problem->message()));
        QVERIFY(!ok->isEnabled());

        const QByteArray valid = m.sandbox->sessionToken("g1");
        dialog.setToken(valid);
        QVERIFY(problem->isHidden());
        QVERIFY2(summary->text().startsWith("User g1 in organisation org-1, valid until "),
                 qPrintable(summary->text()));
        QVERIFY(ok->isEnabled());
        dialog.setToken(" " + valid + "\n");
        QCOMPARE(dialog.token(), valid);

        int checked = 0;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            QString text = label->text().remove(QLatin1Char('&'));
            text.chop(text.endsWith(QLatin1Char(':')) ? 1 : 0);
            QCOMPARE(label->buddy()->accessibleName(), text);
            ++checked;
        }
        QCOMPARE(checked, 1);
    }

private:
    InlineBanner *banner() const { return m.find<InlineBanner>("sessionBanner"); }
    TimeZonePicker *picker() const { return m.find<TimeZonePicker>("meTimeZonePicker"); }

    // Once the sign-in dialog is up (its exec() blocks the caller): types `token` into it and
    // presses OK, or cancels it when `token` is empty.
    void answerDialog(const QByteArray &token, bool *okWasEnabled)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        auto attempts = std::make_shared<int>(0);
        connect(poll, &QTimer::timeout, this, [poll, attempts, token, okWasEnabled] {
            auto *dialog = qobject_cast<SessionTokenDialog *>(QApplication::activeModalWidget());
            if (!dialog && ++*attempts < 250)
                return;
            poll->stop();
            poll->deleteLater();
            if (!dialog)
                return;
            if (token.isEmpty()) {
                dialog->reject();
                return;
            }
            auto *field = dialog->findChild<QLineEdit *>("sessionTokenField");
            QTest::keyClicks(field, QString::fromLatin1(token));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            *okWasEnabled = ok->isEnabled();
            if (ok->isEnabled())
                QTest::mouseClick(ok, Qt::LeftButton);
            else
                dialog->reject();
        });
        poll->start();
    }

    MeApiPageFixture m;
};

QTEST_MAIN(TestMeApiPageSession)
#include "tst_me_api_page_session.moc"
