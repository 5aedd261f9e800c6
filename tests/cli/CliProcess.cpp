// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include "SandboxHarness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

using namespace valara;
using namespace valara::testing;

namespace CliProcess {

const QList<QByteArray> FixtureKeys = {"key-admin-a1", "key-broker-b1", "key-agent-g1",
                                       "key-agent-g2", "key-photo-p1",  "key-agent-g3",
                                       "key-agent-s1"};

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QList<QByteArray> Run::errLines() const
{
    QList<QByteArray> lines = err.split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

QString Run::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(exitCode)
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

bool Run::shows(const QByteArray &secret) const
{
    return out.contains(secret) || err.contains(secret);
}

void startCli(QProcess *process, const QStringList &arguments, const Environment &variables,
              const QByteArray &input, bool keepInputOpen)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("VALARA_")))
            environment.remove(key);
    }
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    // English, whatever the machine's language, unless the test says otherwise.
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(VALARA_CLI_BIN), arguments);
    if (!input.isEmpty())
        process->write(input);
    if (!keepInputOpen)
        process->closeWriteChannel();
}

Run runCli(const QStringList &arguments, const Environment &variables, int timeoutMs,
           const QByteArray &input)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(&process, arguments, variables, input);
    return waitForCli(&process, &finished, timeoutMs);
}

Run waitForCli(QProcess *process, QSignalSpy *finished, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Never waitForFinished(): the sandbox answers from this event loop.
    while (finished->isEmpty() && timer.elapsed() < timeoutMs)
        finished->wait(500);

    Run result;
    result.finished = !finished->isEmpty();
    if (!result.finished) {
        process->kill();
        finished->wait(5000);
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

Environment withKey(const SandboxHarness &h, const QByteArray &key)
{
    return {{QStringLiteral("VALARA_BASE_URL"), h.url(QStringLiteral("/")).toString()},
            {QStringLiteral("VALARA_API_KEY"), QString::fromLatin1(key)}};
}

QList<SandboxExchange> exchanges(const QSignalSpy &spy)
{
    QList<SandboxExchange> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).value<SandboxExchange>());
    return list;
}

QJsonObject bodyOf(const SandboxExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.requestBody).object();
}

QList<SandboxExchange> writes(const QSignalSpy &spy)
{
    QList<SandboxExchange> found;
    for (const SandboxExchange &exchange : exchanges(spy)) {
        if (exchange.method == "PATCH")
            found.append(exchange);
    }
    return found;
}

QList<QJsonObject> jsonLines(const Run &run)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        lines.append(document.object());
    }
    return lines;
}

QStringList userIds(const QList<QJsonObject> &lines)
{
    QStringList ids;
    for (const QJsonObject &line : lines)
        ids.append(line.value("user_id").toString());
    return ids;
}

} // namespace CliProcess
