// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace valara {

// valara-sandbox as a child process, as a user runs it: its own process, so that its work
// (routing, SQLite, JSON) is not charged to the client being timed, and curl can reach it too.
// Its database lives in a temporary folder on /dev/shm when there is one (memory: its own
// writes never wait for a disk), so that what is measured is the client. Stopped on destruction.
class BenchSandbox
{
public:
    BenchSandbox();
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    // Starts it with `users` generated users (--generate-users) and every answer delayed by
    // `latencyMs`; false, with *error, when it does not say where it listens.
    bool start(const QString &executable, int users, int latencyMs, QString *error);
    // Starts it with these arguments besides --port 0 and --db (for example a --fixture).
    bool startWith(const QString &executable, const QStringList &arguments, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    QString databasePath() const;

    // How many of `userIds` hold `value` as their preference `key`, as the sandbox stored it
    // (read from its database, not through the API); -1, with *error, when it cannot be read.
    int countHolding(const QStringList &userIds, const QString &key, const QString &value,
                     QString *error) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace valara
