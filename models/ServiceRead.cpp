// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ServiceRead.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QTimer>

namespace valara {

ServiceRead::ServiceRead(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

void ServiceRead::start()
{
    drop();
    m_busy = true;
    begin();
}

void ServiceRead::cancel()
{
    drop();
}

void ServiceRead::drop()
{
    ++m_generation; // answers of what was pending are ignored
    m_busy = false;
    if (m_job)
        m_job->abort();
    m_job = nullptr;
}

void ServiceRead::send(const std::function<ApiJob *()> &makeJob,
                       const std::function<void(const ApiResult &)> &then, const ApiResult &before)
{
    const quint64 generation = m_generation;
    if (const std::optional<ApiError> refusal = m_gate ? m_gate() : std::nullopt) {
        ApiResult result = before;
        result.error = *refusal;
        // Later: whoever started the read has not connected to finished() yet, maybe.
        QTimer::singleShot(0, this, [this, generation, result] {
            if (generation == m_generation)
                finish(result);
        });
        return;
    }
    m_job = makeJob();
    connect(m_job, &ApiJob::finished, this, [this, generation, then](const ApiResult &result) {
        if (generation != m_generation)
            return;
        m_job = nullptr;
        then(result);
    });
    Q_EMIT requestSent(m_job);
}

void ServiceRead::finish(const ApiResult &result)
{
    ++m_generation; // nothing more from this read
    m_busy = false;
    m_job = nullptr;
    Q_EMIT finished(result);
}

} // namespace valara
