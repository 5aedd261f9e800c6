// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/PeopleView.h"

#include "api/ApiError.h"
#include "models/caller/Caller.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleQuery.h"
#include "models/people/PeopleSelection.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "ui/UiLogging.h"
#include "ui/editing/InlineBanner.h"
#include "ui/people/PeopleFilterBar.h"
#include "ui/people/PeopleSelectionBar.h"
#include "ui/widgets/RowCountLabel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace valara {

PeopleView::PeopleView(UserDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_filters(new PeopleFilterBar(this))
    , m_queryNote(new InlineBanner(InlineBanner::Kind::Information, this))
    , m_errorBanner(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_selectionBar(new PeopleSelectionBar(directory, this))
    , m_table(new QTableView(this))
{
    Q_ASSERT(directory);
    connect(m_directory, &UserDirectory::loaded, this, &PeopleView::onLoaded);
    connect(m_directory, &UserDirectory::failed, this, [this](const ApiError &error) {
        showError(tr("Could not load the users: %1").arg(error.message), error);
        Q_EMIT statusMessage([] { return tr("Loading failed"); });
    });
    connect(m_directory, &UserDirectory::queryAppliedChanged, m_queryNote,
            [this](bool applied) { m_queryNote->setHidden(applied); });
    connect(m_directory->model(), &UserListModel::teamsSeenChanged, this, [this] {
        if (m_freeTextTeams) {
            m_filters->addTeams(m_directory->model()->teamsSeen());
            m_selectionBar->setTeams(m_filters->teams(), true);
        }
    });
    connect(m_filters, &PeopleFilterBar::changed, this, &PeopleView::reload);
    connect(m_selectionBar, &PeopleSelectionBar::bulkPreferencesRequested, this,
            &PeopleView::bulkPreferencesRequested);
    connect(m_selectionBar, &PeopleSelectionBar::bulkProfileRequested, this,
            &PeopleView::bulkProfileRequested);
    connect(m_selectionBar, &PeopleSelectionBar::failed, this, &PeopleView::showError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    m_queryNote->setObjectName(QStringLiteral("peopleQueryNote"));
    m_queryNote->setClosable(true);
    m_queryNote->hide();
    layout->addWidget(m_queryNote);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setClosable(true);
    m_errorBanner->hide();
    connect(m_errorBanner, &InlineBanner::actionTriggered, this, &PeopleView::reload);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_selectionBar);
    buildTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    retranslateUi();
}

void PeopleView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PeopleView::retranslateUi()
{
    m_queryNote->setText(
        tr("This server does not sort or filter; sorting and filtering what is loaded."));
    m_errorBanner->setActionText(tr("Retry"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(
        tr("The users of this account: name, e-mail, role, team. Space checks or unchecks the "
           "current user."));
}

void PeopleView::buildTable()
{
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setProperty("valaraData", true); // the people (its headers are checked)
    m_table->setModel(m_directory->rows());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(UserListModel::NameColumn, Qt::AscendingOrder);
    // The service sorts (`sort`); the rows as shown are sorted here only when it does not.
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PeopleView::reload);
    m_table->installEventFilter(this);
    // The rows loaded, and how many the service has when it says more than are loaded.
    m_count = new RowCountLabel(
        m_table,
        [this](int rows) {
            const int total = m_directory->queryApplied() ? m_directory->total() : -1;
            return total > rows ? tr("%1 of %n people loaded", nullptr, total).arg(rows)
                                : tr("%n people", nullptr, rows);
        },
        this);
    m_count->setObjectName(QStringLiteral("peopleCount"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (current.isValid())
                    Q_EMIT currentUserChanged(current.data(UserListModel::UserIdRole).toString(),
                                              current, previous);
            });
}

UserListModel *PeopleView::model() const
{
    return m_directory->model();
}

bool PeopleView::isLoading() const
{
    return m_directory->isLoading();
}

void PeopleView::setCaller(const Caller &caller)
{
    setExcludedUser(caller.id());
    setSearchable(caller.isAdmin()); // admins search everyone on the service
    if (caller.isAdmin())
        setTeamChoices(m_directory->model()->teamsSeen(), true);
    else
        setTeamChoices(caller.managedTeamIds(), false);
    setMayChangeProfiles(caller.isAdmin()); // R2: only admins change others' profiles
}

QHash<QString, QString> PeopleView::knownTeams(const QStringList &userIds) const
{
    return m_directory->knownTeams(userIds);
}

QHash<QString, QString> PeopleView::knownNames(const QStringList &userIds) const
{
    return m_directory->knownNames(userIds);
}

void PeopleView::setExcludedUser(const QString &userId)
{
    m_directory->setExcludedUser(userId);
}

void PeopleView::setSearchable(bool searchable)
{
    m_filters->setSearchable(searchable);
}

void PeopleView::setTeamChoices(const QStringList &teams, bool freeText)
{
    m_freeTextTeams = freeText;
    m_filters->setTeams(teams, freeText);
    m_selectionBar->setTeams(m_filters->teams(), freeText || !teams.isEmpty());
}

void PeopleView::setMayChangeProfiles(bool may)
{
    m_selectionBar->setMayChangeProfiles(may);
}

void PeopleView::restoreCurrent(const QModelIndex &index)
{
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void PeopleView::reload()
{
    if (!m_directory->client())
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    PeopleQuery query;
    query.search = m_filters->search();
    query.team = m_filters->team();
    query.role = m_filters->role();
    query.sort = PeopleQuery::sortKey(header->sortIndicatorSection(),
                                      header->sortIndicatorOrder() == Qt::DescendingOrder);
    if (m_freeTextTeams) { // a team typed in the filter can be selected too
        QStringList teams = m_filters->teams();
        if (!query.team.isEmpty() && !teams.contains(query.team))
            teams.prepend(query.team);
        m_selectionBar->setTeams(teams, true);
    }
    Q_EMIT statusMessage([] { return tr("Loading users…"); });
    m_directory->setQuery(query);
}

bool PeopleView::eventFilter(QObject *watched, QEvent *event)
{
    // Space checks the current row from any column (the check box is in the Name column).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_table->currentIndex();
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) && current.isValid() &&
            key->modifiers() == Qt::NoModifier) {
            m_directory->selection()->toggle(current.data(UserListModel::UserIdRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeopleView::onLoaded(int shown, int total)
{
    m_errorBanner->hide();
    m_selectionBar->refresh();
    m_count->refresh();                   // the service's total may be new
    if (shown <= UserDirectory::PageSize) // the first page: fit the columns once
        m_table->resizeColumnsToContents();
    if (!m_directory->queryApplied() && m_directory->query().filters())
        Q_EMIT statusMessage(
            [shown] { return tr("Loaded users that match (filtered here): %1").arg(shown); });
    else if (total > shown)
        Q_EMIT statusMessage(
            [shown, total] { return tr("Showing %1 of %2 users").arg(shown).arg(total); });
    else
        Q_EMIT statusMessage([shown] { return tr("%n users", nullptr, shown); });
}

void PeopleView::showError(const QString &summary, const ApiError &error)
{
    QStringList lines{summary};
    if (error.kind == ApiError::Kind::Unauthorized)
        lines.append(tr("The key was not accepted: sign in again from the account menu."));
    if (!error.requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(error.requestId));
    m_errorBanner->setText(lines.join(QLatin1Char('\n')));
    m_errorBanner->show();
    qCInfo(lcUi).noquote() << "load failed:" << ApiError::kindName(error.kind) << error.requestId;
}

} // namespace valara
