// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CountingNetworkAccessManager.h"
#include "SandboxHarness.h"
#include "TestApiClient.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace valara::testing {

// The people list's tests: the contract fixture and a generated brokerage in an in-process
// sandbox, a UserDirectory on a client whose network access manager keeps every address sent.
class PeopleFixture
{
public:
    // Beside the fixture's 7 users: `generated` made-up ones (u000001, an admin, first).
    explicit PeopleFixture(int generated = 450)
    {
        QString error;
        if (!sandbox.isReady() || !sandbox.server().generateUsers(generated, 1, &error))
            qWarning() << "sandbox not ready:" << sandbox.error() << error;
    }
    void start(const QByteArray &key = "key-admin-a1", const QString &excluded = {})
    {
        client = makeTestClient(sandbox, &network, key);
        directory = std::make_unique<UserDirectory>(client.get());
        directory->setExcludedUser(excluded);
    }
    void startOn(const QUrl &url)
    {
        start("k");
        client->setBaseUrl(url);
    }
    // Every user the admin a1 sees for `query` (path and query string), in the service's order.
    QStringList serviceIds(const QString &query = {})
    {
        QStringList ids;
        for (int offset = 0;; offset += 200) {
            const QJsonObject page = sandbox
                                         .get(QStringLiteral("/api/v1/users?limit=200&offset=%1&%2")
                                                  .arg(offset)
                                                  .arg(query),
                                              "key-admin-a1")
                                         .json();
            const QJsonArray items = page.value(QLatin1String("items")).toArray();
            for (const QJsonValue &user : items)
                ids.append(user.toObject().value(QLatin1String("id")).toString());
            if (items.isEmpty() || offset + 200 >= page.value(QLatin1String("total")).toInt())
                return ids;
        }
    }
    // The value of `key` in every user list request sent, in order.
    QStringList sent(const QString &key) const
    {
        QStringList values;
        for (const QUrl &url : network.urls) {
            if (url.path().endsWith(QLatin1String("/users")))
                values.append(QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded));
        }
        return values;
    }
    // The ids of `model`'s rows, in order.
    static QStringList ids(const QAbstractItemModel *model)
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->index(row, 0).data(UserListModel::UserIdRole).toString();
        return list;
    }

    SandboxHarness sandbox;
    CountingNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<UserDirectory> directory;
};

} // namespace valara::testing
