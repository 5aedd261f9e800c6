#include "ui/shell/NavigationList.h"

#include "models/caller/Caller.h"

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
    setAccessibleName(tr("Go to"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    const auto add = [this](const QString &page, const QString &text, QStyle::StandardPixmap icon) {
        auto *item = new QListWidgetItem(style()->standardIcon(icon), text, this);
        item->setData(PageRole, page);
    };
    add(MyProfile, tr("My profile"), QStyle::SP_FileDialogInfoView);
    add(MyPreferences, tr("My preferences"), QStyle::SP_FileDialogDetailedView);
    add(People, tr("Team"), QStyle::SP_DirHomeIcon);
    add(History, tr("History"), QStyle::SP_FileDialogListView);
    setAccessibleDescription(tr("%n places", nullptr, count()));
    connect(this, &QListWidget::currentItemChanged, this, &NavigationList::choose);
    // A screen reader's action (and the selection model) select without moving the current item.
    connect(this, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = selectedItems();
        if (selected.size() == 1)
            choose(selected.first());
    });
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
    QListWidgetItem *people = itemFor(People);
    people->setText(caller.isAdmin() ? tr("All users") : tr("Team"));
    people->setFlags(caller.seesOthers() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                         : Qt::NoItemFlags);
    people->setToolTip(caller.seesOthers()
                           ? QString()
                           : tr("Only brokers and photographers, who manage a team, and "
                                "administrators see other people."));
    people->setData(Qt::AccessibleDescriptionRole, people->toolTip());
    if (!isAllowed(currentPage()))
        setCurrentPage(MyPreferences);
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
