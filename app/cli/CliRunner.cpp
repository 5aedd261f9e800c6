#include "CliRunner.h"

#include "CliLogging.h"

#include "ApiJob.h"
#include "MePreferences.h"
#include "RetryPolicy.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

CliRunner::CliRunner(const CliConnection &connection, QObject *parent)
    : QObject(parent)
    , m_client(&m_network)
    , m_connection(connection)
{
    m_client.setBaseUrl(connection.baseUrl);
    m_client.setBearerToken(connection.token);
    m_client.setTimeout(connection.timeoutMs);
}

ApiResult CliRunner::run(const CliRequestPlan &plan)
{
    QString userId = plan.userId;
    if (plan.resolvesCaller()) {
        qCDebug(lcCli) << "no USER given: looking up the caller";
        const ApiResult caller = wait(m_client.get(CliRequestPlan::callerPath()));
        if (!caller.ok())
            return caller;
        userId = caller.value.toObject().value(QLatin1String("id")).toString();
        if (userId.isEmpty()) {
            ApiResult broken = caller;
            broken.error.kind = ApiError::Kind::Protocol;
            broken.error.httpStatus = caller.httpStatus;
            broken.error.message = QStringLiteral("The answer to GET %1 has no user id")
                                       .arg(CliRequestPlan::callerPath());
            return broken;
        }
        qCDebug(lcCli).noquote() << "the caller is" << userId;
    }
    return send(plan, userId);
}

ApiResult CliRunner::send(const CliRequestPlan &plan, const QString &userId)
{
    const QString path = plan.pathFor(userId);
    if (plan.method == "PATCH") {
        qCDebug(lcCli).noquote() << "PATCH" << path
                                 << "fields:" << plan.body.keys().join(QLatin1Char(','));
        return wait(m_client.patch(path, plan.body));
    }
    qCDebug(lcCli).noquote() << "GET" << path;
    const ApiResult result = wait(m_client.get(path, plan.query));
    if (plan.command == CliCommand::Kind::MeGet && !result.ok() &&
        MePreferences::needsPatchFallback(result.error)) {
        // As the desktop page does: an empty PATCH is a no-op answering the current state.
        qCDebug(lcCli).noquote() << "GET not offered: PATCH" << path << "with an empty body";
        return wait(m_client.patch(path, QJsonObject()));
    }
    return result;
}

int CliRunner::guardMs() const
{
    // Every attempt may use the whole timeout and wait the longest Retry-After before the next.
    return RetryPolicy::MaxAttempts * (m_connection.timeoutMs + RetryPolicy::MaxRetryAfterMs) +
           5000;
}

ApiResult CliRunner::wait(ApiJob *job)
{
    ApiResult result;
    bool finished = false;
    bool guardFired = false;
    QEventLoop loop;
    connect(job, &ApiJob::finished, &loop, [&](const ApiResult &answer) {
        result = answer;
        finished = true;
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, job, [&guardFired, job] {
        guardFired = true;
        job->abort();
    });
    guard.start(guardMs());
    if (!finished)
        loop.exec();
    if (guardFired) {
        result.error.kind = ApiError::Kind::Timeout;
        result.error.message = QStringLiteral("No answer within %1 s").arg(guardMs() / 1000);
    }
    return result;
}
