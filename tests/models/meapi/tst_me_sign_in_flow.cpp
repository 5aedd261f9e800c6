// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Me API's sign-in steps (MeSignIn) against the real sandbox's identity service: password,
// e-mail code, TOTP second factor, the organization when there are several, and resuming a
// client's session; every refusal names its field in words, and input refused locally sends
// nothing.
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "api/ApiJob.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "models/meapi/signin/MeOrganizationsModel.h"
#include "models/meapi/signin/MeSignIn.h"
#include "sandbox/identity/FrontendApi.h"
#include "sandbox/identity/Totp.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;
using Step = MeSignIn::Step;
using Field = MeSignIn::Field;

class TestMeSignInFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_h;
    QNetworkAccessManager m_network;
    std::unique_ptr<IdentityClient> m_identity;
    std::unique_ptr<MeSignIn> m_signIn;
    QDateTime m_now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    QUrl frontendApi() const
    {
        return PublishableKey::parse(publishableKeyOf(*m_h)).frontendApiUrl();
    }
    // Waits for the request in flight, if any.
    bool settled()
    {
        return QTest::qWaitFor([this] { return !m_signIn->isBusy(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<SandboxHarness>(sandbox::SandboxConfig(), fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_h->server().setClock([this] { return m_now; });
        m_identity = std::make_unique<IdentityClient>(&m_network, frontendApi());
        m_signIn = std::make_unique<MeSignIn>(m_identity.get());
    }
    void cleanup()
    {
        m_signIn.reset();
        m_identity.reset();
        m_h.reset();
    }

    void MeSignInWithAPassword()
    {
        QSignalSpy signedIn(m_signIn.get(), &MeSignIn::signedIn);
        m_signIn->signInWithPassword(QStringLiteral(" bruno@valara.test "),
                                     QStringLiteral("open sesame"));
        QVERIFY(m_signIn->isBusy());
        QVERIFY(settled());
        // Bruno has a second factor: the authenticator's code is asked for.
        QCOMPARE(m_signIn->step(), Step::SecondFactor);
        QCOMPARE(m_signIn->identifier(), QStringLiteral("bruno@valara.test"));
        m_signIn->submitTotp(QStringLiteral("12345")); // five digits: refused here
        QVERIFY(!m_signIn->isBusy());
        QCOMPARE(m_signIn->fieldError(Field::Code), QStringLiteral("Enter the 6-digit code."));
        const QString code = sandbox::Totp::codeAt(sandbox::Totp::decodeBase32(TotpSecret), m_now);
        const QString wrong =
            code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        m_signIn->submitTotp(wrong);
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::SecondFactor);
        QCOMPARE(m_signIn->fieldError(Field::Code),
                 QStringLiteral("This code is not the right one. Check it and try again."));
        m_signIn->submitTotp(code.left(3) + QLatin1Char(' ') + code.mid(3));
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::SignedIn);
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(m_signIn->fieldError(Field::Code).isEmpty());
        QCOMPARE(m_signIn->userId(), QStringLiteral("b1"));
        QCOMPARE(m_signIn->orgId(), QStringLiteral("org-1"));
        QVERIFY(m_signIn->sessionId().startsWith(u"sess_"));
    }

    void MeSignInWrongPasswordAndUnknownAddressAreExplained()
    {
        m_signIn->signInWithPassword(QStringLiteral("gina@valara.test"), QStringLiteral("nope"));
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::Identifier);
        QCOMPARE(m_signIn->fieldError(Field::Password),
                 QStringLiteral(
                     "The password is incorrect. Try again, or e-mail yourself a code instead."));
        QVERIFY(m_signIn->fieldError(Field::Identifier).isEmpty());
        m_signIn->signInWithPassword(QStringLiteral("nobody@valara.test"), QStringLiteral("x"));
        QVERIFY(settled());
        QCOMPARE(m_signIn->fieldError(Field::Identifier),
                 QStringLiteral("No account was found for this e-mail address."));
        QVERIFY(m_signIn->fieldError(Field::Password).isEmpty());
    }

    void MeSignInEmptyFieldsSendNothing()
    {
        QSignalSpy exchanges(&m_h->server(), &sandbox::SandboxServer::exchangeCompleted);
        m_signIn->signInWithPassword(QStringLiteral("  "), QString());
        QVERIFY(!m_signIn->isBusy());
        QVERIFY(!m_signIn->fieldError(Field::Identifier).isEmpty());
        QCOMPARE(m_signIn->fieldError(Field::Password), QStringLiteral("Enter your password."));
        m_signIn->sendEmailCode(QString());
        QVERIFY(!m_signIn->fieldError(Field::Identifier).isEmpty());
        QVERIFY(!m_signIn->isBusy()); // no request on its way: nothing can be sent
        QCOMPARE(exchanges.count(), 0);
        QCOMPARE(MeSignIn::normalizedCode(QStringLiteral("123-456")), QStringLiteral("123456"));
        QVERIFY(MeSignIn::normalizedCode(QStringLiteral("12345a")).isEmpty());
        QVERIFY(MeSignIn::normalizedCode(QStringLiteral("1234567")).isEmpty());
    }

    void MeSignInWithAnEmailCodeAndAnOrganization()
    {
        QAbstractItemModelTester tester(m_signIn->organizations(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_signIn->sendEmailCode(QStringLiteral("gina@valara.test"));
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::EmailCode);
        QCOMPARE(m_signIn->codeSentTo(), QStringLiteral("gina@valara.test"));
        const QString code =
            m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
        QCOMPARE(code.size(), MeSignIn::CodeLength);
        m_signIn->submitEmailCode(code == QLatin1String("999999") ? QStringLiteral("999998")
                                                                  : QStringLiteral("999999"));
        QVERIFY(settled());
        QCOMPARE(m_signIn->fieldError(Field::Code),
                 QStringLiteral("This code is not the right one. Check it and try again."));
        m_signIn->submitEmailCode(code);
        QVERIFY(settled());
        // Gina is in two organizations: which one, with her own chosen.
        QCOMPARE(m_signIn->step(), Step::Organization);
        MeOrganizationsModel *organizations = m_signIn->organizations();
        QCOMPARE(organizations->rowCount(), 2);
        QCOMPARE(m_signIn->orgId(), QStringLiteral("org-1"));
        const int two = organizations->rowOf(QStringLiteral("org-2"));
        QCOMPARE(organizations->index(two).data().toString(), QStringLiteral("Org Two"));
        m_signIn->chooseOrganization(QStringLiteral("org-9"));
        QCOMPARE(m_signIn->message(), QStringLiteral("Choose one of your organizations."));
        m_signIn->chooseOrganization(organizations->idAt(two));
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::SignedIn);
        QCOMPARE(m_signIn->orgId(), QStringLiteral("org-2"));
    }

    void MeSignInResumesTheClientsSession()
    {
        m_signIn->signInWithPassword(QStringLiteral("alice@valara.test"),
                                     QStringLiteral("open sesame"));
        QVERIFY(settled());
        QCOMPARE(m_signIn->step(), Step::SignedIn);
        const QString sessionId = m_signIn->sessionId();

        // Another start of the app, with the client token from the keychain.
        IdentityClient again(&m_network, frontendApi());
        again.setClientToken(m_identity->clientToken());
        MeSignIn resumed(&again);
        QSignalSpy signedIn(&resumed, &MeSignIn::signedIn);
        resumed.resume();
        QVERIFY(signedIn.wait(10000));
        QCOMPARE(resumed.sessionId(), sessionId);
        QCOMPARE(resumed.userId(), QStringLiteral("a1"));

        // Signed out meanwhile: the sign-in asks again, quietly.
        QSignalSpy signedOut(m_identity->signOut(), &ApiJob::finished);
        QVERIFY(signedOut.wait(10000));
        MeSignIn afterSignOut(&again);
        afterSignOut.resume();
        QVERIFY(QTest::qWaitFor([&] { return !afterSignOut.isBusy(); }, 10000));
        QCOMPARE(afterSignOut.step(), Step::Identifier);
        QVERIFY(afterSignOut.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMeSignInFlow)
#include "tst_me_sign_in_flow.moc"
