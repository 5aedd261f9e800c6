#include "FieldErrorLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

FieldErrorLabel::FieldErrorLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAccessibleName(tr("Error"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void FieldErrorLabel::setMessage(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
}

QString FieldErrorLabel::message() const
{
    return m_text->text();
}
