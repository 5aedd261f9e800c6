// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

namespace valara {

// Many requests sent by ONE `curl --parallel` invocation, over HTTP/1.1 with keep-alive: what a
// lean client achieves against the same server, as a yardstick for the app's own bulk change.
// The transfers are written to a curl config file (url, request, header, data-raw, one block per
// transfer) and curl reports each one's status with --write-out.
class CurlParallel
{
public:
    struct Transfer
    {
        QUrl url;
        QByteArray method;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Result
    {
        bool ran = false;
        QString problem;                // why it did not run, or how it failed
        double seconds = 0;             // from starting curl to its exit
        QMap<QByteArray, int> statuses; // HTTP status -> transfers answered with it
    };

    // The curl on PATH, or empty.
    static QString executable();
    // Runs `transfers`, at most `parallel` at a time; `configPath` receives the config file.
    static Result run(const QString &curl, const QList<Transfer> &transfers, int parallel,
                      const QString &configPath);

private:
    static QByteArray quoted(const QByteArray &value);
    static QByteArray config(const QList<Transfer> &transfers);
};

} // namespace valara
