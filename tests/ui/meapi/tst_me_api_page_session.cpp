// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Me page's session, against the real sandbox: the warning before the session ends, a save
// refused because it has ended (401) and sent again once Gina (g1) signs in again (the app signs
// in: here the test answers the page's request), never when someone else signs in; a pasted token
// that lasts a minute says so from the start.
#include "EnglishPlurals.h"
#include "MeApiPageFixture.h"
#include "api/session/SessionTokenInfo.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"
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
        // 5 minutes and 2 seconds left of a token made to last 10: the warning (5 minutes before,
        // as the token lasts long enough) is due within 2 seconds, on a clock that runs.
        m.page->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(5 * 60 - 2); });
        m.page->setSessionToken(m.sandbox->sessionToken("g1", 10 * 60));
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
        QSignalSpy saved(m.editor.get(), &MeApiEditor::saved);
        QSignalSpy requested(m.page.get(), &MeApiPage::signInRequested);
        signInOnRequest(fresh, QStringLiteral("g1"));
        QTest::mouseClick(banner()->findChild<QPushButton *>("bannerAction"), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
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

        QSignalSpy loaded(m.editor.get(), &MeApiEditor::loaded);
        signInOnRequest(m.sandbox->sessionToken("g2"), QStringLiteral("g2"));
        QTest::mouseClick(banner()->findChild<QPushButton *>("bannerAction"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
        QCOMPARE(m.find<QLineEdit>("meUserId")->text(), QStringLiteral("g2"));
        QVERIFY(!m.page->hasUnsavedChanges());
        QVERIFY2(m.find<QLabel>("meStatus")->text().contains("not sent"),
                 qPrintable(m.find<QLabel>("meStatus")->text()));
        QCOMPARE(m.sent("PATCH").size(), 1); // only the refused one
        QCOMPARE(m.sandbox->meTimezone("g2"), QJsonValue(QJsonValue::Null));
        QCOMPARE(m.sandbox->meTimezone("g1"), QJsonValue("America/Denver"));
    }

    void notSigningInChangesNothing()
    {
        m.client->setBearerToken(m.sandbox->sessionToken("g1", -60));
        QVERIFY(m.load());
        QVERIFY(banner()->isVisible());
        QSignalSpy requested(m.page.get(), &MeApiPage::signInRequested);
        m.page->signInAgain(); // and the sign-in is given up
        QCOMPARE(requested.size(), 1);
        QVERIFY(banner()->isVisible());
        QTest::qWait(100);
        QCOMPARE(m.sent("GET").size(), 1); // only the refused load
    }

    // A pasted token of the identity service's kind lasts a minute: the page says at once that
    // it cannot be renewed, and from half its life on, when it ends.
    void aShortLivedPastedTokenSaysSoFromTheStart()
    {
        EnglishPlurals plurals; // "60 seconds"
        QVERIFY(plurals.isLoaded());
        const QByteArray token = m.sandbox->sessionToken("g1", 60);
        const QDateTime issued = SessionTokenInfo::decode(token).issuedAt();
        m.page->setClock([issued] { return issued.addSecs(5); });
        m.page->setSessionToken(token);
        QVERIFY(banner()->isVisible());
        QCOMPARE(banner()->text(), QStringLiteral("This session token lasts 60 seconds and cannot "
                                                  "be renewed: sign in to keep working after it "
                                                  "ends."));
        m.page->setClock([issued] { return issued.addSecs(35); });
        QVERIFY2(banner()->text().endsWith("It ends in less than a minute."),
                 qPrintable(banner()->text()));
        m.page->setClock([issued] { return issued.addSecs(61); });
        QVERIFY2(banner()->text().contains("has ended"), qPrintable(banner()->text()));
    }

private:
    InlineBanner *banner() const { return m.find<InlineBanner>("sessionBanner"); }
    TimeZonePicker *picker() const { return m.find<TimeZonePicker>("meTimeZonePicker"); }

    // Answers the page's next signInRequested() as the app does once signed in: the client gets
    // `token`, and the page resumes as `userId`.
    void signInOnRequest(const QByteArray &token, const QString &userId)
    {
        connect(
            m.page.get(), &MeApiPage::signInRequested, this,
            [this, token, userId] {
                m.client->setBearerToken(token);
                m.page->resumeAfterSignIn(userId);
            },
            Qt::SingleShotConnection);
    }

    MeApiPageFixture m;
};

QTEST_MAIN(TestMeApiPageSession)
#include "tst_me_api_page_session.moc"
