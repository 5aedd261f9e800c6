// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "models/people/PeopleQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace valara {

class ApiClient;
class ApiJob;
class MatchSelector;
class PeopleFilterModel;
class PeopleSelection;
class UserListModel;
struct ApiResult;

// The people the signed-in user may see (GET /api/v1/users), a page of PageSize at a time as a
// view scrolls (UserListModel::fetchMore), for a PeopleQuery: the service's search (`q`), order
// (`sort`) and filters (`team`, `role`). A new query aborts the request under way and drops any
// answer to an older one, so the list always ends on the latest query. One user (the signed-in
// user, who has their own pages) is left out without upsetting the offsets. When an answer's
// echo shows the service ignored the order or the filters (docs/api-contract.md, the user list),
// the loaded rows are sorted and filtered here (rows()) and queryApplied() turns false (K25).
// Owns the list's models: the rows, the rows as shown, and the selection.
class UserDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200; // the largest `limit` the service takes

    // `client` (not owned) may be null: nothing is loaded.
    explicit UserDirectory(ApiClient *client, QObject *parent = nullptr);
    ~UserDirectory() override;

    ApiClient *client() const { return m_client; }
    UserListModel *model() const { return m_model; }
    PeopleFilterModel *rows() const { return m_rows; }
    PeopleSelection *selection() const { return m_selection; }
    // Selects every match of a query (selectAllMatches(), selectTeam()).
    MatchSelector *matchSelector() const { return m_selector; }

    void setExcludedUser(const QString &userId) { m_excluded = userId; }
    QString excludedUser() const { return m_excluded; }

    PeopleQuery query() const { return m_query; }
    // Loads the first page of `query` (also when it is the current one: a reload).
    void setQuery(const PeopleQuery &query);
    // Loads the list for `search` with the current order and filters.
    void load(const QString &search);
    // Loads the next page, unless one is on its way or every match is loaded.
    void fetchMore();
    bool canFetchMore() const;
    bool isLoading() const { return !m_job.isNull(); }

    // Matches on the service, without the excluded user once seen; -1 before the first page or
    // when the service does not say.
    int total() const { return m_total; }
    // False when the last answer did not echo the order and filters sent.
    bool queryApplied() const { return m_applied; }

    // Every match of the current query (the loaded ones at once, the rest read page by page).
    void selectAllMatches();
    // Every member of `teamId` the caller may see.
    void selectTeam(const QString &teamId);
    // The ids of the loaded rows, as shown.
    QStringList shownIds() const;
    // The teams (empty for none) of those of `userIds` the list knows: loaded, or found by a
    // read of every match. Managers may change the preferences of their teams' members (R1).
    QHash<QString, QString> knownTeams(const QStringList &userIds) const;
    // Their names as the list shows them, likewise.
    QHash<QString, QString> knownNames(const QStringList &userIds) const;

Q_SIGNALS:
    // After each page: the rows shown and the matches on the service (-1: unknown).
    void loaded(int shown, int total);
    void failed(const ApiError &error);
    void queryAppliedChanged(bool applied);

private:
    void requestPage(int offset);
    void onPage(int offset, const ApiResult &result);
    QHash<QString, QString> known(const QStringList &userIds, int column,
                                  const QHash<QString, QString> &read) const;

    ApiClient *m_client;
    UserListModel *m_model;
    PeopleFilterModel *m_rows;
    PeopleSelection *m_selection;
    MatchSelector *m_selector;
    QString m_excluded;
    PeopleQuery m_query;
    QPointer<ApiJob> m_job;
    quint64 m_generation = 0;
    int m_nextOffset = 0; // in the service's list, the excluded user included
    int m_serviceTotal = -1;
    int m_total = -1;
    bool m_excludedSeen = false;
    bool m_applied = true;
};

} // namespace valara
