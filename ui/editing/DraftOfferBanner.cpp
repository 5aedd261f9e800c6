// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/DraftOfferBanner.h"

#include "models/i18n/TimeFormat.h"
#include "ui/editing/InlineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace valara {

DraftOfferBanner::DraftOfferBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("draftOfferBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new InlineBanner(InlineBanner::Kind::Information, this);
    m_banner->setObjectName(QStringLiteral("draftOfferText"));
    layout->addWidget(m_banner, 1);
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardDrafts"));
    layout->addWidget(m_discard);
    retranslateUi();
    connect(m_banner, &InlineBanner::actionTriggered, this,
            [this] { Q_EMIT restoreRequested(m_userId); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardRequested(m_userId); });
    hide();
}

void DraftOfferBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void DraftOfferBanner::retranslateUi()
{
    m_banner->setActionText(tr("&Restore"));
    m_discard->setText(tr("&Discard"));
    m_discard->setAccessibleName(tr("Discard the unsaved changes"));
    if (!m_userId.isEmpty())
        m_banner->setText(offerText());
}

void DraftOfferBanner::showOffer(const QString &userId, const QString &name, int changeCount,
                                 const QDateTime &since, int others)
{
    m_userId = userId;
    m_offer = {name, changeCount, since, others};
    m_banner->setText(offerText());
    setVisible(true);
}

QString DraftOfferBanner::offerText() const
{
    const auto &[name, changeCount, since, others] = m_offer;
    const QString when = TimeFormat().moment(since);
    QString text =
        tr("%n unsaved changes for %1, from %2, kept on this computer.", nullptr, changeCount)
            .arg(name, when);
    if (others > 0)
        text += u' ' + tr("(%n more people have unsaved changes.)", nullptr, others);
    return text;
}

void DraftOfferBanner::clear()
{
    m_userId.clear();
    m_banner->setText(QString());
    hide();
}

QString DraftOfferBanner::text() const
{
    return m_banner->text();
}

} // namespace valara
