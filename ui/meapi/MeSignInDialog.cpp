// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/MeSignInDialog.h"

#include "api/identity/PublishableKey.h"
#include "models/meapi/signin/MeOrganizationsModel.h"
#include "models/meapi/signin/MeSignIn.h"
#include "ui/UiLogging.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/FormRow.h"
#include "ui/editing/InlineBanner.h"
#include "ui/meapi/SignInFormParts.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace valara {

MeSignInDialog::MeSignInDialog(MeSignIn *signIn, const QString &identifier, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_reason(SignInFormParts::introLabel(this))
    , m_banner(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_pages(new QStackedWidget(this))
    , m_busy(new QLabel(this))
    , m_cancel(SignInFormParts::button(this, "meSignInCancel"))
{
    setObjectName(QStringLiteral("meSignInDialog"));
    m_reason->setObjectName(QStringLiteral("meSignInReason"));
    m_reason->hide();
    m_banner->setObjectName(QStringLiteral("meSignInBanner"));
    m_banner->hide();
    m_busy->setObjectName(QStringLiteral("meSignInBusy"));
    m_busy->hide();
    m_pages->addWidget(buildKeyPage());
    m_pages->addWidget(buildIdentifierPage());
    m_pages->addWidget(buildCodePage());
    m_pages->addWidget(buildTotpPage());
    m_pages->addWidget(buildOrganizationPage());
    m_identifier->setText(identifier);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72); // a whole e-mail address shows

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signIn, &MeSignIn::stepChanged, this, &MeSignInDialog::showStep);
    connect(m_signIn, &MeSignIn::errorsChanged, this, &MeSignInDialog::showErrors);
    connect(m_signIn, &MeSignIn::busyChanged, this, &MeSignInDialog::showBusy);
    retranslateUi();
    showStep();
    showErrors();
    showBusy(m_signIn->isBusy());
}

QWidget *MeSignInDialog::buildKeyPage()
{
    m_keyIntro = SignInFormParts::introLabel(this);
    m_key = SignInFormParts::lineEdit(this, "meKeyField");
    m_keyError = SignInFormParts::errorLabel(this, "meKeyError");
    m_keyNext = SignInFormParts::button(this, "meKeyNext");
    auto *form = new QFormLayout;
    m_keyLabel = FormRow::add(form, QString(QLatin1Char('-')), m_key, m_keyError);
    m_keyPage = SignInFormParts::page(this, "meKeyPage", m_keyIntro, form, {m_keyNext});
    connect(m_keyNext, &QPushButton::clicked, this, &MeSignInDialog::submitKey);
    connect(m_key, &QLineEdit::returnPressed, this, &MeSignInDialog::submitKey);
    return m_keyPage;
}

QWidget *MeSignInDialog::buildIdentifierPage()
{
    m_identifier = SignInFormParts::lineEdit(this, "meIdentifierField");
    m_identifierError = SignInFormParts::errorLabel(this, "meIdentifierError");
    m_password = SignInFormParts::lineEdit(this, "mePasswordField", true);
    m_passwordError = SignInFormParts::errorLabel(this, "mePasswordError");
    m_signInButton = SignInFormParts::button(this, "meSignInButton");
    m_emailCodeButton = SignInFormParts::button(this, "meEmailCodeButton");
    auto *form = new QFormLayout;
    m_identifierLabel =
        FormRow::add(form, QString(QLatin1Char('-')), m_identifier, m_identifierError);
    m_passwordLabel = FormRow::add(form, QString(QLatin1Char('-')), m_password, m_passwordError);
    m_identifierPage = SignInFormParts::page(this, "meIdentifierPage", nullptr, form,
                                             {m_signInButton, m_emailCodeButton});
    const auto signInNow = [this] {
        m_signIn->signInWithPassword(m_identifier->text(), m_password->text());
    };
    connect(m_signInButton, &QPushButton::clicked, this, signInNow);
    connect(m_password, &QLineEdit::returnPressed, this, signInNow);
    connect(m_identifier, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_emailCodeButton, &QPushButton::clicked, this,
            [this] { m_signIn->sendEmailCode(m_identifier->text()); });
    return m_identifierPage;
}

QWidget *MeSignInDialog::buildCodePage()
{
    m_codeIntro = SignInFormParts::introLabel(this);
    m_code = SignInFormParts::lineEdit(this, "meCodeField");
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeError = SignInFormParts::errorLabel(this, "meCodeError");
    m_verifyCode = SignInFormParts::button(this, "meVerifyCodeButton");
    m_resend = SignInFormParts::button(this, "meResendCodeButton");
    m_codeBack = SignInFormParts::button(this, "meCodeBackButton");
    auto *form = new QFormLayout;
    m_codeLabel = FormRow::add(form, QString(QLatin1Char('-')), m_code, m_codeError);
    m_codePage = SignInFormParts::page(this, "meCodePage", m_codeIntro, form,
                                       {m_verifyCode, m_resend, m_codeBack});
    const auto verify = [this] { m_signIn->submitEmailCode(m_code->text()); };
    connect(m_verifyCode, &QPushButton::clicked, this, verify);
    connect(m_code, &QLineEdit::returnPressed, this, verify);
    connect(m_resend, &QPushButton::clicked, m_signIn, &MeSignIn::resendEmailCode);
    connect(m_codeBack, &QPushButton::clicked, m_signIn, &MeSignIn::restart);
    return m_codePage;
}

QWidget *MeSignInDialog::buildTotpPage()
{
    m_totpIntro = SignInFormParts::introLabel(this);
    m_totp = SignInFormParts::lineEdit(this, "meTotpField");
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_totpError = SignInFormParts::errorLabel(this, "meTotpError");
    m_verifyTotp = SignInFormParts::button(this, "meVerifyTotpButton");
    m_totpBack = SignInFormParts::button(this, "meTotpBackButton");
    auto *form = new QFormLayout;
    m_totpLabel = FormRow::add(form, QString(QLatin1Char('-')), m_totp, m_totpError);
    m_totpPage =
        SignInFormParts::page(this, "meTotpPage", m_totpIntro, form, {m_verifyTotp, m_totpBack});
    const auto verify = [this] { m_signIn->submitTotp(m_totp->text()); };
    connect(m_verifyTotp, &QPushButton::clicked, this, verify);
    connect(m_totp, &QLineEdit::returnPressed, this, verify);
    connect(m_totpBack, &QPushButton::clicked, m_signIn, &MeSignIn::restart);
    return m_totpPage;
}

QWidget *MeSignInDialog::buildOrganizationPage()
{
    m_organizationLabel = SignInFormParts::introLabel(this);
    m_organizations = new QListView(this);
    m_organizations->setObjectName(QStringLiteral("meOrganizationList"));
    m_organizations->setModel(m_signIn->organizations());
    m_organizations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_organizations->setMaximumHeight(fontMetrics().height() * 8); // a handful, then it scrolls
    m_organizationLabel->setBuddy(m_organizations);
    m_chooseOrganization = SignInFormParts::button(this, "meChooseOrganizationButton");
    m_organizationPage = SignInFormParts::page(this, "meOrganizationPage", m_organizationLabel,
                                               nullptr, {m_chooseOrganization});
    m_organizationPage->layout()->addWidget(m_organizations);
    const auto choose = [this] {
        m_signIn->chooseOrganization(
            m_organizations->currentIndex().data(MeOrganizationsModel::IdRole).toString());
    };
    connect(m_chooseOrganization, &QPushButton::clicked, this, choose);
    connect(m_organizations, &QListView::activated, this, choose);
    return m_organizationPage;
}

void MeSignInDialog::askForPublishableKey()
{
    m_pages->setCurrentWidget(m_keyPage);
    m_keyNext->setDefault(true);
    m_key->setFocus();
}

void MeSignInDialog::setReason(const QString &text)
{
    m_reasonText = text;
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void MeSignInDialog::submitKey()
{
    const QString text = m_key->text().trimmed();
    const PublishableKey key = PublishableKey::parse(text);
    switch (key.problem()) {
    case PublishableKey::Problem::None:
        m_keyError->setMessage(QString());
        qCInfo(lcUi) << "Me API sign-in: publishable key entered for" << key.host();
        Q_EMIT publishableKeyEntered(text);
        showStep();
        return;
    case PublishableKey::Problem::Empty:
        m_keyError->setMessage(tr("Enter the service's publishable key."));
        break;
    case PublishableKey::Problem::NoPrefix:
        m_keyError->setMessage(tr("A publishable key starts with pk_live_ or pk_test_."));
        break;
    case PublishableKey::Problem::NotBase64:
    case PublishableKey::Problem::NotAHost:
        m_keyError->setMessage(
            tr("This is not a whole publishable key: copy it again from the service."));
        break;
    }
    m_key->setFocus();
}

void MeSignInDialog::showStep()
{
    using Step = MeSignIn::Step;
    QWidget *current = m_identifierPage;
    QPushButton *primary = m_signInButton;
    QWidget *focus = m_identifier->text().trimmed().isEmpty() ? m_identifier : m_password;
    switch (m_signIn->step()) {
    case Step::Identifier:
        m_code->clear();
        m_totp->clear();
        break;
    case Step::EmailCode:
        current = m_codePage;
        primary = m_verifyCode;
        focus = m_code;
        m_password->clear();
        break;
    case Step::SecondFactor:
        current = m_totpPage;
        primary = m_verifyTotp;
        focus = m_totp;
        m_password->clear();
        m_code->clear();
        break;
    case Step::Organization: {
        current = m_organizationPage;
        primary = m_chooseOrganization;
        focus = m_organizations;
        const int row = m_signIn->organizations()->rowOf(m_signIn->orgId());
        m_organizations->setCurrentIndex(m_signIn->organizations()->index(std::max(row, 0)));
        break;
    }
    case Step::SignedIn:
        accept();
        return;
    }
    retranslateUi(); // the intros name the address and the step
    m_pages->setCurrentWidget(current);
    // The dialog takes the size of the step shown, not of the largest one.
    for (int index = 0; index < m_pages->count(); ++index) {
        QWidget *page = m_pages->widget(index);
        page->setSizePolicy(page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            page == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    adjustSize();
    primary->setDefault(true);
    m_stepFocus = focus;
    focus->setFocus(); // again once the step's request is over (showBusy), if it is not now
}

void MeSignInDialog::showErrors()
{
    using Field = MeSignIn::Field;
    m_identifierError->setMessage(m_signIn->fieldError(Field::Identifier));
    m_passwordError->setMessage(m_signIn->fieldError(Field::Password));
    m_codeError->setMessage(m_signIn->fieldError(Field::Code));
    m_totpError->setMessage(m_signIn->fieldError(Field::Code));
    m_banner->setText(m_signIn->message());
    m_banner->setVisible(!m_signIn->message().isEmpty());
    // Each message is read out as its field's description.
    for (const auto &[field, error] : fields())
        field->setAccessibleDescription(error->message());
    focusFirstProblem();
    adjustSize(); // room for the messages shown
}

QList<QPair<QLineEdit *, FieldErrorLabel *>> MeSignInDialog::fields() const
{
    return {{m_identifier, m_identifierError},
            {m_password, m_passwordError},
            {m_code, m_codeError},
            {m_totp, m_totpError}};
}

// The first field with a problem takes the focus, its text selected to be typed over.
bool MeSignInDialog::focusFirstProblem()
{
    for (const auto &[field, error] : fields()) {
        if (!error->message().isEmpty() && field->isVisibleTo(this) && field->isEnabled()) {
            field->setFocus();
            field->selectAll();
            return true;
        }
    }
    return false;
}

void MeSignInDialog::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_pages->setEnabled(!busy);
    // Disabled while the request was out, the page could not take the focus: now it can.
    if (!busy && !focusFirstProblem() && m_stepFocus && m_stepFocus->isVisibleTo(this))
        m_stepFocus->setFocus();
}

void MeSignInDialog::done(int result)
{
    if (result != QDialog::Accepted)
        m_signIn->cancel();
    m_password->clear();
    m_code->clear();
    m_totp->clear();
    QDialog::done(result);
}

void MeSignInDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MeSignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to the Me API"));
    m_cancel->setText(tr("Cancel"));
    m_busy->setText(tr("Signing in…"));
    m_keyIntro->setText(tr("Enter the publishable key of the service's sign-in (it starts with "
                           "pk_live_ or pk_test_). It is asked for once for this service."));
    SignInFormParts::setRowLabel(m_keyLabel, tr("Publishable &key:"));
    m_keyNext->setText(tr("&Continue"));
    SignInFormParts::setRowLabel(m_identifierLabel, tr("&E-mail address:"));
    SignInFormParts::setRowLabel(m_passwordLabel, tr("&Password:"));
    m_signInButton->setText(tr("&Sign in"));
    m_emailCodeButton->setText(tr("E-&mail me a code instead"));
    //: %1: the e-mail address, as the service shows it.
    m_codeIntro->setText(tr("A sign-in code was sent to %1. It is valid for 10 minutes.")
                             .arg(m_signIn->codeSentTo()));
    SignInFormParts::setRowLabel(m_codeLabel, tr("&Code:"));
    m_verifyCode->setText(tr("&Verify"));
    m_resend->setText(tr("Send a &new code"));
    m_codeBack->setText(tr("&Back"));
    m_totpIntro->setText(tr("Your account has a second factor: enter the %n-digit code your "
                            "authenticator app shows.",
                            nullptr, MeSignIn::CodeLength));
    SignInFormParts::setRowLabel(m_totpLabel, tr("Authenticator &code:"));
    m_verifyTotp->setText(tr("&Verify"));
    m_totpBack->setText(tr("&Back"));
    m_organizationLabel->setText(
        tr("You belong to several organizations. Choose the one to work in:"));
    m_organizations->setAccessibleName(tr("Organizations"));
    m_chooseOrganization->setText(tr("&Continue"));
}

} // namespace valara
