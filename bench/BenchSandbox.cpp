// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/BenchSandbox.h"

#include "sandbox/store/SandboxStore.h"

#include <QDir>
#include <QRegularExpression>

namespace valara {

BenchSandbox::BenchSandbox()
{
    const QString shm = QStringLiteral("/dev/shm");
    m_dir = QDir(shm).exists()
                ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/valara-bench-XXXXXX"))
                : std::make_unique<QTemporaryDir>();
}

BenchSandbox::~BenchSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

QString BenchSandbox::databasePath() const
{
    return m_dir->filePath(QStringLiteral("sandbox.sqlite"));
}

bool BenchSandbox::start(const QString &executable, int users, int latencyMs, QString *error)
{
    return startWith(executable,
                     {QStringLiteral("--generate-users"), QString::number(users),
                      QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--latency-ms"),
                      QString::number(latencyMs)},
                     error);
}

bool BenchSandbox::startWith(const QString &executable, const QStringList &arguments,
                             QString *error)
{
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder for the sandbox: ") + m_dir->errorString();
        return false;
    }
    // One line per request on stderr: kept next to the database, for a look after a failure.
    m_process.setStandardErrorFile(m_dir->filePath(QStringLiteral("sandbox.log")));
    m_process.start(executable, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--db"), databasePath()} +
                                    arguments);
    QByteArray out;
    while (!out.contains('\n') && m_process.waitForReadyRead(30000))
        out += m_process.readAllStandardOutput();
    static const QRegularExpression line(QStringLiteral("^listening on (http://\\S+)\n"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        *error = QStringLiteral("%1 did not start (%2); its log: %3")
                     .arg(executable, m_process.errorString(),
                          m_dir->filePath(QStringLiteral("sandbox.log")));
        return false;
    }
    m_baseUrl = QUrl(match.captured(1) + u'/');
    return true;
}

int BenchSandbox::countHolding(const QStringList &userIds, const QString &key, const QString &value,
                               QString *error) const
{
    // A second connection to the sandbox's WAL database: it reads what has been committed.
    sandbox::SandboxStore store(databasePath());
    if (!store.open(error))
        return -1;
    int holding = 0;
    for (const QString &userId : userIds) {
        const std::optional<sandbox::SandboxUser> user = store.userById(userId);
        holding += user && user->preferences.value(key).toString() == value;
    }
    return holding;
}

} // namespace valara
