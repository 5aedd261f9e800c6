// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/startup/StartupRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>

namespace valara {

namespace {

long long steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// VmHWM of /proc/<pid>/status, in MiB; 0 when it cannot be read.
double peakResidentMiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression line(QStringLiteral("^VmHWM:\\s+(\\d+) kB$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0;
}

} // namespace

StartupRun StartupRun::measure(const QString &program, const QStringList &arguments,
                               const QProcessEnvironment &environment, int settleMs)
{
    StartupRun run;
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("stderr.log"));
    QProcess process;
    process.setProcessEnvironment(environment);
    // The program's messages go to a file, read while waiting: a pipe left unread could block it.
    process.setStandardErrorFile(log);
    process.setStandardOutputFile(QProcess::nullDevice());
    const long long started = steadyNowNs();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        run.error = program + QStringLiteral(" did not start: ") + process.errorString();
        return run;
    }

    static const QRegularExpression trace(QStringLiteral("^valara-startup: first-paint (\\d+)$"),
                                          QRegularExpression::MultilineOption);
    static const QRegularExpression phase(QStringLiteral("^valara-startup: (\\S+) (\\d+)$"),
                                          QRegularExpression::MultilineOption);
    QString messages;
    QElapsedTimer waited;
    waited.start();
    long long painted = 0;
    // The moment is the program's own; how soon it is read here does not change it.
    while (painted == 0 && waited.elapsed() < 60000 && process.state() == QProcess::Running) {
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            messages = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch match = trace.match(messages);
            if (match.hasMatch())
                painted = match.captured(1).toLongLong();
        }
        if (painted == 0)
            QThread::msleep(5);
    }
    if (painted == 0) {
        QFile file(log);
        file.open(QIODevice::ReadOnly);
        run.error = QStringLiteral("%1 traced no first paint; its messages:\n%2")
                        .arg(program, QString::fromUtf8(file.readAll().right(2000)));
    } else {
        QThread::msleep(settleMs);
        // The phases traced after the paint too (the sign-in, say).
        QFile file(log);
        if (file.open(QIODevice::ReadOnly))
            messages = QString::fromUtf8(file.readAll());
        run.firstPaintMs = double(painted - started) / 1e6;
        for (auto it = phase.globalMatch(messages); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            run.phases.append(
                {match.captured(1), double(match.captured(2).toLongLong() - started) / 1e6});
        }
        run.peakMiB = peakResidentMiB(process.processId());
        run.ok = run.peakMiB > 0;
        if (!run.ok)
            run.error = program + QStringLiteral(": its peak memory could not be read");
    }
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return run;
}

} // namespace valara
