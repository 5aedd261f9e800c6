// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the sandbox with a generated brokerage (valara-sandbox --generate-users): generating and
// storing it, then pages of GET /api/v1/users as the store reads them, against a baseline that
// loads every user and sorts in memory. Prints one line per figure:
//   people: generate+store N users in G ms
//   people page <query>: median T ms (load-all-and-sort baseline B ms, ratio R)
// Run: build/bench/bench_sandbox_people [users] [rounds]

#include "sandbox/store/SandboxStore.h"
#include "sandbox/store/UserGenerator.h"
#include "sandbox/store/UserListQuery.h"
#include "sandbox/store/UserRepresentation.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace valara::sandbox;

namespace {

double medianMs(int rounds, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The list as a server without the SQL query would answer it: every user, sorted in memory.
int loadAllAndSort(const SandboxStore &store)
{
    QList<SandboxUser> users = store.allUsers();
    std::sort(users.begin(), users.end(), [](const SandboxUser &a, const SandboxUser &b) {
        const int byName =
            QString::compare(UserRepresentation::displayName(a), UserRepresentation::displayName(b),
                             Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return int(users.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::clamp(atoi(argv[1]), 1, UserGenerator::MaxUsers) : 10000;
    const int rounds = argc > 2 ? std::max(1, atoi(argv[2])) : 9;

    SandboxStore store(QStringLiteral(":memory:"));
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!store.insertUsers(UserGenerator::generate(count, 1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("people: generate+store %d users in %lld ms\n", count, timer.elapsed());

    const double baseline = medianMs(rounds, [&] { loadAllAndSort(store); });
    const QList<QPair<const char *, std::function<void(UserListQuery &)>>> pages{
        {"first page", [](UserListQuery &) {}},
        {"deep page (offset 90%)", [&](UserListQuery &q) { q.offset = count * 9 / 10; }},
        {"sort=-updated_at", [](UserListQuery &q) { q.setSort(QStringLiteral("-updated_at")); }},
        {"role=agent&sort=email",
         [](UserListQuery &q) {
             q.role = QStringLiteral("agent");
             q.setSort(QStringLiteral("email"));
         }},
        {"team=team-0002", [](UserListQuery &q) { q.teamId = QStringLiteral("team-0002"); }},
        {"q=ana", [](UserListQuery &q) { q.text = QStringLiteral("ana"); }},
        {"broker's view",
         [count](UserListQuery &q) {
             q.everyone = false;
             q.callerId =
                 UserGenerator::userId(UserGenerator::adminCount(count) + 1); // team-0001's broker
             q.managedTeamIds = {QStringLiteral("team-0001")};
         }},
    };
    for (const auto &[name, shape] : pages) {
        UserListQuery query;
        shape(query);
        int total = 0;
        const double ms = medianMs(rounds, [&] { store.listUsers(query, &total); });
        std::printf("people page %s: median %.2f ms, total %d (load-all-and-sort baseline %.2f "
                    "ms, ratio %.3f)\n",
                    name, ms, total, baseline, ms / baseline);
    }
    return 0;
}
