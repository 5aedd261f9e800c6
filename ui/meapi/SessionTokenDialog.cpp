// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/SessionTokenDialog.h"

#include "api/session/SessionTokenInfo.h"
#include "models/i18n/TimeFormat.h"
#include "ui/UiLogging.h"
#include "ui/editing/FieldErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace valara {

SessionTokenDialog::SessionTokenDialog(QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_show(new QCheckBox(tr("Show the token"), this))
    , m_summary(new QLabel(this))
    , m_problem(new FieldErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setWindowTitle(tr("Sign in again"));
    setObjectName(QStringLiteral("sessionTokenDialog"));

    auto *intro = new QLabel(tr("Paste the session token you got when you signed in to Valara. "
                                "It is only sent to the Me API."),
                             this);
    intro->setWordWrap(true);

    m_field->setObjectName(QStringLiteral("sessionTokenField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Session token"));
    m_field->setPlaceholderText(QStringLiteral("eyJ…"));
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *label = new QLabel(tr("&Session token:"), this);
    label->setBuddy(m_field);

    m_show->setObjectName(QStringLiteral("sessionTokenShow"));
    m_show->setAccessibleName(m_show->text());

    m_summary->setObjectName(QStringLiteral("sessionTokenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("sessionTokenProblem"));

    auto *fieldColumn = new QVBoxLayout;
    fieldColumn->setContentsMargins(0, 0, 0, 0);
    fieldColumn->addWidget(m_field);
    fieldColumn->addWidget(m_show);
    fieldColumn->addWidget(m_summary);
    fieldColumn->addWidget(m_problem);
    auto *form = new QFormLayout;
    form->addRow(label, fieldColumn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &SessionTokenDialog::refresh);
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        m_field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(this, &QDialog::accepted, this, [this] {
        qCInfo(lcUi) << "session token entered for user"
                     << SessionTokenInfo::decode(token()).userId();
    });
    refresh();
}

QByteArray SessionTokenDialog::token() const
{
    return m_field->text().trimmed().toUtf8();
}

void SessionTokenDialog::setToken(const QByteArray &token)
{
    m_field->setText(QString::fromUtf8(token));
}

void SessionTokenDialog::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

void SessionTokenDialog::refresh()
{
    const QByteArray text = token();
    const SessionTokenInfo info = SessionTokenInfo::decode(text);
    const QDateTime now = m_clock();
    QString problem;
    QString summary;
    if (text.isEmpty()) {
        summary = tr("Paste a session token to see whom it is for.");
    } else {
        problem = info.problemAt(now);
        if (problem.isEmpty())
            summary = tr("User %1 in organisation %2, valid until %3.")
                          .arg(info.userId(), info.orgId(), TimeFormat().moment(info.expiresAt()));
    }
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_problem->setMessage(problem);
    m_field->setAccessibleDescription(problem.isEmpty() ? summary : problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!text.isEmpty() && problem.isEmpty() && info.isValid());
}

} // namespace valara
