// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli against a server that misbehaves in every way we know of (MisbehavingServer), for a
// read and a write. Whatever the fault: exit code 6, nothing on stdout, one line on stderr that
// says what happened, an end within a few seconds of --timeout, bounded memory, no needless
// attempts, and the same idempotency key on every attempt of a write.
// Must stay fast: every row runs with --timeout 2; the whole suite takes well under a minute.
#include "CliProcess.h"
#include "FaultAnswer.h"
#include "FaultBounds.h"
#include "MisbehavingServer.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace valara;
using namespace valara::testing;

namespace {

using Fault = MisbehavingServer::Fault;

constexpr int TimeScale = FaultTimeScale;

constexpr qint64 MaxChildMaxRssKiB = 250 * 1024;
// With --timeout 2 the whole command ends within this, whatever the server does.
constexpr int WallBoundMs = 8000;
// A Retry-After far in the future is reported at once.
constexpr int AtOnceMs = 2000;
// The longest redirect chain one attempt may follow (the client's limit is lower).
constexpr int MaxRedirectChain = 11;
// Three attempts, and a resend Qt may make by itself after a reset on a reused connection.
constexpr int MaxRequests = 4;

// What the one stderr line must say (case-insensitive): every word of `all`, one of `any`.
struct Expected
{
    QStringList all;
    QStringList any;
    int exactRequests = 0; // 0: any number up to maxRequests
    int maxRequests = MaxRequests;
    int boundMs = WallBoundMs;
};

Expected expectedFor(Fault fault, bool write)
{
    switch (fault) {
    case Fault::NoAnswer:
    case Fault::Trickle:
        return {{}, {"did not answer", "in time"}};
    case Fault::OversizedBody:
    case Fault::OversizedBodyNoLength:
    case Fault::CompressionBomb:
        return {{"too large"}, {}, 1};
    case Fault::NotJson200:
    case Fault::Empty200:
    case Fault::WrongShape200:
    case Fault::WrongShapeObject200:
    case Fault::Html200:
    case Fault::DeeplyNested:
    case Fault::DeeplyNestedObject:
        return {{"could not be understood"}, {}, 1};
    case Fault::Html500:
        return {{}, {}, 1};
    case Fault::RetryAfterFarFuture:
    case Fault::RateLimitFarFuture:
        return {{"down for maintenance", "try again"}, {}, 1, 1, AtOnceMs};
    case Fault::RedirectLoop:
    case Fault::RedirectLoopAB:
        // A change is never sent on after a redirect: the first one ends it.
        if (write)
            return {{"redirect", "not sent"}, {}, 1};
        return {{"redirect", "loop"}, {}, 0, MaxRedirectChain};
    default:
        return {};
    }
}

qint64 childrenMaxRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss; // KiB on Linux: the largest of all children reaped so far
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Builds the compression bomb once, outside any row's time bound.
        QVERIFY(!FaultAnswer::gzipBomb().isEmpty());
        capAddressSpace(2048); // inherited by every valara-cli started
    }

    void everyFaultEndsInExitSixWithOneLine_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("write");
        for (Fault fault : MisbehavingServer::allFaults()) {
            const QByteArray name = MisbehavingServer::faultName(fault).toLatin1();
            QTest::newRow(name + "/read") << int(fault) << false;
            QTest::newRow(name + "/write") << int(fault) << true;
        }
    }

    void everyFaultEndsInExitSixWithOneLine()
    {
        QFETCH(int, fault);
        QFETCH(bool, write);
        const Expected expected = expectedFor(Fault(fault), write);
        MisbehavingServer server;
        QVERIFY2(server.isListening(), qPrintable(server.errorString()));
        server.setDefault(Fault(fault));
        server.setHardStopMs(30000);

        QStringList arguments{"--base-url", server.baseUrl().toString(), "--timeout", "2"};
        arguments += write ? QStringList{"prefs", "set", "usr-1", "timezone=Europe/Paris"}
                           : QStringList{"prefs", "get", "usr-1"};
        const int boundMs = expected.boundMs * TimeScale;
        QElapsedTimer timer;
        timer.start();
        const CliProcess::Run run =
            CliProcess::runCli(arguments, {{"VALARA_API_KEY", "k"}}, WallBoundMs * TimeScale * 3);
        const qint64 elapsed = timer.elapsed();
        const QString what =
            run.describe() +
            QStringLiteral("\nafter %1 ms, %2 request(s)").arg(elapsed).arg(server.requestCount());

        QVERIFY2(run.finished, qPrintable(what));
        QVERIFY2(run.exitCode == 6, qPrintable(what));
        QVERIFY2(run.out.isEmpty(), qPrintable(what));
        QVERIFY2(run.errLines().size() == 1 && !run.errLines().at(0).trimmed().isEmpty(),
                 qPrintable(what));
        const QString line = QString::fromUtf8(run.errLines().at(0)).toLower();
        QVERIFY2(!line.contains("<html") && !line.contains("<!doctype"), qPrintable(what));
        for (const QString &word : expected.all)
            QVERIFY2(line.contains(word), qPrintable(what + "\nmissing: " + word));
        if (!expected.any.isEmpty()) {
            const bool saysOne =
                std::any_of(expected.any.begin(), expected.any.end(),
                            [&](const QString &word) { return line.contains(word); });
            QVERIFY2(saysOne, qPrintable(what + "\nnone of: " + expected.any.join(" | ")));
        }
        QVERIFY2(elapsed < boundMs,
                 qPrintable(what + QStringLiteral("\nbound %1 ms").arg(boundMs)));

        QVERIFY2(server.requestCount() >= 1, qPrintable(what));
        QVERIFY2(server.requestCount() <= expected.maxRequests, qPrintable(what));
        if (expected.exactRequests > 0)
            QVERIFY2(server.requestCount() == expected.exactRequests, qPrintable(what));
        const QByteArray key = server.requests().at(0).header("X-Idempotency-Key");
        QVERIFY2(!write || !key.isEmpty(), qPrintable(what));
        for (const MisbehavingServer::Request &request : server.requests()) {
            QCOMPARE(request.method, write ? QByteArray("PATCH") : QByteArray("GET"));
            QCOMPARE(request.header("X-Idempotency-Key"), key); // every attempt, the same
        }

        if (FaultBoundsMemory) {
            const qint64 peak = childrenMaxRssKiB();
            QVERIFY2(peak < MaxChildMaxRssKiB,
                     qPrintable(what + QStringLiteral("\npeak child memory %1 MiB (this run or an "
                                                      "earlier one)")
                                           .arg(peak / 1024)));
        }
    }

    // Without --timeout: an answer trickled a byte every half second still ends the command
    // within the default deadline of 30 s (each attempt at most 10 s), well inside 45 s.
    void theDefaultDeadlineEndsATrickle()
    {
        MisbehavingServer server;
        QVERIFY2(server.isListening(), qPrintable(server.errorString()));
        server.setDefault(Fault::Trickle);
        server.setHardStopMs(60000);
        QElapsedTimer timer;
        timer.start();
        const CliProcess::Run run =
            CliProcess::runCli({"--base-url", server.baseUrl().toString(), "prefs", "set", "usr-1",
                                "timezone=Europe/Paris"},
                               {{"VALARA_API_KEY", "k"}}, 60000);
        const qint64 elapsed = timer.elapsed();
        const QString what = run.describe() + QStringLiteral("\nafter %1 ms").arg(elapsed);
        QVERIFY2(run.finished && run.exitCode == 6, qPrintable(what));
        QVERIFY2(run.errLines().size() == 1, qPrintable(what));
        QVERIFY2(QString::fromUtf8(run.errLines().at(0)).contains(QLatin1String("did not answer")),
                 qPrintable(what));
        QVERIFY2(elapsed >= 27000 && elapsed < 45000, qPrintable(what));
        QVERIFY2(server.requestCount() == 3, qPrintable(what)); // three attempts of 10 s
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
