// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/FieldErrorLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace valara {

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
    setMessage(QString());
}

void FieldErrorLabel::setMessage(const QString &message, Severity severity)
{
    if (severity != m_severity || m_icon->pixmap().isNull()) {
        m_severity = severity;
        const bool error = severity == Severity::Error;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        const auto icon = error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
        retranslateUi();
    }
    m_text->setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

void FieldErrorLabel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

// The message itself comes from the form, which sets it again.
void FieldErrorLabel::retranslateUi()
{
    m_icon->setAccessibleName(m_severity == Severity::Error ? tr("Error") : tr("Warning"));
}

QString FieldErrorLabel::message() const
{
    return m_text->text();
}

} // namespace valara
