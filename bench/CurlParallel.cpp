// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/CurlParallel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace valara {

QString CurlParallel::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("curl"));
}

QByteArray CurlParallel::quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

QByteArray CurlParallel::config(const QList<Transfer> &transfers)
{
    QByteArray text;
    for (qsizetype i = 0; i < transfers.size(); ++i) {
        const Transfer &transfer = transfers.at(i);
        if (i > 0)
            text += "next\n"; // each transfer its own options (headers, body)
        text += "url = " + quoted(transfer.url.toEncoded()) + '\n';
        text += "request = " + quoted(transfer.method) + '\n';
        for (const auto &[name, value] : transfer.headers)
            text += "header = " + quoted(name + ": " + value) + '\n';
        if (!transfer.body.isEmpty())
            text += "data-raw = " + quoted(transfer.body) + '\n';
        text += "http1.1\nsilent\noutput = \"/dev/null\"\nwrite-out = \"%{http_code}\\n\"\n";
    }
    return text;
}

CurlParallel::Result CurlParallel::run(const QString &curl, const QList<Transfer> &transfers,
                                       int parallel, const QString &configPath)
{
    Result result;
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(config(transfers)) < 0) {
        result.problem = QStringLiteral("cannot write %1: %2").arg(configPath, file.errorString());
        return result;
    }
    file.close();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, {QStringLiteral("--parallel"), QStringLiteral("--parallel-max"),
                         QString::number(parallel), QStringLiteral("--silent"),
                         QStringLiteral("--config"), configPath});
    if (!process.waitForFinished(600000)) {
        result.problem = QStringLiteral("curl did not finish: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    result.ran = true;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            ++result.statuses[line];
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        result.problem = QStringLiteral("curl exited with %1: %2")
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return result;
}

} // namespace valara
