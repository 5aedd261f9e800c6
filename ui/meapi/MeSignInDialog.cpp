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

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name, bool secret = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QPushButton *button(QWidget *parent, const char *name)
{
    auto *push = new QPushButton(parent);
    push->setObjectName(QLatin1String(name));
    return push;
}

FieldErrorLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new FieldErrorLabel(parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

// A row's label with its mnemonic and colon ("&Code:"); the field is named without them.
void setRowLabel(QLabel *buddy, const QString &text)
{
    buddy->setText(text);
    QString name = text;
    name.remove(QLatin1Char('&'));
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0x00A0)) ||
           name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    buddy->buddy()->setAccessibleName(name);
}

QLabel *introLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A page: its intro, its form, its buttons in a row (the first the step's own).
QWidget *page(QWidget *parent, const char *name, QLabel *intro, QFormLayout *form,
              const QList<QPushButton *> &buttons)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(QLatin1String(name));
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    if (intro)
        layout->addWidget(intro);
    if (form)
        layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *push : buttons)
        row->addWidget(push);
    layout->addLayout(row);
    layout->addStretch(1);
    return widget;
}

} // namespace

MeSignInDialog::MeSignInDialog(MeSignIn *signIn, const QString &identifier, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_reason(introLabel(this))
    , m_banner(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_pages(new QStackedWidget(this))
    , m_busy(new QLabel(this))
    , m_cancel(button(this, "meSignInCancel"))
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
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_signIn, &MeSignIn::stepChanged, this, &MeSignInDialog::showStep);
    connect(m_signIn, &MeSignIn::errorsChanged, this, &MeSignInDialog::showErrors);
    connect(m_signIn, &MeSignIn::busyChanged, this, &MeSignInDialog::showBusy);
    retranslateUi();
    showStep();
    showErrors();
}

QWidget *MeSignInDialog::buildKeyPage()
{
    m_keyIntro = introLabel(this);
    m_key = lineEdit(this, "meKeyField");
    m_keyError = errorLabel(this, "meKeyError");
    m_keyNext = button(this, "meKeyNext");
    auto *form = new QFormLayout;
    m_keyLabel = FormRow::add(form, QString(QLatin1Char('-')), m_key, m_keyError);
    m_keyPage = page(this, "meKeyPage", m_keyIntro, form, {m_keyNext});
    connect(m_keyNext, &QPushButton::clicked, this, &MeSignInDialog::submitKey);
    connect(m_key, &QLineEdit::returnPressed, this, &MeSignInDialog::submitKey);
    return m_keyPage;
}

QWidget *MeSignInDialog::buildIdentifierPage()
{
    m_identifier = lineEdit(this, "meIdentifierField");
    m_identifierError = errorLabel(this, "meIdentifierError");
    m_password = lineEdit(this, "mePasswordField", true);
    m_passwordError = errorLabel(this, "mePasswordError");
    m_signInButton = button(this, "meSignInButton");
    m_emailCodeButton = button(this, "meEmailCodeButton");
    auto *form = new QFormLayout;
    m_identifierLabel =
        FormRow::add(form, QString(QLatin1Char('-')), m_identifier, m_identifierError);
    m_passwordLabel = FormRow::add(form, QString(QLatin1Char('-')), m_password, m_passwordError);
    m_identifierPage =
        page(this, "meIdentifierPage", nullptr, form, {m_signInButton, m_emailCodeButton});
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
    m_codeIntro = introLabel(this);
    m_code = lineEdit(this, "meCodeField");
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_codeError = errorLabel(this, "meCodeError");
    m_verifyCode = button(this, "meVerifyCodeButton");
    m_resend = button(this, "meResendCodeButton");
    m_codeBack = button(this, "meCodeBackButton");
    auto *form = new QFormLayout;
    m_codeLabel = FormRow::add(form, QString(QLatin1Char('-')), m_code, m_codeError);
    m_codePage = page(this, "meCodePage", m_codeIntro, form, {m_verifyCode, m_resend, m_codeBack});
    const auto verify = [this] { m_signIn->submitEmailCode(m_code->text()); };
    connect(m_verifyCode, &QPushButton::clicked, this, verify);
    connect(m_code, &QLineEdit::returnPressed, this, verify);
    connect(m_resend, &QPushButton::clicked, m_signIn, &MeSignIn::resendEmailCode);
    connect(m_codeBack, &QPushButton::clicked, m_signIn, &MeSignIn::restart);
    return m_codePage;
}

QWidget *MeSignInDialog::buildTotpPage()
{
    m_totpIntro = introLabel(this);
    m_totp = lineEdit(this, "meTotpField");
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_totpError = errorLabel(this, "meTotpError");
    m_verifyTotp = button(this, "meVerifyTotpButton");
    m_totpBack = button(this, "meTotpBackButton");
    auto *form = new QFormLayout;
    m_totpLabel = FormRow::add(form, QString(QLatin1Char('-')), m_totp, m_totpError);
    m_totpPage = page(this, "meTotpPage", m_totpIntro, form, {m_verifyTotp, m_totpBack});
    const auto verify = [this] { m_signIn->submitTotp(m_totp->text()); };
    connect(m_verifyTotp, &QPushButton::clicked, this, verify);
    connect(m_totp, &QLineEdit::returnPressed, this, verify);
    connect(m_totpBack, &QPushButton::clicked, m_signIn, &MeSignIn::restart);
    return m_totpPage;
}

QWidget *MeSignInDialog::buildOrganizationPage()
{
    m_organizationLabel = introLabel(this);
    m_organizations = new QListView(this);
    m_organizations->setObjectName(QStringLiteral("meOrganizationList"));
    m_organizations->setModel(m_signIn->organizations());
    m_organizations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_organizationLabel->setBuddy(m_organizations);
    m_chooseOrganization = button(this, "meChooseOrganizationButton");
    m_organizationPage =
        page(this, "meOrganizationPage", m_organizationLabel, nullptr, {m_chooseOrganization});
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
    primary->setDefault(true);
    focus->setFocus();
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
    // The first field with a problem takes the focus, its message read out as its description.
    const QList<QPair<QLineEdit *, FieldErrorLabel *>> fields{{m_identifier, m_identifierError},
                                                              {m_password, m_passwordError},
                                                              {m_code, m_codeError},
                                                              {m_totp, m_totpError}};
    bool focused = false;
    for (const auto &[field, error] : fields) {
        field->setAccessibleDescription(error->message());
        if (!focused && !error->message().isEmpty() && field->isVisibleTo(this)) {
            field->setFocus();
            field->selectAll();
            focused = true;
        }
    }
}

void MeSignInDialog::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_pages->setEnabled(!busy);
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
    setRowLabel(m_keyLabel, tr("Publishable &key:"));
    m_keyNext->setText(tr("&Continue"));
    setRowLabel(m_identifierLabel, tr("&E-mail address:"));
    setRowLabel(m_passwordLabel, tr("&Password:"));
    m_signInButton->setText(tr("&Sign in"));
    m_emailCodeButton->setText(tr("E-&mail me a code instead"));
    //: %1: the e-mail address, as the service shows it.
    m_codeIntro->setText(tr("A sign-in code was sent to %1. It is valid for 10 minutes.")
                             .arg(m_signIn->codeSentTo()));
    setRowLabel(m_codeLabel, tr("&Code:"));
    m_verifyCode->setText(tr("&Verify"));
    m_resend->setText(tr("Send a &new code"));
    m_codeBack->setText(tr("&Back"));
    m_totpIntro->setText(tr("Your account has a second factor: enter the %n-digit code your "
                            "authenticator app shows.",
                            nullptr, MeSignIn::CodeLength));
    setRowLabel(m_totpLabel, tr("Authenticator &code:"));
    m_verifyTotp->setText(tr("&Verify"));
    m_totpBack->setText(tr("&Back"));
    m_organizationLabel->setText(
        tr("You belong to several organizations. Choose the one to work in:"));
    m_organizations->setAccessibleName(tr("Organizations"));
    m_chooseOrganization->setText(tr("&Continue"));
}

} // namespace valara
