// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Me API's sign-in dialog over MeSignIn and the real sandbox, from the keyboard: every field
// has a buddy label that names it; a wrong password and a wrong code are said under their fields
// (and read out as the field's description), the dialog staying on its step; the e-mail code, then
// the organization, then accepted. The publishable key is checked before it is given out; Escape
// gives up and drops the request in flight.
#include "SandboxHarness.h"
#include "SignInFixture.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "models/meapi/signin/MeSignIn.h"
#include "sandbox/identity/FrontendApi.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/meapi/MeSignInDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class TestMeSignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHarness> m_h;
    QNetworkAccessManager m_network;
    std::unique_ptr<IdentityClient> m_identity;
    std::unique_ptr<MeSignIn> m_signIn;
    std::unique_ptr<MeSignInDialog> m_dialog;

    template <typename T>
    T *find(const char *name) const
    {
        T *child = m_dialog->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no %s", name);
        return child;
    }
    QString currentPage() const
    {
        return m_dialog->findChild<QStackedWidget *>()->currentWidget()->objectName();
    }
    bool settled()
    {
        return QTest::qWaitFor([this] { return !m_signIn->isBusy(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<SandboxHarness>(sandbox::SandboxConfig(), fixtureWithSignIn());
        QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
        m_identity = std::make_unique<IdentityClient>(
            &m_network, PublishableKey::parse(publishableKeyOf(*m_h)).frontendApiUrl());
        m_signIn = std::make_unique<MeSignIn>(m_identity.get());
        m_dialog = std::make_unique<MeSignInDialog>(m_signIn.get(), QString());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_signIn.reset();
        m_identity.reset();
        m_h.reset();
    }

    void everyFieldIsNamedByItsLabel()
    {
        int checked = 0;
        for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
            auto *field = qobject_cast<QLineEdit *>(label->buddy());
            if (!field)
                continue;
            QString text = label->text().remove(QLatin1Char('&'));
            text.chop(text.endsWith(QLatin1Char(':')) ? 1 : 0);
            QCOMPARE(field->accessibleName(), text);
            ++checked;
        }
        QCOMPARE(checked, 5); // key, e-mail, password, code, authenticator code
        QCOMPARE(find<QLineEdit>("mePasswordField")->echoMode(), QLineEdit::Password);
    }

    void MeSignInWrongPasswordThenAnEmailCodeFromTheKeyboard()
    {
        QCOMPARE(currentPage(), QStringLiteral("meIdentifierPage"));
        auto *identifier = find<QLineEdit>("meIdentifierField");
        auto *password = find<QLineEdit>("mePasswordField");
        QVERIFY(identifier->hasFocus());
        QTest::keyClicks(identifier, QStringLiteral("gina@valara.test"));
        QTest::keyClick(identifier, Qt::Key_Return); // on to the password
        QVERIFY(password->hasFocus());
        QTest::keyClicks(password, QStringLiteral("not it"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(settled());
        auto *passwordError = find<FieldErrorLabel>("mePasswordError");
        QCOMPARE(passwordError->message(),
                 QStringLiteral(
                     "The password is incorrect. Try again, or e-mail yourself a code instead."));
        QCOMPARE(password->accessibleDescription(), passwordError->message());
        QVERIFY(password->hasFocus());
        QCOMPARE(currentPage(), QStringLiteral("meIdentifierPage"));

        QTest::mouseClick(find<QPushButton>("meEmailCodeButton"), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(currentPage(), QStringLiteral("meCodePage"));
        QVERIFY(password->text().isEmpty()); // not kept once it is not needed
        auto *code = find<QLineEdit>("meCodeField");
        QVERIFY(code->hasFocus());
        const QString sent =
            m_h->server().identity().lastEmailCode(QStringLiteral("gina@valara.test"));
        QTest::keyClicks(code, sent == QLatin1String("123456") ? QStringLiteral("654321")
                                                               : QStringLiteral("123456"));
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(find<FieldErrorLabel>("meCodeError")->message(),
                 QStringLiteral("This code is not the right one. Check it and try again."));
        QVERIFY(code->hasFocus());
        QTest::keyClicks(code, sent); // the wrong code is selected: typing replaces it
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(currentPage(), QStringLiteral("meOrganizationPage"));
        auto *organizations = find<QListView>("meOrganizationList");
        QVERIFY(organizations->hasFocus());
        QTest::keyClick(organizations, Qt::Key_Down);
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::keyClick(organizations, Qt::Key_Return);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(m_signIn->orgId(), QStringLiteral("org-2"));
    }

    void thePublishableKeyIsCheckedFirst()
    {
        QSignalSpy entered(m_dialog.get(), &MeSignInDialog::publishableKeyEntered);
        m_dialog->askForPublishableKey();
        QCOMPARE(currentPage(), QStringLiteral("meKeyPage"));
        auto *key = find<QLineEdit>("meKeyField");
        QTest::keyClicks(key, QStringLiteral("sk_live_abc"));
        QTest::keyClick(key, Qt::Key_Return);
        QCOMPARE(find<FieldErrorLabel>("meKeyError")->message(),
                 QStringLiteral("A publishable key starts with pk_live_ or pk_test_."));
        QVERIFY(entered.isEmpty());
        key->clear();
        const QString good =
            PublishableKey::forOrigin(QUrl(QStringLiteral("https://clerk.example.com")));
        QTest::keyClicks(key, good);
        QTest::keyClick(key, Qt::Key_Return);
        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.at(0).at(0).toString(), good);
        QCOMPARE(currentPage(), QStringLiteral("meIdentifierPage"));
    }

    void escapeGivesUpAndDropsTheRequest()
    {
        find<QLineEdit>("meIdentifierField")->setText(QStringLiteral("gina@valara.test"));
        auto *password = find<QLineEdit>("mePasswordField");
        QTest::keyClicks(password, QStringLiteral("open sesame"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(m_signIn->isBusy());
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_signIn->isBusy());
        QTest::qWait(100);
        QCOMPARE(m_signIn->step(), MeSignIn::Step::Identifier);
        QVERIFY(password->text().isEmpty());
    }
};

QTEST_MAIN(TestMeSignInDialog)
#include "tst_me_sign_in_dialog.moc"
