// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox answers requests side by side (docs/api-contract.md, "Sandbox-only behaviour"):
// --latency-ms is a timer per request, not a wait that holds the others back, and a large
// directory's pages are read from the database, not loaded and sorted whole.
#include "AsyncHttp.h"
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include "sandbox/http/FaultInjector.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

constexpr int Requests = 6;
constexpr int LatencyMs = 200;

} // namespace

class TstSandboxScaleConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void latencyDelaysEachRequestAlongsideTheOthers();
    void pagesOfALargeDirectoryAreServedTogether();
};

void TstSandboxScaleConcurrency::latencyDelaysEachRequestAlongsideTheOthers()
{
    SandboxConfig config;
    config.latencyMs = LatencyMs;
    SandboxHarness h(config);
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    // The order of arrivals and answers: with requests held back one behind another, each
    // answer would come before the next arrival.
    QStringList events;
    QObject::connect(&h.server(), &SandboxServer::requestReceived, &h.server(),
                     [&events] { events.append(QStringLiteral("in")); });
    QObject::connect(&h.server(), &SandboxServer::exchangeCompleted, &h.server(),
                     [&events] { events.append(QStringLiteral("out")); });

    AsyncHttp http(h.server().baseUrl());
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Requests; ++i)
        replies.append(
            http.start("GET", QStringLiteral("/api/v1/users/g%1").arg(i % 3 + 1), AdminKey));
    QVERIFY(AsyncHttp::waitAll(replies));
    const qint64 elapsed = timer.elapsed();
    for (QNetworkReply *reply : std::as_const(replies))
        QCOMPARE(AsyncHttp::collect(reply).status, 200);

    QStringList overlapped;
    for (int i = 0; i < Requests; ++i)
        overlapped.append(QStringLiteral("in"));
    for (int i = 0; i < Requests; ++i)
        overlapped.append(QStringLiteral("out"));
    QCOMPARE(events, overlapped);
    // One latency for all, not six in a row (1,200 ms); generous for a loaded machine.
    QVERIFY2(elapsed >= LatencyMs && elapsed < 700, qPrintable(QString::number(elapsed)));
}

void TstSandboxScaleConcurrency::pagesOfALargeDirectoryAreServedTogether()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    QString error;
    QVERIFY2(h.server().generateUsers(10000, 11, &error), qPrintable(error));
    h.server().faults().setLatencyMs(LatencyMs);
    QSignalSpy completed(&h.server(), &SandboxServer::exchangeCompleted);

    AsyncHttp http(h.server().baseUrl());
    const QStringList queries{"sort=-name&offset=9000",
                              "sort=email&role=agent",
                              "team=team-0042&sort=-updated_at",
                              "q=ana&sort=team",
                              "sort=created_at&offset=5000&limit=200",
                              "role=admin"};
    QList<QNetworkReply *> replies;
    QElapsedTimer timer;
    timer.start();
    for (const QString &query : queries)
        replies.append(http.start("GET", QStringLiteral("/api/v1/users?") + query, AdminKey));
    QVERIFY(AsyncHttp::waitAll(replies));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(completed.count(), queries.size());
    for (QNetworkReply *reply : std::as_const(replies)) {
        const HttpReply r = AsyncHttp::collect(reply);
        QVERIFY2(r.status == 200, qPrintable(describe(r)));
        QVERIFY(r.json().value("total").toInt() > 0);
    }
    QVERIFY2(elapsed < 700, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TstSandboxScaleConcurrency)
#include "tst_sandbox_scale_concurrency.moc"
