#include "cli/bulk/CliUserPages.h"

#include "cli/CliLogging.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace valara {

CliUserPages::CliUserPages(ApiClient *client, QObject *parent)
    : ServiceRead(client, parent)
{}

void CliUserPages::begin()
{
    m_users = {};
    readFrom(0, {});
}

void CliUserPages::readFrom(int offset, const ApiResult &before)
{
    send(
        [this, offset] {
            qCDebug(lcCli) << "GET" << Endpoints::users() << "from" << offset;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
            query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            return client()->get(Endpoints::users(), query,
                                 ResponseShape::list(&ResponseShape::userProblem));
        },
        [this, offset](const ApiResult &answer) {
            if (!answer.ok()) {
                finish(answer);
                return;
            }
            const QJsonObject page = answer.value.toObject();
            const QJsonArray items = page.value(QLatin1String("items")).toArray();
            for (const QJsonValue &user : items)
                m_users.append(user);
            const int next = offset + int(items.size());
            if (items.isEmpty() || next >= page.value(QLatin1String("total")).toInt(next))
                finish(answer);
            else
                readFrom(next, answer);
        },
        before);
}

} // namespace valara
