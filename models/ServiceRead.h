// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace valara {

class ApiClient;
class ApiJob;

// A read of the service that may take more than one request and reports once: the base of
// CallerLookup and MeApiAccountReader. start() begins it; finished() follows exactly once, always
// after start() has returned (on a later turn of the event loop), unless cancel() or a new start()
// drops it first. Its jobs belong to the client, which must outlive the read (or be deleted with
// it: that cancels them).
class ServiceRead : public QObject
{
    Q_OBJECT

public:
    // Asked before each request: an error ends the read with it instead of sending. valara-cli
    // uses it for its whole-command deadline (each request gets only the time left).
    using RequestGate = std::function<std::optional<ApiError>()>;

    void setRequestGate(RequestGate gate) { m_gate = std::move(gate); }
    // Starts the read, dropping a pending one.
    void start();
    // Drops the pending read without reporting it.
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Each request as it goes out (its own handler is connected first), for those who track jobs.
    void requestSent(ApiJob *job);
    // The last answer, or the failure that ended the read.
    void finished(const ApiResult &result);

protected:
    ServiceRead(ApiClient *client, QObject *parent);

    ApiClient *client() const { return m_client; }
    // The first request.
    virtual void begin() = 0;
    // Sends the job `makeJob` creates, unless the gate refuses (then the read ends with `before`,
    // the previous answer, carrying the gate's error). `then` gets the answer.
    void send(const std::function<ApiJob *()> &makeJob,
              const std::function<void(const ApiResult &)> &then, const ApiResult &before = {});
    void finish(const ApiResult &result);

private:
    void drop();

    ApiClient *m_client;
    QPointer<ApiJob> m_job;
    RequestGate m_gate;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace valara
