#include "models/people/UserDirectory.h"

#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "api/Endpoints.h"
#include "models/ModelsLogging.h"
#include "models/people/UserListModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace valara {

UserDirectory::UserDirectory(ApiClient *client, UserListModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{}

void UserDirectory::load(const QString &search)
{
    if (!m_client)
        return;
    m_search = search.trimmed();
    if (m_job) {
        m_loadAgain = true; // the search changed while a load was under way
        return;
    }
    qCDebug(lcModels) << "loading users";
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    if (!m_search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), m_search);
    m_job =
        m_client->get(Endpoints::users(), query, ResponseShape::list(&ResponseShape::userProblem));
    connect(m_job, &ApiJob::finished, this, &UserDirectory::onFinished);
}

void UserDirectory::onFinished(const ApiResult &result)
{
    m_job = nullptr;
    if (m_loadAgain) {
        m_loadAgain = false;
        load(m_search);
        return;
    }
    if (!result.ok()) {
        Q_EMIT failed(result.error);
        return;
    }
    const QJsonObject page = result.value.toObject();
    const QJsonArray received = page.value(QLatin1String("items")).toArray();
    QJsonArray items;
    for (const QJsonValue &user : received) {
        if (m_excluded.isEmpty() || user.toObject().value(QLatin1String("id")) != m_excluded)
            items.append(user);
    }
    m_model->setUsers(items);
    const int excluded = int(received.size() - items.size());
    Q_EMIT loaded(int(items.size()),
                  page.value(QLatin1String("total")).toInt(int(received.size())) - excluded);
}

} // namespace valara
