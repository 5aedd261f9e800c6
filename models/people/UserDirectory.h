#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace valara {

class ApiClient;
class ApiJob;
class UserListModel;
struct ApiResult;

// Fills a UserListModel with the people the signed-in user may see (GET /api/v1/users, at most
// PageSize of them), optionally searched by the service (`q`) and without one excluded user (the
// signed-in user, who has their own pages). A search typed while a load runs is loaded right
// after it, so the list always ends on the latest search.
class UserDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    // `client` (not owned) may be null: nothing is loaded.
    UserDirectory(ApiClient *client, UserListModel *model, QObject *parent = nullptr);

    void setExcludedUser(const QString &userId) { m_excluded = userId; }
    // Loads the list for `search` (empty: everyone visible).
    void load(const QString &search);
    bool isLoading() const { return !m_job.isNull(); }

Q_SIGNALS:
    // `total` counts every match on the service, `shown` those in the model.
    void loaded(int shown, int total);
    void failed(const ApiError &error);

private:
    void onFinished(const ApiResult &result);

    ApiClient *m_client;
    UserListModel *m_model;
    QString m_excluded;
    QString m_search;
    QPointer<ApiJob> m_job;
    bool m_loadAgain = false;
};

} // namespace valara
