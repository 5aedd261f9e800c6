// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "models/people/PeopleQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace valara {

class ApiClient;
class MatchingUserIds;
class PeopleSelection;

// Selects every match of a query, also those the list has not loaded: the loaded matches at
// once, the rest as MatchingUserIds reads them page by page (progress(), cancel()). The selection
// is pending meanwhile (PeopleSelection::isPending()). One read at a time: a new start() cancels
// the one under way.
class MatchSelector : public QObject
{
    Q_OBJECT

public:
    // `client` (not owned) may be null: start() then finishes at once, incomplete.
    MatchSelector(ApiClient *client, PeopleSelection *selection, QObject *parent = nullptr);
    ~MatchSelector() override;

    // `known`: matches already loaded; `total`: the matches announced (-1 when unknown).
    void start(const PeopleQuery &query, const QString &excludedUser, const QStringList &known,
               int total);
    void cancel();
    bool isRunning() const { return !m_read.isNull(); }
    // The team (empty for none) and name of every user the reads so far found, for people
    // checked who were never loaded in the list.
    const QHash<QString, QString> &teamsRead() const { return m_teamsRead; }
    const QHash<QString, QString> &namesRead() const { return m_namesRead; }

Q_SIGNALS:
    void progress(int read, int total);
    // `complete`: every match is selected. Otherwise cancelled (no error) or failed, and the
    // matches this read added are unselected again.
    void finished(bool complete, const ApiError &error);

private:
    void stop();

    ApiClient *m_client;
    PeopleSelection *m_selection;
    QPointer<MatchingUserIds> m_read;
    QHash<QString, QString> m_teamsRead;
    QHash<QString, QString> m_namesRead;
};

} // namespace valara
