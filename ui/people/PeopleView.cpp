#include "ui/people/PeopleView.h"

#include "api/ApiClient.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "ui/UiLogging.h"
#include "ui/editing/InlineBanner.h"
#include "ui/widgets/SearchField.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace valara {

namespace {
constexpr int SearchDelayMs = 300;
} // namespace

PeopleView::PeopleView(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_users(new UserListModel(this))
    , m_search(new SearchField(this))
    , m_errorBanner(new InlineBanner(InlineBanner::Kind::Error, this))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
    , m_directory(new UserDirectory(client, m_users, this))
{
    connect(m_directory, &UserDirectory::loaded, this, &PeopleView::onLoaded);
    connect(m_directory, &UserDirectory::failed, this, [this](const ApiError &error) {
        showError(tr("Could not load the users: %1").arg(error.message), error);
        Q_EMIT statusMessage(tr("Loading failed"));
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("&Search people:"), this);
    searchLabel->setObjectName(QStringLiteral("peopleSearchLabel"));
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Name, e-mail or id"));
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    setSearchable(false);

    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setActionText(tr("Retry"));
    m_errorBanner->hide();
    connect(m_errorBanner, &InlineBanner::actionTriggered, this, &PeopleView::reload);
    layout->addWidget(m_errorBanner);

    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_users);
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(tr("The users of this account: name, e-mail, role, team"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current, const QModelIndex &previous) {
                if (current.isValid())
                    Q_EMIT currentUserChanged(current.data(UserListModel::UserIdRole).toString(),
                                              current, previous);
            });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &PeopleView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
}

void PeopleView::setExcludedUser(const QString &userId)
{
    m_directory->setExcludedUser(userId);
}

bool PeopleView::isLoading() const
{
    return m_directory->isLoading();
}

void PeopleView::setSearchable(bool searchable)
{
    m_search->setVisible(searchable);
    findChild<QLabel *>(QStringLiteral("peopleSearchLabel"))->setVisible(searchable);
    if (!searchable)
        m_search->clear();
}

void PeopleView::restoreCurrent(const QModelIndex &index)
{
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
}

void PeopleView::reload()
{
    if (!m_client)
        return;
    Q_EMIT statusMessage(tr("Loading users…"));
    m_directory->load(m_search->isVisible() ? m_search->text() : QString());
}

void PeopleView::onLoaded(int shown, int total)
{
    m_errorBanner->hide();
    m_table->resizeColumnsToContents();
    if (total > shown)
        Q_EMIT statusMessage(tr("Showing %1 of %2 users").arg(shown).arg(total));
    else if (shown == 1)
        Q_EMIT statusMessage(tr("1 user"));
    else
        Q_EMIT statusMessage(tr("%n users", nullptr, shown));
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
