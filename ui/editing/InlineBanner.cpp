#include "ui/editing/InlineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace valara {

InlineBanner::InlineBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    const bool error = kind == Kind::Error;
    const QPalette::ColorRole background = error ? QPalette::AlternateBase : QPalette::ToolTipBase;
    const QPalette::ColorRole foreground = error ? QPalette::Text : QPalette::ToolTipText;
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(background);
    setForegroundRole(foreground);

    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_icon->setAlignment(Qt::AlignTop);

    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setForegroundRole(foreground);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &InlineBanner::actionTriggered);

    auto *layout = new QHBoxLayout(this);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    layout->setContentsMargins(spacing, spacing, spacing, spacing);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    updateIcon();
    retranslateUi();
}

void InlineBanner::retranslateUi()
{
    setAccessibleName(m_kind == Kind::Error ? tr("Error") : tr("Information"));
    m_icon->setAccessibleName(accessibleName());
}

void InlineBanner::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString InlineBanner::text() const
{
    return m_text->text();
}

void InlineBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void InlineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void InlineBanner::updateIcon()
{
    const QStyle::StandardPixmap pixmap =
        m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace valara
