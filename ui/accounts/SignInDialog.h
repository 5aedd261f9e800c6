// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/Account.h"

#include <QByteArray>
#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace valara {

class ConnectionTester;
class ErrorBanner;
class HostChoice;
class InlineBanner;
struct ApiError;

// Signs in to a Valara account (an API key) or a Me API account (a session token): the account
// type, where it lives (HostChoice: valara.cloud, its legacy address or a custom one; the Me API
// only by its own address), the secret, and "Test connection", which asks the service who the
// secret signs in as (ConnectionTester) and shows it, or why not, inline.
//
// "Sign in" is enabled only once exactly the current inputs have passed a test; any change
// disables it again. Enter (or accept()) before a successful test runs the test and accepts once
// it passes. Nothing is stored here: the caller stores account() and secret() after accept().
// The secret is never logged.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `tester` (not owned) runs the connection tests; the dialog cancels one it leaves running.
    explicit SignInDialog(ConnectionTester *tester, QWidget *parent = nullptr);

    // Pre-fills the account type and its address.
    void setInitial(Account::Kind kind, const QUrl &baseUrl);
    // The account the last successful test found (valid after accept()).
    Account account() const { return m_account; }
    // The tested secret, trimmed.
    QByteArray secret() const { return m_secret; }

public Q_SLOTS:
    // Accepts when the current inputs have passed a test; otherwise tests them first.
    void accept() override;
    // Tests the current inputs.
    void testConnection();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showSecretLabel();
    Account::Kind kind() const;
    void onKindChanged();
    void onInputsChanged();
    void onTestFinished(bool ok, const Account &account, const ApiError &error);
    void startTest(bool acceptWhenPassed);
    void showStatus(const QString &text);
    void showFailure(const ApiError &error);
    void updateButtons();

    // In visual order, which is also the order they are created in (the Tab order).
    QRadioButton *m_valaraChoice;
    QRadioButton *m_meApiChoice;
    HostChoice *m_host;
    QLabel *m_secretLabel;
    QLineEdit *m_secretField;
    QPushButton *m_testButton;
    QWidget *m_result;
    InlineBanner *m_status; // testing, or who the secret signs in as
    ErrorBanner *m_failed;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    ConnectionTester *m_tester;
    QLabel *m_intro = nullptr;
    QLabel *m_kindLabel = nullptr;

    Account m_account;     // found by the last test of the current inputs
    QByteArray m_secret;   // the secret that test used
    bool m_passed = false; // the current inputs passed a test
    bool m_acceptWhenPassed = false;
};

} // namespace valara
