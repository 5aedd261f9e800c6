// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace valara {

class FieldErrorLabel;
class InlineBanner;
class MeSignIn;

// Signs in to a Me API account, one step at a time as MeSignIn leads it: the service's publishable
// key when it is not known yet, the e-mail address and password (or a code e-mailed instead), a
// second factor's code, the organization. Each refusal shows under its field, anything else in
// the banner on top; Enter takes the step, Escape or Cancel gives up (a request in flight is
// dropped). Accepted once signed in. Nothing typed is kept after the dialog.
class MeSignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `signIn` is not owned. `identifier` fills the address field.
    MeSignInDialog(MeSignIn *signIn, const QString &identifier, QWidget *parent = nullptr);

    // Starts on the publishable key's page: the key is checked here, then given out.
    void askForPublishableKey();
    // A line above the steps (why signing in is asked for: the session ended...).
    void setReason(const QString &text);

Q_SIGNALS:
    // A well-formed key was entered: set the identity service's address before the next step.
    void publishableKeyEntered(const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    QWidget *buildKeyPage();
    QWidget *buildIdentifierPage();
    QWidget *buildCodePage();
    QWidget *buildTotpPage();
    QWidget *buildOrganizationPage();
    void retranslateUi();
    void submitKey();
    void showStep();
    void showErrors();
    void showBusy(bool busy);
    QList<QPair<QLineEdit *, FieldErrorLabel *>> fields() const;
    bool focusFirstProblem();

    MeSignIn *m_signIn;
    QString m_reasonText;
    QLabel *m_reason;
    InlineBanner *m_banner;
    QStackedWidget *m_pages;
    QLabel *m_busy;
    QPushButton *m_cancel;
    QWidget *m_stepFocus = nullptr; // where the current step's typing starts
    // Key page
    QWidget *m_keyPage = nullptr;
    QLabel *m_keyIntro = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    FieldErrorLabel *m_keyError = nullptr;
    QPushButton *m_keyNext = nullptr;
    // Identifier page
    QWidget *m_identifierPage = nullptr;
    QLabel *m_identifierLabel = nullptr;
    QLineEdit *m_identifier = nullptr;
    FieldErrorLabel *m_identifierError = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    FieldErrorLabel *m_passwordError = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_emailCodeButton = nullptr;
    // E-mail code page
    QWidget *m_codePage = nullptr;
    QLabel *m_codeIntro = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    FieldErrorLabel *m_codeError = nullptr;
    QPushButton *m_verifyCode = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_codeBack = nullptr;
    // Second factor page
    QWidget *m_totpPage = nullptr;
    QLabel *m_totpIntro = nullptr;
    QLabel *m_totpLabel = nullptr;
    QLineEdit *m_totp = nullptr;
    FieldErrorLabel *m_totpError = nullptr;
    QPushButton *m_verifyTotp = nullptr;
    QPushButton *m_totpBack = nullptr;
    // Organization page
    QWidget *m_organizationPage = nullptr;
    QLabel *m_organizationLabel = nullptr;
    QListView *m_organizations = nullptr;
    QPushButton *m_chooseOrganization = nullptr;
};

} // namespace valara
