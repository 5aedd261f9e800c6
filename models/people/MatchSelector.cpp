// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/people/MatchSelector.h"

#include "models/ModelsLogging.h"
#include "models/people/MatchingUserIds.h"
#include "models/people/PeopleSelection.h"

namespace valara {

MatchSelector::MatchSelector(ApiClient *client, PeopleSelection *selection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_selection(selection)
{}

MatchSelector::~MatchSelector()
{
    stop();
}

void MatchSelector::start(const PeopleQuery &query, const QString &excludedUser,
                          const QStringList &known, int total)
{
    if (isRunning())
        cancel();
    if (!m_client) {
        Q_EMIT finished(false, {});
        return;
    }
    auto *read = new MatchingUserIds(m_client, query, excludedUser, this);
    m_read = read; // running before the selection reports the pending matches
    m_selection->beginMatches(known, total);
    connect(read, &MatchingUserIds::progress, this, &MatchSelector::progress);
    connect(read, &ServiceRead::finished, this, [this, read](const ApiResult &result) {
        m_read = nullptr;
        read->deleteLater();
        if (!result.ok()) {
            qCInfo(lcModels) << "selecting every match failed:"
                             << ApiError::kindName(result.error.kind);
            m_selection->cancelMatches();
            Q_EMIT finished(false, result.error);
            return;
        }
        qCDebug(lcModels) << "selected" << read->ids().size() << "matches";
        m_teamsRead.insert(read->teams());
        m_namesRead.insert(read->names());
        m_selection->finishMatches(read->ids());
        Q_EMIT finished(true, {});
    });
    read->start();
}

void MatchSelector::cancel()
{
    if (!isRunning())
        return;
    stop();
    m_selection->cancelMatches();
    Q_EMIT finished(false, {});
}

void MatchSelector::stop()
{
    if (m_read) {
        m_read->cancel();
        m_read->deleteLater();
    }
    m_read = nullptr;
}

} // namespace valara
