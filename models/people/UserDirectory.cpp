// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/UserDirectory.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Endpoints.h"
#include "models/ModelsLogging.h"
#include "models/people/MatchSelector.h"
#include "models/people/PeopleFilterModel.h"
#include "models/people/PeopleSelection.h"
#include "models/people/UserListModel.h"

#include <QJsonArray>
#include <QJsonObject>

namespace valara {

UserDirectory::UserDirectory(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new UserListModel(this))
    , m_rows(new PeopleFilterModel(this))
    , m_selection(new PeopleSelection(this))
    , m_selector(new MatchSelector(client, m_selection, this))
{
    m_model->setSelection(m_selection);
    m_rows->setSourceModel(m_model);
    connect(m_model, &UserListModel::moreRequested, this, &UserDirectory::fetchMore);
}

UserDirectory::~UserDirectory()
{
    ++m_generation;
    if (m_job)
        m_job->abort();
}

void UserDirectory::setQuery(const PeopleQuery &query)
{
    m_query = query;
    if (!m_client)
        return;
    ++m_generation; // answers to the previous query are dropped
    if (m_job)
        m_job->abort();
    m_nextOffset = 0;
    m_model->setMoreAvailable(false);
    qCDebug(lcModels) << "loading users";
    requestPage(0);
}

void UserDirectory::load(const QString &search)
{
    PeopleQuery query = m_query;
    query.search = search.trimmed();
    setQuery(query);
}

bool UserDirectory::canFetchMore() const
{
    return m_client && !isLoading() && m_nextOffset > 0 && m_serviceTotal > m_nextOffset;
}

void UserDirectory::fetchMore()
{
    if (canFetchMore())
        requestPage(m_nextOffset);
}

void UserDirectory::requestPage(int offset)
{
    m_job = m_client->get(Endpoints::users(), m_query.toUrlQuery(PageSize, offset),
                          ResponseShape::list(&ResponseShape::userProblem));
    const quint64 generation = m_generation;
    connect(m_job, &ApiJob::finished, this, [this, generation, offset](const ApiResult &result) {
        if (generation != m_generation) {
            qCDebug(lcModels) << "dropped a page of an older query";
            return;
        }
        m_job = nullptr;
        onPage(offset, result);
    });
}

void UserDirectory::onPage(int offset, const ApiResult &result)
{
    if (!result.ok()) {
        // No more pages asked for by scrolling (each would fail again): Retry reloads.
        m_model->setMoreAvailable(false);
        m_nextOffset = 0;
        Q_EMIT failed(result.error);
        return;
    }
    const QJsonObject page = result.value.toObject();
    const QJsonArray received = page.value(QLatin1String("items")).toArray();
    if (offset == 0)
        m_excludedSeen = false;
    QJsonArray items;
    for (const QJsonValue &user : received) {
        if (!m_excluded.isEmpty() && user.toObject().value(QLatin1String("id")) == m_excluded)
            m_excludedSeen = true;
        else
            items.append(user);
    }
    // K25: the offset counts what the service listed, the user left out included.
    m_nextOffset = offset + int(received.size());
    m_serviceTotal = page.value(QLatin1String("total")).toInt(-1);
    if (received.isEmpty())
        m_serviceTotal = m_nextOffset; // nothing more, whatever the total said
    m_total = m_serviceTotal < 0 ? -1 : m_serviceTotal - (m_excludedSeen ? 1 : 0);

    const bool applied = m_query.appliedBy(page); // K25: the echo, checked on every page
    if (offset == 0 || !applied)
        m_rows->setLocal(!applied, m_query);
    // Before the rows: a view (or a model tester) may ask for more as soon as they are in.
    m_model->setMoreAvailable(m_serviceTotal > m_nextOffset);
    if (offset == 0)
        m_model->setUsers(items);
    else
        m_model->appendUsers(items);
    if (applied != m_applied) {
        m_applied = applied;
        qCInfo(lcModels) << (applied ? "the service sorts and filters the user list"
                                     : "the service ignored the user list's sort or filters");
        Q_EMIT queryAppliedChanged(applied);
    }
    Q_EMIT loaded(m_rows->rowCount(), m_total);
}

QStringList UserDirectory::shownIds() const
{
    QStringList ids;
    ids.reserve(m_rows->rowCount());
    for (int row = 0; row < m_rows->rowCount(); ++row)
        ids.append(m_rows->index(row, 0).data(UserListModel::UserIdRole).toString());
    return ids;
}

QHash<QString, QString> UserDirectory::known(const QStringList &userIds, int column,
                                             const QHash<QString, QString> &read) const
{
    QHash<QString, QString> values;
    for (const QString &id : userIds) {
        const int row = m_model->rowOfUser(id);
        if (row >= 0)
            values.insert(id, m_model->index(row, column).data(Qt::DisplayRole).toString());
        else if (read.contains(id))
            values.insert(id, read.value(id));
    }
    return values;
}

QHash<QString, QString> UserDirectory::knownTeams(const QStringList &userIds) const
{
    return known(userIds, UserListModel::TeamColumn, m_selector->teamsRead());
}

QHash<QString, QString> UserDirectory::knownNames(const QStringList &userIds) const
{
    return known(userIds, UserListModel::NameColumn, m_selector->namesRead());
}

void UserDirectory::selectAllMatches()
{
    if (m_nextOffset > 0 && m_nextOffset >= m_serviceTotal && !isLoading()) { // all loaded
        m_selection->select(shownIds());
        return;
    }
    // Known matches: the rows shown are those of the current query (filtered here if needed).
    const int total = m_applied || !m_query.filters() ? m_total : -1;
    m_selector->start(m_query, m_excluded, shownIds(), total);
}

void UserDirectory::selectTeam(const QString &teamId)
{
    if (teamId.isEmpty())
        return;
    PeopleQuery team;
    team.team = teamId;
    QStringList known;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(UserListModel::TeamIdRole).toString() == teamId)
            known.append(index.data(UserListModel::UserIdRole).toString());
    }
    m_selector->start(team, m_excluded, known, -1);
}

} // namespace valara
