// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/InlineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace valara {

InlineBanner::InlineBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
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

    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    m_layout->setContentsMargins(spacing, spacing, spacing, spacing);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    // The icon is drawn when the banner is first shown (most banners never are); its place is
    // kept meanwhile.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setMinimumSize(size, size);
    updateIcon();
    retranslateUi();
}

void InlineBanner::retranslateUi()
{
    setAccessibleName(m_kind == Kind::Error ? tr("Error") : tr("Information"));
    m_icon->setAccessibleName(accessibleName());
    if (m_close) {
        m_close->setAccessibleName(tr("Close"));
        m_close->setToolTip(tr("Close this message"));
    }
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
    if (text.isEmpty()) {
        delete m_action;
        m_action = nullptr;
        return;
    }
    if (!m_action) {
        m_action = new QPushButton(this);
        m_action->setObjectName(QStringLiteral("bannerAction"));
        connect(m_action, &QPushButton::clicked, this, &InlineBanner::actionTriggered);
        m_layout->insertWidget(2, m_action, 0, Qt::AlignVCenter);
    }
    m_action->setText(text);
}

void InlineBanner::setClosable(bool closable)
{
    if (closable == isClosable())
        return;
    if (!closable) {
        delete m_close;
        m_close = nullptr;
        return;
    }
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    updateIcon();
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    m_layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslateUi();
}

void InlineBanner::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (m_iconStale)
        updateIcon();
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
    m_iconStale = !isVisible();
    if (m_iconStale)
        return;
    const QStyle::StandardPixmap pixmap =
        m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (m_close)
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_icon->setPixmap(style()
                          ->standardIcon(pixmap, nullptr, this)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace valara
