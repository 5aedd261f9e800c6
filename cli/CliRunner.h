// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/requests/CliConnection.h"
#include "cli/requests/CliRequestPlan.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>

namespace valara {

class ApiJob;
class CliJournal;
class ServiceRead;

// Sends a validated plan through ApiClient (which retries) and waits for each answer with a
// QEventLoop: first the caller (CallerLookup) when the plan targets them, then the request ("me
// get" reads as the desktop does, MeApiAccountReader). The connection's timeout bounds the whole
// command: every request gets only the time left. With a journal, a write is recorded before it
// leaves and its answer after (CliJournal), based on the record as read just before.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliConnection &connection, QObject *parent = nullptr);

    // Where writes are recorded (not owned; none by default). When it refuses, run() returns
    // without sending the write (CliJournal::refused()).
    void setJournal(CliJournal *journal) { m_journal = journal; }

    // The answer to the plan's request, or the first failure.
    ApiResult run(const CliRequestPlan &plan);

    // For commands of many requests (CliBulkRunner): the client, the command's deadline (started
    // by startDeadline(), as run() does) and the time left of it.
    ApiClient *client() { return &m_client; }
    const CliConnection &connection() const { return m_connection; }
    void startDeadline() { m_deadline.setRemainingTime(m_connection.timeoutMs); }
    qint64 timeLeft() const { return m_deadline.remainingTime(); }
    // The server as the desktop app's accounts (and so their journal entries) name it.
    QUrl accountBaseUrl() const;
    // Starts `read` within the command's deadline and runs an event loop until it finishes.
    ApiResult wait(ServiceRead *read);

private:
    // The caller, the record as it is, the entry, the write, the answer in the journal.
    ApiResult sendJournaled(const CliRequestPlan &plan);
    ApiResult send(const CliRequestPlan &plan, const QString &userId);
    // Gives the next job the time left, or fails at once when none is.
    bool prepareJob(ApiResult *timedOut);
    // Runs an event loop until `job` finishes.
    ApiResult wait(ApiJob *job);
    // Connects to `finished`, calls `start`, and runs an event loop until `finished` comes.
    template <typename Sender>
    ApiResult waitFor(Sender *sender, void (Sender::*finished)(const ApiResult &),
                      const std::function<void()> &start);

    QNetworkAccessManager m_network;
    ApiClient m_client;
    CliConnection m_connection;
    QDeadlineTimer m_deadline;
    CliJournal *m_journal = nullptr;
};

} // namespace valara
