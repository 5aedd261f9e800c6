// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/HostChoice.h"

#include "api/ApiClient.h"
#include "api/http/ServiceUrls.h"
#include "ui/editing/FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace valara {

HostChoice::HostChoice(QWidget *owner)
    : QObject(owner)
    , m_combo(new QComboBox(owner))
    , m_comboLabel(new QLabel(owner))
    , m_field(new QLineEdit(owner))
    , m_fieldLabel(new QLabel(owner))
    , m_fieldError(new FieldErrorLabel(owner))
    , m_fieldColumn(new QWidget(owner))
{
    m_combo->setObjectName(QStringLiteral("hostChoice"));
    m_combo->addItem(ServiceUrls::primary().host(), ServiceUrls::primary());
    m_combo->addItem(QString(), ServiceUrls::legacyAlias());
    m_combo->addItem(QString(), QUrl());
    m_comboLabel->setBuddy(m_combo);

    m_field->setObjectName(QStringLiteral("customUrlField"));
    m_field->setPlaceholderText(QStringLiteral("https://"));
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 40);
    m_fieldLabel->setBuddy(m_field);
    m_fieldError->setObjectName(QStringLiteral("customUrlError"));

    auto *column = new QVBoxLayout(m_fieldColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_field);
    column->addWidget(m_fieldError);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    retranslateUi();
}

void HostChoice::retranslateUi()
{
    m_comboLabel->setText(tr("&Server:"));
    m_combo->setItemText(
        1, tr("%1 (legacy address of %2)")
               .arg(ServiceUrls::legacyAlias().host(), ServiceUrls::primary().host()));
    m_combo->setItemText(2, tr("Custom address (staging or self-hosted)…"));
    m_combo->setAccessibleName(tr("Server"));
    refresh();
}

QString HostChoice::accessibleNameOf(const QString &label)
{
    // "API &key:" -> "API key"; also "Clé d'API :" and a label in the pseudo-locale, whose colon
    // is not the last character.
    QString name = label;
    name.remove(QLatin1Char('&'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0)
        name.remove(colon, 1);
    return name.trimmed();
}

void HostChoice::addRows(QFormLayout *form)
{
    m_form = form;
    form->addRow(m_comboLabel, m_combo);
    form->addRow(m_fieldLabel, m_fieldColumn);
    refresh();
}

void HostChoice::setKind(Account::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refresh();
    Q_EMIT changed();
}

void HostChoice::setBaseUrl(const QUrl &url)
{
    const QUrl wanted = Account::normalizedBaseUrl(url);
    // "https://valara.cloud/" is the published address too.
    QUrl bare = wanted;
    if (bare.path() == QLatin1String("/"))
        bare.setPath(QString());
    int index = m_combo->count() - 1;
    for (int i = 0; i < m_combo->count() - 1; ++i) {
        if (m_combo->itemData(i).toUrl() == bare)
            index = i;
    }
    if (index == m_combo->count() - 1 || m_kind == Account::Kind::MeApi)
        m_field->setText(wanted.toString());
    m_combo->setCurrentIndex(index);
    refresh();
}

QUrl HostChoice::baseUrl(QString *problem) const
{
    if (!isCustom())
        return m_combo->currentData().toUrl();
    return parse(m_kind, m_field->text(), problem);
}

bool HostChoice::checkAndShowProblem()
{
    QString problem;
    if (!baseUrl(&problem).isEmpty())
        return true;
    m_fieldError->setMessage(problem);
    m_field->setAccessibleDescription(problem);
    m_field->setFocus(Qt::OtherFocusReason);
    return false;
}

QString HostChoice::hostText(const QUrl &url)
{
    return url.port() == -1 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

bool HostChoice::isCustom() const
{
    return m_kind == Account::Kind::MeApi || m_combo->currentIndex() == m_combo->count() - 1;
}

void HostChoice::refresh()
{
    const bool me = m_kind == Account::Kind::MeApi;
    const QString label = me ? tr("Me API a&ddress:") : tr("A&ddress:");
    m_fieldLabel->setText(label);
    m_field->setAccessibleName(accessibleNameOf(label));
    m_field->setToolTip(me ? tr("The Me API has its own address, separate from valara.cloud.")
                           : QString());
    if (m_form) {
        m_form->setRowVisible(m_combo, !me);
        m_form->setRowVisible(m_fieldColumn, isCustom());
    }

    // While typing, only what is there is judged: an empty field is not an error yet.
    QString problem;
    if (isCustom() && !m_field->text().trimmed().isEmpty())
        parse(m_kind, m_field->text(), &problem);
    m_fieldError->setMessage(problem);
    m_field->setAccessibleDescription(problem);
}

QUrl HostChoice::parse(Account::Kind kind, const QString &text, QString *problem)
{
    auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QUrl();
    };
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && kind == Account::Kind::MeApi)
        return refuse(tr("Enter the Me API's address, such as https://api.example.com."));
    if (trimmed.isEmpty())
        return refuse(tr("Enter the server's address, such as https://staging.example.com."));
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QLatin1String("https://"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("This is not a web address: enter one such as "
                         "https://staging.example.com."));
    if (!url.userInfo().isEmpty())
        return refuse(tr("Leave the user name and password out of the address: the API key "
                         "or session token signs you in."));
    if (url.hasQuery() || url.hasFragment())
        return refuse(tr("Leave out the part after \"?\" or \"#\": enter only the server's "
                         "address."));
    QString reason;
    if (!ApiClient::isAllowedBaseUrl(url, &reason))
        return refuse(reason);
    return Account::normalizedBaseUrl(url);
}

} // namespace valara
