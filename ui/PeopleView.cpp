#include "PeopleView.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "InlineBanner.h"
#include "SearchField.h"
#include "UiLogging.h"
#include "UserListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
constexpr int PageSize = 200;
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
{
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
    m_excluded = userId;
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
    if (m_loadJob) {
        m_reloadAgain = true; // the search changed while a load was under way
        return;
    }
    qCDebug(lcUi) << "loading users";
    Q_EMIT statusMessage(tr("Loading users…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (const QString q = m_search->text().trimmed(); !q.isEmpty() && m_search->isVisible())
        query.addQueryItem(QStringLiteral("q"), q);
    m_loadJob = m_client->get(QStringLiteral("/api/v1/users"), query);
    connect(m_loadJob, &ApiJob::finished, this, &PeopleView::onUsersLoaded);
}

void PeopleView::onUsersLoaded(const ApiResult &result)
{
    m_loadJob = nullptr;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    if (!result.ok()) {
        showError(tr("Could not load the users: %1").arg(result.error.message), result.error);
        Q_EMIT statusMessage(tr("Loading failed"));
        return;
    }
    const QJsonObject page = result.value.toObject();
    QJsonArray items;
    for (const QJsonValue &user : page.value(QLatin1String("items")).toArray()) {
        if (m_excluded.isEmpty() || user.toObject().value(QLatin1String("id")) != m_excluded)
            items.append(user);
    }
    m_users->setUsers(items);
    m_errorBanner->hide();
    m_table->resizeColumnsToContents();

    const int shown = m_users->rowCount();
    const int total = page.value(QLatin1String("total")).toInt(shown) -
                      (int(page.value(QLatin1String("items")).toArray().size()) - shown);
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
