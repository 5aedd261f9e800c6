// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxExchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace valara::testing {
class SandboxHarness;
}

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

// Runs the real valara-cli binary (VALARA_CLI_BIN) to its end without blocking the event loop
// that serves the in-process sandbox, and helpers to look at what the sandbox saw.
namespace CliProcess {

// Every credential of the contract fixture: none may ever be printed.
extern const QList<QByteArray> FixtureKeys;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
    QList<QByteArray> errLines() const;
    QString describe() const;
    bool shows(const QByteArray &secret) const;
};

using Environment = QList<QPair<QString, QString>>;

// Starts valara-cli in `process` with only the given VALARA_* variables, no QT_LOGGING_RULES and
// in English (LANG=C.UTF-8) unless given, and `input` on its stdin (closed after it unless
// `keepInputOpen`: the caller writes more); the caller waits for it without blocking the event
// loop.
void startCli(QProcess *process, const QStringList &arguments, const Environment &variables,
              const QByteArray &input = {}, bool keepInputOpen = false);
// Waits (the event loop running) for a process startCli() started, whose QProcess::finished
// `finished` spies on; kills it after `timeoutMs`.
Run waitForCli(QProcess *process, QSignalSpy *finished, int timeoutMs = 90000);
// Runs valara-cli (killed after `timeoutMs`) as startCli() starts it, to its end.
Run runCli(const QStringList &arguments, const Environment &variables, int timeoutMs = 90000,
           const QByteArray &input = {});
// VALARA_BASE_URL pointing at the sandbox, and VALARA_API_KEY.
Environment withKey(const SandboxHarness &h, const QByteArray &key);
QList<SandboxExchange> exchanges(const QSignalSpy &spy);
QJsonObject bodyOf(const SandboxExchange &exchange);
// The PATCH requests among the exchanges.
QList<SandboxExchange> writes(const QSignalSpy &spy);
// stdout as JSON objects, one a line (a change for many people); empty when any line is not one.
QList<QJsonObject> jsonLines(const Run &run);
// The "user_id" of each line.
QStringList userIds(const QList<QJsonObject> &lines);

} // namespace CliProcess

// Finished, with this exit code, and no fixture credential in its output.
#define VERIFY_RUN(run, code)                                                                      \
    do {                                                                                           \
        QVERIFY2((run).finished, qPrintable((run).describe()));                                    \
        QVERIFY2((run).exitCode == (code), qPrintable((run).describe()));                          \
        for (const QByteArray &key : CliProcess::FixtureKeys)                                      \
            QVERIFY2(!(run).shows(key), qPrintable((run).describe()));                             \
    } while (false)
