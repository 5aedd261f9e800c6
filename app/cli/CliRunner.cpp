#include "CliRunner.h"

#include "CliLogging.h"

#include "ApiJob.h"
#include "ApiJobErrors.h"
#include "MePreferences.h"

#include <QEventLoop>
#include <QJsonObject>

#include <algorithm>

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
    m_deadline.setRemainingTime(m_connection.timeoutMs);
    QString userId = plan.userId;
    if (plan.resolvesCaller()) {
        qCDebug(lcCli) << "no USER given: looking up the caller";
        ApiResult caller;
        if (!prepareJob(&caller))
            return caller;
        caller = wait(m_client.get(CliRequestPlan::callerPath(), {}, ResponseShape::user()));
        if (!caller.ok())
            return caller;
        userId = caller.value.toObject().value(QLatin1String("id")).toString();
        qCDebug(lcCli).noquote() << "the caller is" << userId;
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
    result = wait(m_client.get(path, plan.query, plan.answerShape()));
    if (plan.command == CliCommand::Kind::MeGet && !result.ok() &&
        MePreferences::needsPatchFallback(result.error) && prepareJob(&result)) {
        // As the desktop page does: an empty PATCH is a no-op answering the current state.
        qCDebug(lcCli).noquote() << "GET not offered: PATCH" << path << "with an empty body";
        return wait(m_client.patch(path, QJsonObject(), plan.answerShape()));
    }
    return result;
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
    ApiResult result;
    bool finished = false;
    QEventLoop loop;
    connect(job, &ApiJob::finished, &loop, [&](const ApiResult &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}
