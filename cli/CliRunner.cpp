// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "cli/CliLogging.h"
#include "cli/journal/CliJournal.h"
#include "cli/requests/CliErrorReport.h"

#include "api/ApiJob.h"
#include "api/http/ApiJobErrors.h"
#include "api/http/ServiceUrls.h"
#include "models/caller/CallerLookup.h"
#include "models/meapi/MeApiAccountReader.h"

#include <QEventLoop>

#include <algorithm>

namespace valara {

CliRunner::CliRunner(const CliConnection &connection, QObject *parent)
    : QObject(parent)
    , m_client(&m_network)
    , m_connection(connection)
{
    m_client.setBaseUrl(connection.baseUrl);
    m_client.setBearerToken(connection.token);
    m_client.setAttemptTimeout(std::min(ApiClient::DefaultAttemptTimeoutMs, connection.timeoutMs));
}

ApiResult CliRunner::run(const CliRequestPlan &plan)
{
    startDeadline();
    if (plan.command == CliCommand::Kind::WhoAmI) {
        // The desktop's who-am-I (CallerLookup); the answer is printed as the service sent it.
        CallerLookup lookup(&m_client);
        return wait(&lookup);
    }
    if (m_journal && plan.writes())
        return sendJournaled(plan);
    QString userId = plan.userId;
    if (plan.resolvesCaller()) {
        qCDebug(lcCli) << "no USER given: looking up the caller";
        CallerLookup lookup(&m_client);
        const ApiResult caller = wait(&lookup);
        if (!caller.ok())
            return caller;
        userId = lookup.caller().id();
        qCDebug(lcCli).noquote() << "the caller is" << userId;
    }
    if (plan.command == CliCommand::Kind::MeGet) {
        // As the desktop page reads it: GET, or an empty PATCH where there is no GET.
        qCDebug(lcCli).noquote() << "reading" << plan.pathFor(userId);
        MeApiAccountReader reader(&m_client);
        return wait(&reader);
    }
    return send(plan, userId);
}

ApiResult CliRunner::send(const CliRequestPlan &plan, const QString &userId)
{
    const QString path = plan.pathFor(userId);
    ApiResult result;
    if (!prepareJob(&result))
        return result;
    if (plan.method == "PATCH") {
        qCDebug(lcCli).noquote() << "PATCH" << path
                                 << "fields:" << plan.body.keys().join(QLatin1Char(','));
        return wait(m_client.patch(path, plan.body, plan.answerShape()));
    }
    qCDebug(lcCli).noquote() << "GET" << path;
    return wait(m_client.get(path, plan.query, plan.answerShape()));
}

ApiResult CliRunner::sendJournaled(const CliRequestPlan &plan)
{
    // The account as the desktop app builds it, whose journal entries these are.
    Account account;
    account.baseUrl = accountBaseUrl();
    QString userId;
    QJsonObject current; // the record the change is based on
    if (plan.api == CliRequestPlan::Api::Me) {
        MeApiAccountReader reader(&m_client);
        const ApiResult me = wait(&reader);
        if (!me.ok())
            return me;
        account.kind = Account::Kind::MeApi;
        userId = me.value.toObject().value(QLatin1String("user_id")).toString();
        account.userId = userId;
        current = me.value.toObject().value(QLatin1String("preferences")).toObject();
    } else {
        CallerLookup lookup(&m_client);
        const ApiResult caller = wait(&lookup);
        if (!caller.ok())
            return caller;
        account.kind = Account::Kind::Valara;
        account.userId = lookup.caller().id();
        userId = plan.userId.isEmpty() ? account.userId : plan.userId;
        ApiResult read;
        if (!prepareJob(&read))
            return read;
        qCDebug(lcCli).noquote() << "GET" << plan.pathFor(userId) << "(the values it is based on)";
        read = wait(m_client.get(plan.pathFor(userId), {}, plan.answerShape()));
        if (!read.ok())
            return read;
        current = read.value.toObject();
    }
    const QString path = plan.pathFor(userId);
    const QByteArray key = ApiClient::newIdempotencyKey();
    if (!m_journal->open(account))
        return {};
    const std::optional<qint64> entry = m_journal->recordSending(plan, userId, path, current, key);
    if (!entry)
        return {};
    ApiResult result;
    if (prepareJob(&result)) {
        qCDebug(lcCli).noquote() << plan.method << path << "journaled as entry" << *entry;
        result = wait(m_client.patch(path, plan.body, plan.answerShape(), key));
    }
    m_journal->recordAnswer(*entry, result, CliErrorReport::message(result.error));
    return result;
}

QUrl CliRunner::accountBaseUrl() const
{
    return Account::normalizedBaseUrl(ServiceUrls::canonical(m_connection.baseUrl));
}

bool CliRunner::prepareJob(ApiResult *timedOut)
{
    const qint64 left = m_deadline.remainingTime();
    if (left > 0) {
        m_client.setJobTimeout(int(left));
        return true;
    }
    timedOut->error = ApiJobErrors::jobTimedOut(m_connection.timeoutMs);
    return false;
}

ApiResult CliRunner::wait(ApiJob *job)
{
    // The job ends by itself within its deadline, whatever the server does.
    return waitFor(job, &ApiJob::finished, [] {});
}

ApiResult CliRunner::wait(ServiceRead *read)
{
    // Each of its requests gets only the time left, like every other request of the command.
    read->setRequestGate([this]() -> std::optional<ApiError> {
        ApiResult timedOut;
        if (prepareJob(&timedOut))
            return std::nullopt;
        return timedOut.error;
    });
    return waitFor(read, &ServiceRead::finished, [read] { read->start(); });
}

template <typename Sender>
ApiResult CliRunner::waitFor(Sender *sender, void (Sender::*finished)(const ApiResult &),
                             const std::function<void()> &start)
{
    ApiResult result;
    QEventLoop loop;
    connect(sender, finished, &loop, [&](const ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace valara
