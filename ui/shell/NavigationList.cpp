#include "ui/shell/NavigationList.h"

#include "models/caller/Caller.h"

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
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT pageChosen(item->data(PageRole).toString());
    });
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
    setCurrentItem(itemFor(page));
    return true;
}

} // namespace valara
