#include "ui/editing/DraftOfferBanner.h"

#include "models/i18n/TimeFormat.h"
#include "ui/editing/InlineBanner.h"

#include <QHBoxLayout>
#include <QLocale>
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
    m_banner->setActionText(tr("&Restore"));
    layout->addWidget(m_banner, 1);
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardDrafts"));
    m_discard->setAccessibleName(tr("Discard the unsaved changes"));
    layout->addWidget(m_discard);
    connect(m_banner, &InlineBanner::actionTriggered, this,
            [this] { Q_EMIT restoreRequested(m_userId); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardRequested(m_userId); });
    hide();
}

void DraftOfferBanner::showOffer(const QString &userId, const QString &name, int changeCount,
                                 const QDateTime &since, int others)
{
    m_userId = userId;
    const QString when = TimeFormat().moment(since);
    QString text =
        (changeCount == 1 ? tr("1 unsaved change for %1, from %2, kept on this computer.")
                          : tr("%n unsaved changes for %1, from %2, kept on this computer.",
                               nullptr, changeCount))
            .arg(name, when);
    if (others > 0)
        text +=
            u' ' + (others == 1 ? tr("(One more person has unsaved changes.)")
                                : tr("(%n more people have unsaved changes.)", nullptr, others));
    m_banner->setText(text);
    setVisible(true);
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
