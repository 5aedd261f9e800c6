// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/MatchingUserIds.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "models/ModelsLogging.h"
#include "models/caller/Caller.h"

#include <QJsonArray>
#include <QJsonObject>

namespace valara {

MatchingUserIds::MatchingUserIds(ApiClient *client, const PeopleQuery &query,
                                 const QString &excludedUser, QObject *parent)
    : ServiceRead(client, parent)
    , m_query(query)
    , m_excluded(excludedUser)
{}

void MatchingUserIds::begin()
{
    m_ids.clear();
    m_teams.clear();
    m_names.clear();
    readFrom(0, {});
}

void MatchingUserIds::readFrom(int offset, const ApiResult &before)
{
    send(
        [this, offset] {
            qCDebug(lcModels) << "reading matching users from" << offset;
            return client()->get(Endpoints::users(), m_query.toUrlQuery(PageSize, offset),
                                 ResponseShape::list(&ResponseShape::userProblem));
        },
        [this, offset](const ApiResult &answer) {
            if (!answer.ok()) {
                finish(answer);
                return;
            }
            const QJsonObject page = answer.value.toObject();
            const QJsonArray items = page.value(QLatin1String("items")).toArray();
            const bool filterHere = !m_query.appliedBy(page);
            for (const QJsonValue &value : items) {
                const QJsonObject user = value.toObject();
                const QString id = user.value(QLatin1String("id")).toString();
                if (id.isEmpty() || id == m_excluded)
                    continue;
                const QString team = user.value(QLatin1String("team_id")).toString();
                if (filterHere &&
                    !m_query.accepts(team, user.value(QLatin1String("role")).toString()))
                    continue;
                m_ids.append(id);
                m_teams.insert(id, team);
                m_names.insert(id, Caller::fromUser(user).value_or(Caller()).displayName());
            }
            const int next = offset + int(items.size());
            const int total = page.value(QLatin1String("total")).toInt(-1);
            Q_EMIT progress(next, total);
            if (items.isEmpty() || total < 0 || next >= total)
                finish(answer);
            else
                readFrom(next, answer);
        },
        before);
}

} // namespace valara
