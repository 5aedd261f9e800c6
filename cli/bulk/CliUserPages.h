#pragma once

#include "models/ServiceRead.h"

#include <QJsonArray>

namespace valara {

// Every user the caller may see (docs/api-contract.md R4): GET /api/v1/users page after page
// (limit and offset) until the answer's `total` is reached (an answer without one is the only
// page), or a page comes back empty. The
// users, in the service's order, once finished() reports success.
class CliUserPages : public ServiceRead
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200; // the largest `limit` the service takes

    explicit CliUserPages(ApiClient *client, QObject *parent = nullptr);

    const QJsonArray &users() const { return m_users; }

protected:
    void begin() override;

private:
    void readFrom(int offset, const ApiResult &before);

    QJsonArray m_users;
};

} // namespace valara
