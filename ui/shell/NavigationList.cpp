// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/NavigationList.h"

#include "models/caller/Caller.h"

#include <QEvent>
#include <QScopedValueRollback>
#include <QStyle>

namespace valara {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
}

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    for (const QString &page : {MyProfile, MyPreferences, People, History})
        (new QListWidgetItem(QString(), this))->setData(PageRole, page);
    retranslateUi();
    connect(this, &QListWidget::currentItemChanged, this, &NavigationList::choose);
    // A screen reader's action (and the selection model) select without moving the current item.
    connect(this, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = selectedItems();
        if (selected.size() == 1)
            choose(selected.first());
    });
}

// The places' icons when the list is first shown (after the sign-in): the first theme icon
// costs milliseconds that the first window does not need to spend.
void NavigationList::showEvent(QShowEvent *event)
{
    if (item(0)->icon().isNull()) {
        const QStyle::StandardPixmap icons[] = {
            QStyle::SP_FileDialogInfoView, QStyle::SP_FileDialogDetailedView,
            QStyle::SP_DirHomeIcon, QStyle::SP_FileDialogListView};
        // Kept at the list's size only: the style's icons hold every size they come in, up to
        // 128 px, once asked for a pixmap.
        const int side = iconSize().isValid()
                             ? iconSize().height()
                             : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        for (int row = 0; row < count(); ++row) {
            item(row)->setIcon(
                style()->standardIcon(icons[row]).pixmap(QSize(side, side), devicePixelRatioF()));
        }
    }
    QListWidget::showEvent(event);
}

void NavigationList::choose(QListWidgetItem *item)
{
    if (m_quiet || !item)
        return;
    const QString page = item->data(PageRole).toString();
    if (page == m_page)
        return; // the current item and the selection follow each other: one choice
    if (!isAllowed(page)) {
        setCurrentPage(m_page); // the highlight goes back
        return;
    }
    m_page = page;
    {
        const QScopedValueRollback<bool> quiet(m_quiet, true);
        setCurrentItem(item); // the current item and the selection agree
    }
    Q_EMIT pageChosen(page);
}

QListWidgetItem *NavigationList::itemFor(const QString &page) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(PageRole).toString() == page)
            return item(row);
    }
    return nullptr;
}

void NavigationList::setCaller(const Caller &caller)
{
    m_admin = caller.isAdmin();
    m_seesOthers = caller.seesOthers();
    QListWidgetItem *people = itemFor(People);
    people->setFlags(m_seesOthers ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    retranslateUi();
    if (!isAllowed(currentPage()))
        setCurrentPage(MyPreferences);
}

void NavigationList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NavigationList::retranslateUi()
{
    setAccessibleName(tr("Go to"));
    setAccessibleDescription(tr("%n places", nullptr, count()));
    itemFor(MyProfile)->setText(tr("My profile"));
    itemFor(MyPreferences)->setText(tr("My preferences"));
    itemFor(History)->setText(tr("History"));
    QListWidgetItem *people = itemFor(People);
    people->setText(m_admin ? tr("All users") : tr("Team"));
    people->setToolTip(m_seesOthers ? QString()
                                    : tr("Only brokers and photographers, who manage a team, and "
                                         "administrators see other people."));
    people->setData(Qt::AccessibleDescriptionRole, people->toolTip());
}

QString NavigationList::currentPage() const
{
    return currentItem() ? currentItem()->data(PageRole).toString() : QString();
}

bool NavigationList::isAllowed(const QString &page) const
{
    const QListWidgetItem *item = itemFor(page);
    return item && (item->flags() & Qt::ItemIsEnabled);
}

bool NavigationList::setCurrentPage(const QString &page)
{
    if (!isAllowed(page))
        return false;
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_page = page;
    setCurrentItem(itemFor(page));
    return true;
}

} // namespace valara
