// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the people list against an in-process sandbox holding a generated brokerage, signed in
// as an administrator: from issuing the request to the rows being in the model, for the first
// page and for a search (from the moment the search's debounce fires, which calls
// UserDirectory::load). The baseline is the sandbox's own time: the same request sent bare
// (QNetworkAccessManager, the body read, no JSON, no model). Prints one line per figure:
//   people list: first page of N users: T ms (sandbox's own time S ms, ratio R)
//   people list: search "ana" after the debounce: T ms (sandbox's own time S ms, ratio R)
// Run: build/bench/bench_people_list [users] [rounds]

#include "api/ApiClient.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/store/UserGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace valara;

namespace {

constexpr auto AdminId = "u000001";

double medianMs(int rounds, const std::function<double()> &once)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i)
        times.append(once());
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Milliseconds from `start` to the directory's next page in the model.
double timeToRows(UserDirectory &directory, const std::function<void()> &start)
{
    QEventLoop loop;
    const auto connection =
        QObject::connect(&directory, &UserDirectory::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&directory, &UserDirectory::failed, &loop, [&loop](const ApiError &error) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(error.message));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    start();
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    QObject::disconnect(&directory, &UserDirectory::failed, &loop, nullptr);
    return ms;
}

// The same request without the client: sent, the whole body read, nothing parsed.
double bareRequestMs(QNetworkAccessManager &network, const QUrl &base, const QString &search)
{
    QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/users")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(UserDirectory::PageSize));
    query.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
    if (!search.isEmpty())
        query.addQueryItem(QStringLiteral("q"), search);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer key-" + QByteArray(AdminId));
    request.setRawHeader("Accept", "application/json");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    const double ms = timer.nsecsElapsed() / 1e6;
    reply->deleteLater();
    return body.isEmpty() ? -1 : ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("valara.sandbox.http=false"));
    const int count =
        argc > 1 ? std::clamp(atoi(argv[1]), 2, sandbox::UserGenerator::MaxUsers) : 10000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 15;

    sandbox::SandboxServer server(sandbox::SandboxConfig{});
    QString error;
    if (!server.open(&error) || !server.generateUsers(count, 1, &error) ||
        server.start(QHostAddress::LocalHost, 0, &error) == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setBearerToken("key-" + QByteArray(AdminId));
    UserDirectory directory(&client);
    directory.setExcludedUser(QString::fromLatin1(AdminId));
    QNetworkAccessManager bare;

    // One of each first: connections opened, caches warm.
    timeToRows(directory, [&] { directory.load({}); });
    bareRequestMs(bare, server.baseUrl(), {});

    const double first =
        medianMs(rounds, [&] { return timeToRows(directory, [&] { directory.load({}); }); });
    const double firstBare =
        medianMs(rounds, [&] { return bareRequestMs(bare, server.baseUrl(), {}); });
    std::printf("people list: first page of %d users: %.1f ms (sandbox's own time %.1f ms: the "
                "same request bare, no client, no model; ratio %.2f); %d rows\n",
                count, first, firstBare, first / firstBare, directory.model()->rowCount());

    const QString search = QStringLiteral("ana");
    const double searched = medianMs(rounds, [&] {
        directory.load({}); // from the full list, as typing would
        timeToRows(directory, [] {});
        return timeToRows(directory, [&] { directory.load(search); });
    });
    const double searchedBare =
        medianMs(rounds, [&] { return bareRequestMs(bare, server.baseUrl(), search); });
    std::printf("people list: search \"%s\" after the debounce: %.1f ms (sandbox's own time %.1f "
                "ms: the same request bare; ratio %.2f); %d of %d matches\n",
                qPrintable(search), searched, searchedBare, searched / searchedBare,
                directory.model()->rowCount(), directory.total());
    return 0;
}
