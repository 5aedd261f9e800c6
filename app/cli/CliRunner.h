#pragma once

#include "CliConnection.h"
#include "CliRequestPlan.h"

#include "ApiClient.h"
#include "ApiResult.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QObject>

class ApiJob;

// Sends a validated plan through ApiClient (which retries) and waits for each answer with a
// QEventLoop: first GET /api/v1/users/me when the plan targets the caller, then the request. The
// connection's timeout bounds the whole command: every request gets only the time left.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliConnection &connection, QObject *parent = nullptr);

    // The answer to the plan's request, or the first failure.
    ApiResult run(const CliRequestPlan &plan);

private:
    ApiResult send(const CliRequestPlan &plan, const QString &userId);
    // Gives the next job the time left, or fails at once when none is.
    bool prepareJob(ApiResult *timedOut);
    // Runs an event loop until `job` finishes.
    ApiResult wait(ApiJob *job);

    QNetworkAccessManager m_network;
    ApiClient m_client;
    CliConnection m_connection;
    QDeadlineTimer m_deadline;
};
