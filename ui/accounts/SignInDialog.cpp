// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/SignInDialog.h"

#include "models/caller/ConnectionTester.h"
#include "ui/UiLogging.h"
#include "ui/accounts/HostChoice.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/InlineBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace valara {

SignInDialog::SignInDialog(ConnectionTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_valaraChoice(new QRadioButton(this))
    , m_meApiChoice(new QRadioButton(this))
    , m_host(new HostChoice(this))
    , m_secretLabel(new QLabel(this))
    , m_secretField(new QLineEdit(this))
    , m_testButton(new QPushButton(this))
    , m_result(new QWidget(this))
    , m_status(new InlineBanner(InlineBanner::Kind::Information, m_result))
    , m_failed(new ErrorBanner(m_result))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Not the standard OK button, whose text the box would set back to "OK" on a language change.
    , m_signInButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_tester(tester)
{
    setObjectName(QStringLiteral("signInDialog"));
    setModal(true);

    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);

    m_valaraChoice->setObjectName(QStringLiteral("valaraAccountChoice"));
    m_meApiChoice->setObjectName(QStringLiteral("meApiAccountChoice"));
    m_valaraChoice->setChecked(true);
    auto *kinds = new QVBoxLayout;
    kinds->setContentsMargins(0, 0, 0, 0);
    kinds->addWidget(m_valaraChoice);
    kinds->addWidget(m_meApiChoice);

    m_secretField->setObjectName(QStringLiteral("secretField"));
    m_secretField->setEchoMode(QLineEdit::Password);
    m_secretField->setMinimumWidth(m_secretField->fontMetrics().averageCharWidth() * 40);
    m_secretLabel->setBuddy(m_secretField);

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    auto *testRow = new QHBoxLayout;
    testRow->setContentsMargins(0, 0, 0, 0);
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);

    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    m_status->hide();
    m_failed->setObjectName(QStringLiteral("connectionError"));
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_status);
    resultLayout->addWidget(m_failed);

    auto *form = new QFormLayout;
    m_kindLabel = new QLabel(this);
    form->addRow(m_kindLabel, kinds);
    m_host->addRows(form);
    form->addRow(m_secretLabel, m_secretField);
    form->addRow(QString(), testRow);

    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_valaraChoice, m_meApiChoice);
    setTabOrder(m_meApiChoice, m_host->hostCombo());
    setTabOrder(m_host->hostCombo(), m_host->customUrlField());
    setTabOrder(m_host->customUrlField(), m_secretField);
    setTabOrder(m_secretField, m_testButton);

    connect(m_meApiChoice, &QRadioButton::toggled, this, &SignInDialog::onKindChanged);
    connect(m_host, &HostChoice::changed, this, &SignInDialog::onInputsChanged);
    connect(m_secretField, &QLineEdit::textChanged, this, &SignInDialog::onInputsChanged);
    connect(m_testButton, &QPushButton::clicked, this, &SignInDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &SignInDialog::onTestFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, m_tester, &ConnectionTester::cancel);

    retranslateUi();
    onKindChanged();
    m_valaraChoice->setFocus(Qt::OtherFocusReason);
}

void SignInDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — Valara Desk"));
    m_intro->setText(tr("Sign in with an API key from your Valara dashboard, or with a "
                        "Me API session token. Nothing is saved until the connection "
                        "works."));
    m_kindLabel->setText(tr("Account type:"));
    m_valaraChoice->setText(tr("&Valara account (API key)"));
    m_meApiChoice->setText(tr("&Me API account (session token)"));
    m_testButton->setText(tr("&Test connection"));
    m_signInButton->setText(tr("Sign in"));
    m_host->retranslateUi();
    showSecretLabel();
}

void SignInDialog::setInitial(Account::Kind kind, const QUrl &baseUrl)
{
    (kind == Account::Kind::MeApi ? m_meApiChoice : m_valaraChoice)->setChecked(true);
    m_host->setKind(kind);
    if (!baseUrl.isEmpty())
        m_host->setBaseUrl(baseUrl);
}

void SignInDialog::accept()
{
    if (m_passed) {
        qCInfo(lcUi).noquote() << "signing in to" << m_account.id();
        QDialog::accept();
        return;
    }
    if (m_tester->isBusy()) {
        m_acceptWhenPassed = true; // the test under way decides
        return;
    }
    startTest(true);
}

void SignInDialog::testConnection()
{
    startTest(false);
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    // The default button ("Sign in") is disabled until a test passes: Enter tests, then signs in.
    if (enter && plain && !m_signInButton->isEnabled()) {
        event->accept();
        accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

Account::Kind SignInDialog::kind() const
{
    return m_meApiChoice->isChecked() ? Account::Kind::MeApi : Account::Kind::Valara;
}

void SignInDialog::onKindChanged()
{
    const bool me = kind() == Account::Kind::MeApi;
    showSecretLabel();
    m_secretField->setPlaceholderText(me ? QStringLiteral("eyJ…") : QString());
    m_host->setKind(kind());
    onInputsChanged();
}

void SignInDialog::showSecretLabel()
{
    const QString label = kind() == Account::Kind::MeApi ? tr("Session t&oken:") : tr("API &key:");
    m_secretLabel->setText(label);
    m_secretField->setAccessibleName(HostChoice::accessibleNameOf(label));
}

void SignInDialog::onInputsChanged()
{
    // A result only stands for the inputs it was found with.
    m_tester->cancel();
    m_passed = false;
    m_acceptWhenPassed = false;
    m_account = {};
    m_secret.clear();
    m_status->hide();
    m_failed->hide();
    m_result->setAccessibleDescription(QString());
    updateButtons();
}

void SignInDialog::startTest(bool acceptWhenPassed)
{
    onInputsChanged();
    if (!m_host->checkAndShowProblem())
        return;
    const QUrl baseUrl = m_host->baseUrl();
    m_acceptWhenPassed = acceptWhenPassed;
    showStatus(tr("Testing the connection to %1…").arg(HostChoice::hostText(baseUrl)));
    m_tester->test(kind(), baseUrl, m_secretField->text().trimmed().toUtf8());
}

void SignInDialog::onTestFinished(bool ok, const Account &account, const ApiError &error)
{
    if (!ok) {
        m_acceptWhenPassed = false;
        showFailure(error);
        return;
    }
    m_account = account;
    m_secret = m_secretField->text().trimmed().toUtf8();
    m_passed = true;
    const QString where = HostChoice::hostText(account.baseUrl);
    showStatus(
        account.role.isEmpty()
            ? tr("Signed in as %1 on %2").arg(account.displayName, where)
            : tr("Signed in as %1 (%2) on %3").arg(account.displayName, account.role, where));
    updateButtons();
    if (m_acceptWhenPassed)
        accept();
}

void SignInDialog::showStatus(const QString &text)
{
    m_failed->hide();
    m_status->setText(text);
    m_status->show();
    m_result->setAccessibleDescription(text);
}

void SignInDialog::showFailure(const ApiError &error)
{
    m_status->hide();
    m_failed->showError(error);
    m_result->setAccessibleDescription(m_failed->text());
}

void SignInDialog::updateButtons()
{
    m_signInButton->setEnabled(m_passed);
}

} // namespace valara
