// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog against the real sandbox on loopback (a custom address pointed at it): a bad
// key's 401 inline, a good key's name and role, Sign in only after a passing test of exactly the
// current inputs, the Me API variant, accessible names and the Tab order.
#include "AccessibleNames.h"
#include "SandboxHarness.h"
#include "models/caller/ConnectionTester.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/InlineBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace valara;
using namespace valara::testing;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<SandboxExchange>();
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY2(m_sandbox->isReady(), qPrintable(m_sandbox->error()));
        m_exchanges =
            std::make_unique<QSignalSpy>(&m_sandbox->server(), &SandboxServer::exchangeCompleted);
        m_tester = std::make_unique<ConnectionTester>(&m_network);
        m_dialog = std::make_unique<SignInDialog>(m_tester.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_tester.reset();
        m_exchanges.reset();
        m_sandbox.reset();
    }

    void theDialogOffersBothAccountsAndThePublishedHosts()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Sign in — Valara Desk"));
        QVERIFY(m_dialog->isModal());
        QCOMPARE(find<QRadioButton>("valaraAccountChoice")->text().remove('&'),
                 QStringLiteral("Valara account (API key)"));
        QCOMPARE(find<QRadioButton>("meApiAccountChoice")->text().remove('&'),
                 QStringLiteral("Me API account (session token)"));
        QVERIFY(find<QRadioButton>("valaraAccountChoice")->isChecked());
        auto *hosts = find<QComboBox>("hostChoice");
        QCOMPARE(hosts->count(), 3);
        QCOMPARE(hosts->itemText(0), QStringLiteral("valara.cloud"));
        QCOMPARE(hosts->itemData(0).toUrl(), QUrl("https://valara.cloud"));
        QCOMPARE(hosts->itemText(1),
                 QStringLiteral("dash.jacoballenmedia.com (legacy address of valara.cloud)"));
        QCOMPARE(hosts->itemData(1).toUrl(), QUrl("https://dash.jacoballenmedia.com"));
        QCOMPARE(hosts->itemText(2), QStringLiteral("Custom address (staging or self-hosted)…"));
        QVERIFY(!field("customUrlField")->isVisible());
        hosts->setCurrentIndex(2);
        QVERIFY(field("customUrlField")->isVisible());
        QCOMPARE(field("secretField")->echoMode(), QLineEdit::Password);
        QCOMPARE(secretLabel()->text().remove('&'), QStringLiteral("API key:"));
        QCOMPARE(signIn()->text(), QStringLiteral("Sign in"));
        QVERIFY(!signIn()->isEnabled());
    }

    void signInSetInitialPreFillsTheChoice()
    {
        auto *hosts = find<QComboBox>("hostChoice");
        m_dialog->setInitial(Account::Kind::Valara, QUrl("https://dash.jacoballenmedia.com"));
        QCOMPARE(hosts->currentIndex(), 1);
        QVERIFY(!field("customUrlField")->isVisible());
        m_dialog->setInitial(Account::Kind::Valara, QUrl("https://staging.example.com/v2"));
        QCOMPARE(hosts->currentIndex(), 2);
        QCOMPARE(field("customUrlField")->text(), QStringLiteral("https://staging.example.com/v2"));
        m_dialog->setInitial(Account::Kind::Valara, QUrl("https://valara.cloud/"));
        QCOMPARE(hosts->currentIndex(), 0);

        m_dialog->setInitial(Account::Kind::MeApi, QUrl("https://api.example.com"));
        QVERIFY(find<QRadioButton>("meApiAccountChoice")->isChecked());
        QVERIFY(!hosts->isVisible());
        QCOMPARE(field("customUrlField")->text(), QStringLiteral("https://api.example.com"));
        QVERIFY(!find<FieldErrorLabel>("customUrlError")->isVisible());
        field("customUrlField")->clear();
        QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
        QCOMPARE(find<FieldErrorLabel>("customUrlError")->message(),
                 QStringLiteral("Enter the Me API's address, such as https://api.example.com."));
    }

    void signInWithABadKeyShowsThe401Inline()
    {
        useSandbox();
        QTest::keyClicks(field("secretField"), "key-broker-b1-revoked");
        QVERIFY(clickTest());
        auto *error = find<ErrorBanner>("connectionError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith("The API key was not accepted. Check that it is "
                                          "complete and has not been revoked. (request "),
                 qPrintable(error->text()));
        QCOMPARE(m_exchanges->size(), 1);
        QVERIFY(error->text().contains(QString::fromLatin1(exchange(0).requestId)));
        QVERIFY(!find<InlineBanner>("connectionStatus")->isVisible());
        QVERIFY(!signIn()->isEnabled());
        QVERIFY(m_dialog->isVisible());
    }

    void signInWithAGoodKeyShowsTheNameAndRole()
    {
        useSandbox();
        QTest::keyClicks(field("secretField"), "key-broker-b1");
        QVERIFY(clickTest());
        auto *status = find<InlineBanner>("connectionStatus");
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(),
                 QStringLiteral("Signed in as Bruno Broker (broker) on %1").arg(hostAndPort()));
        QVERIFY(!find<ErrorBanner>("connectionError")->isVisible());
        QVERIFY(signIn()->isEnabled());

        QTest::mouseClick(signIn(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const Account account = m_dialog->account();
        QCOMPARE(account.kind, Account::Kind::Valara);
        QCOMPARE(account.userId, QStringLiteral("b1"));
        QCOMPARE(account.role, QStringLiteral("broker"));
        QCOMPARE(account.displayName, QStringLiteral("Bruno Broker"));
        QCOMPARE(account.baseUrl, Account::normalizedBaseUrl(m_sandbox->server().baseUrl()));
        QCOMPARE(m_dialog->secret(), QByteArray("key-broker-b1"));
        QCOMPARE(m_exchanges->size(), 1); // signing in does not test again
    }

    void signInWithAChangedKeyNeedsANewTest()
    {
        useSandbox();
        QTest::keyClicks(field("secretField"), "key-broker-b1");
        QVERIFY(clickTest());
        QVERIFY(signIn()->isEnabled());

        QTest::keyClick(field("secretField"), Qt::Key_X);
        QVERIFY(!signIn()->isEnabled());
        QVERIFY(!find<InlineBanner>("connectionStatus")->isVisible());
        QTest::keyClick(field("secretField"), Qt::Key_Backspace); // the tested key again
        QVERIFY(!signIn()->isEnabled());

        QVERIFY(clickTest());
        QVERIFY(signIn()->isEnabled());
        find<QComboBox>("hostChoice")->setCurrentIndex(0); // another host
        QVERIFY(!signIn()->isEnabled());
    }

    void signInToTheMeApiWithASessionToken()
    {
        useSandbox();
        clickRadio("meApiAccountChoice");
        QVERIFY(find<QRadioButton>("meApiAccountChoice")->isChecked());
        QCOMPARE(secretLabel()->text().remove('&'), QStringLiteral("Session token:"));
        QCOMPARE(field("secretField")->accessibleName(), QStringLiteral("Session token"));
        // The Me API has its own address: no list of published hosts, the address is kept.
        QVERIFY(!find<QComboBox>("hostChoice")->isVisible());
        QVERIFY(field("customUrlField")->isVisible());
        QCOMPARE(field("customUrlField")->text(), m_sandbox->server().baseUrl().toString());

        // Back to Valara and again: the label follows, the published hosts come back.
        clickRadio("valaraAccountChoice");
        QCOMPARE(secretLabel()->text().remove('&'), QStringLiteral("API key:"));
        QCOMPARE(field("secretField")->accessibleName(), QStringLiteral("API key"));
        QVERIFY(find<QComboBox>("hostChoice")->isVisible());
        clickRadio("meApiAccountChoice");
        QCOMPARE(secretLabel()->text().remove('&'), QStringLiteral("Session token:"));

        const QByteArray token = m_sandbox->sessionToken(QStringLiteral("g1"));
        QTest::keyClicks(field("secretField"), QString::fromLatin1(token));
        QVERIFY(clickTest());
        QCOMPARE(find<InlineBanner>("connectionStatus")->text(),
                 QStringLiteral("Signed in as g1 (organisation org-1) on %1").arg(hostAndPort()));
        QVERIFY(signIn()->isEnabled());
        QTest::mouseClick(signIn(), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->account().kind, Account::Kind::MeApi);
        QCOMPARE(m_dialog->account().userId, QStringLiteral("g1"));
        QVERIFY(m_dialog->account().role.isEmpty());
        QCOMPARE(m_dialog->secret(), token);
    }

    void signInWithAnApiKeyForTheMeApiIsRefusedInline()
    {
        m_dialog->setInitial(Account::Kind::MeApi, m_sandbox->server().baseUrl());
        QCOMPARE(secretLabel()->text().remove('&'), QStringLiteral("Session token:"));
        QTest::keyClicks(field("secretField"), "key-agent-g1");
        QVERIFY(clickTest());
        QVERIFY2(find<ErrorBanner>("connectionError")->text().contains("not a session token"),
                 qPrintable(find<ErrorBanner>("connectionError")->text()));
        QCOMPARE(m_exchanges->size(), 0);
        QVERIFY(!signIn()->isEnabled());
    }

    void signInRefusesPlainHttpToAnotherHost()
    {
        find<QComboBox>("hostChoice")->setCurrentIndex(2);
        QTest::keyClicks(field("customUrlField"), "http://example.com");
        auto *problem = find<FieldErrorLabel>("customUrlError");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->message().contains("plain http://"), qPrintable(problem->message()));
        QTest::keyClicks(field("secretField"), "key-broker-b1");
        QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
        QTest::qWait(100);
        QCOMPARE(m_exchanges->size(), 0);
        QCOMPARE(QApplication::focusWidget(), field("customUrlField"));
        QVERIFY(!signIn()->isEnabled());

        field("customUrlField")->clear(); // empty: not an error while typing, but on testing
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->message().startsWith("Enter the server's address"),
                 qPrintable(problem->message()));
    }

    void signInWithEnterTestsThenAccepts()
    {
        useSandbox();
        QTest::keyClicks(field("secretField"), "key-admin-a1");
        QVERIFY(!signIn()->isEnabled());
        QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
        QTest::keyClick(field("secretField"), Qt::Key_Return);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(m_dialog->account().userId, QStringLiteral("a1"));
        QCOMPARE(m_dialog->account().role, QStringLiteral("admin"));
        QCOMPARE(m_dialog->secret(), QByteArray("key-admin-a1"));
    }

    void signInWithEnterAndABadKeyStaysOpen()
    {
        useSandbox();
        QTest::keyClicks(field("secretField"), "nope");
        QSignalSpy finished(tester(), &ConnectionTester::finished);
        QTest::keyClick(field("secretField"), Qt::Key_Return);
        QVERIFY(finished.wait(10000));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(find<ErrorBanner>("connectionError")->isVisible());
        QVERIFY(!signIn()->isEnabled());
    }

    void signInAccessibleNamesEqualVisibleLabels()
    {
        find<QComboBox>("hostChoice")->setCurrentIndex(2);
        int checked = 0;
        QStringList mismatches = accessibleNameMismatches(m_dialog.get(), &checked);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join('\n')));
        QCOMPARE(checked, 3); // server, address, API key

        find<QRadioButton>("meApiAccountChoice")->setChecked(true);
        mismatches = accessibleNameMismatches(m_dialog.get(), &checked);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join('\n')));
        QCOMPARE(field("customUrlField")->accessibleName(), QStringLiteral("Me API address"));
        QCOMPARE(field("secretField")->accessibleName(), QStringLiteral("Session token"));
    }

    void signInTabOrderFollowsTheLayout()
    {
        // Published host: no address field.
        QCOMPARE(tabChain(), (QStringList{"valaraAccountChoice", "hostChoice", "secretField",
                                          "testConnectionButton", "cancelButton"}));

        // Custom address, and a passing test so that Sign in takes part too.
        useSandbox();
        QTest::keyClicks(field("secretField"), "key-broker-b1");
        QVERIFY(clickTest());
        const QStringList chain = tabChain();
        QCOMPARE(chain.mid(0, 5),
                 (QStringList{"valaraAccountChoice", "hostChoice", "customUrlField", "secretField",
                              "testConnectionButton"}));
        QCOMPARE(chain.size(), 7);
        QVERIFY2((chain.mid(5) == QStringList{"signInButton", "cancelButton"} ||
                  chain.mid(5) == QStringList{"cancelButton", "signInButton"}),
                 qPrintable(chain.join(' ')));
    }

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    QLineEdit *field(const char *name) const { return find<QLineEdit>(name); }
    // On its indicator: a stretched radio button only reacts to clicks on its indicator and text.
    void clickRadio(const char *name) const
    {
        auto *radio = find<QRadioButton>(name);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
    }
    QPushButton *signIn() const { return find<QPushButton>("signInButton"); }
    ConnectionTester *tester() const { return m_tester.get(); }
    QLabel *secretLabel() const
    {
        for (QLabel *label : m_dialog->findChildren<QLabel *>()) {
            if (label->buddy() == field("secretField"))
                return label;
        }
        return nullptr;
    }
    QString hostAndPort() const
    {
        const QUrl url = m_sandbox->server().baseUrl();
        return QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    }
    // As a person would: the custom address, typed, pointing at the sandbox.
    void useSandbox()
    {
        find<QComboBox>("hostChoice")->setCurrentIndex(2);
        field("customUrlField")->clear();
        QTest::keyClicks(field("customUrlField"), m_sandbox->server().baseUrl().toString());
        QVERIFY(!find<FieldErrorLabel>("customUrlError")->isVisible());
    }
    // Clicks "Test connection" and waits for the answer.
    bool clickTest()
    {
        QSignalSpy finished(tester(), &ConnectionTester::finished);
        QTest::mouseClick(find<QPushButton>("testConnectionButton"), Qt::LeftButton);
        return finished.wait(10000);
    }
    // The object names Tab visits from the account type until it comes back.
    QStringList tabChain() const
    {
        QWidget *start = find<QRadioButton>("valaraAccountChoice");
        start->setFocus(Qt::TabFocusReason);
        QStringList names{QApplication::focusWidget()->objectName()};
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (focus == start)
                break;
            if (!focus->objectName().isEmpty())
                names.append(focus->objectName());
            else
                names.append(QString::fromLatin1(focus->metaObject()->className()));
        }
        return names;
    }
    SandboxExchange exchange(int index) const
    {
        return m_exchanges->at(index).at(0).value<SandboxExchange>();
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<QSignalSpy> m_exchanges;
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<SignInDialog> m_dialog;
};

QTEST_MAIN(TestSignInDialog)
#include "tst_sign_in_dialog.moc"
