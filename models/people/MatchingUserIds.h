// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ServiceRead.h"
#include "models/people/PeopleQuery.h"

#include <QHash>
#include <QStringList>

namespace valara {

// The ids of every user matching a PeopleQuery: GET /api/v1/users page after page (limit and
// offset) until the answer's `total` is reached (an answer without one is the only page), or a
// page comes back empty. A page whose echo shows the service ignored `team` or `role` is
// filtered here (docs/api-contract.md, the user list). The excluded user (the signed-in one) is
// left out. cancel() stops it between any two pages.
class MatchingUserIds : public ServiceRead
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200; // the largest `limit` the service takes

    // `client` (not owned) must outlive the read.
    MatchingUserIds(ApiClient *client, const PeopleQuery &query, const QString &excludedUser,
                    QObject *parent = nullptr);

    PeopleQuery query() const { return m_query; }
    // Once finished() reports success: every match, in the service's order.
    const QStringList &ids() const { return m_ids; }
    // A match's team (`team_id`); empty for none.
    QString teamOf(const QString &userId) const { return m_teams.value(userId); }
    // Every match's team (`team_id`, empty for none) and name (as the list shows it).
    const QHash<QString, QString> &teams() const { return m_teams; }
    const QHash<QString, QString> &names() const { return m_names; }

Q_SIGNALS:
    // After each page: users read so far and the total announced (-1 when none is).
    void progress(int read, int total);

protected:
    void begin() override;

private:
    void readFrom(int offset, const ApiResult &before);

    PeopleQuery m_query;
    QString m_excluded;
    QStringList m_ids;
    QHash<QString, QString> m_teams;
    QHash<QString, QString> m_names;
};

} // namespace valara
