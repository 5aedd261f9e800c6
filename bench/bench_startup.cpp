// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup: how long valara-desk takes from its start to its first painted window, and how
// much memory it holds by then, against a bare Qt window built in the same tree (startup/
// bare_window.cpp), started interleaved with it on the same private Xvfb. Two modes: --demo (the
// app also starts its in-process sandbox) and a sign-in against a valara-sandbox already running.
//
//   build/bench/bench_startup [rounds] [demo|signin|both]      (default: 15 both)
//
// Prints per mode:
//   startup: app median A ms, bare Qt median F ms, ratio R; peak memory app M MiB, bare B MiB
// and the goals of each mode with whether they are met. Not a test: run on demand, on a quiet
// machine.
#include "bench/BenchSandbox.h"
#include "bench/startup/StartupRun.h"
#include "bench/startup/VirtualDisplay.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace valara;

namespace {

struct Mode
{
    QString name;
    QStringList arguments;
    QProcessEnvironment environment;
    double ratioGoal = 0;
    double memoryGoalMiB = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The fixture's first administrator's API key.
QByteArray adminKey(const QString &fixturePath)
{
    QFile file(fixturePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray users =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : users) {
        if (user.toObject().value(QLatin1String("role")).toString() == QLatin1String("admin"))
            return user.toObject().value(QLatin1String("api_key")).toString().toUtf8();
    }
    return {};
}

// The phases' medians, in the order traced: "main 52, application 110, …".
struct Phases
{
    QStringList order;
    QHash<QString, QList<double>> values;

    void add(const StartupRun &run)
    {
        for (const auto &[name, ms] : run.phases) {
            if (!values.contains(name))
                order.append(name);
            values[name].append(ms);
        }
    }
    QString summary() const
    {
        QStringList parts;
        for (const QString &name : order)
            parts.append(
                QStringLiteral("%1 %2").arg(name).arg(median(values.value(name)), 0, 'f', 0));
        return parts.join(QStringLiteral(", "));
    }
};

// Interleaved starts of the app and the bare window; false when a start failed.
bool runMode(const Mode &mode, int rounds)
{
    const QString app = QStringLiteral(VALARA_DESK_BIN);
    const QString bare = QStringLiteral(VALARA_BARE_WINDOW_BIN);
    const int settleMs = 1000;
    QList<double> appMs, bareMs, appMiB, bareMiB;
    Phases appPhases, barePhases;
    std::printf("mode: %s, %d rounds (one more first, not counted)\n", qPrintable(mode.name),
                rounds);
    for (int round = 0; round <= rounds; ++round) {
        // Alternating which goes first, so that neither always follows the other.
        for (int turn = 0; turn < 2; ++turn) {
            const bool appTurn = (turn == 0) == (round % 2 == 0);
            const StartupRun run =
                appTurn ? StartupRun::measure(app, mode.arguments, mode.environment, settleMs)
                        : StartupRun::measure(bare, {}, mode.environment, settleMs);
            if (!run.ok) {
                std::fprintf(stderr, "bench_startup: %s\n", qPrintable(run.error));
                return false;
            }
            if (round == 0)
                continue; // the first start fills the caches
            (appTurn ? appMs : bareMs).append(run.firstPaintMs);
            (appTurn ? appMiB : bareMiB).append(run.peakMiB);
            (appTurn ? appPhases : barePhases).add(run);
        }
    }
    const double a = median(appMs), f = median(bareMs), m = median(appMiB), b = median(bareMiB);
    const double ratio = f > 0 ? a / f : 0;
    std::printf("startup: app median %.0f ms, bare Qt median %.0f ms, ratio %.2f; peak memory app "
                "%.1f MiB, bare %.1f MiB\n",
                a, f, ratio, m, b);
    std::printf("phases, median ms from the start: app %s; bare %s\n",
                qPrintable(appPhases.summary()), qPrintable(barePhases.summary()));
    std::printf("goals (%s): ratio <= %.1f %s; memory app - bare = %.1f MiB <= %.0f MiB %s\n",
                qPrintable(mode.name), mode.ratioGoal, ratio <= mode.ratioGoal ? "met" : "NOT met",
                m - b, mode.memoryGoalMiB, m - b <= mode.memoryGoalMiB ? "met" : "NOT met");
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int rounds = arguments.size() > 1 ? std::max(1, arguments.at(1).toInt()) : 15;
    const QString which = arguments.size() > 2 ? arguments.at(2) : QStringLiteral("both");

    QString error;
    VirtualDisplay display;
    if (!display.start(&error)) {
        std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
        return 1;
    }
    // A fresh home for the programs' settings and journals, the same for every start.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SESSION_MANAGER"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("DISPLAY"), display.name());
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("VALARA_STARTUP_TRACE"), QStringLiteral("1"));
    std::printf("display %s (Xvfb), home %s\n", qPrintable(display.name()),
                qPrintable(home.path()));

    bool ok = true;
    if (which == QLatin1String("demo") || which == QLatin1String("both")) {
        ok = runMode({QStringLiteral("--demo"), {QStringLiteral("--demo")}, environment, 1.5, 25},
                     rounds) &&
             ok;
    }
    if (which == QLatin1String("signin") || which == QLatin1String("both")) {
        const QString fixture = QStringLiteral(VALARA_DEMO_FIXTURE);
        BenchSandbox sandbox;
        if (!sandbox.startWith(QStringLiteral(VALARA_SANDBOX_BIN),
                               {QStringLiteral("--fixture"), fixture}, &error)) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
            return 1;
        }
        QProcessEnvironment signIn = environment;
        signIn.insert(QStringLiteral("VALARA_API_KEY"), QString::fromUtf8(adminKey(fixture)));
        ok = runMode({QStringLiteral("sign-in to a running sandbox"),
                      {QStringLiteral("--base-url"), sandbox.baseUrl().toString()},
                      signIn,
                      1.3,
                      15},
                     rounds) &&
             ok;
    }
    return ok ? 0 : 1;
}
