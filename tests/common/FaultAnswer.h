// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MisbehavingServer.h"

#include <QByteArray>

namespace valara::testing {

// What a MisbehavingServer connection sends for one request: `head`, then `unit` `units` times
// (one byte every `trickleMs` when that is set), then `tail`, and then how the connection ends.
// Large answers repeat one small unit, so nothing of the announced size is ever allocated.
struct FaultAnswer
{
    enum class End
    {
        KeepAlive, // a complete answer: the next request may follow on the connection
        Close,     // closes normally (FIN) once everything is sent
        Reset,     // closes with an RST
        Stay,      // stays open, reading nothing more (until the client or the hard stop ends it)
    };

    QByteArray head;
    QByteArray unit;
    qint64 units = 0;
    QByteArray tail;
    int trickleMs = 0;
    End end = End::KeepAlive;

    qint64 size() const { return head.size() + unit.size() * units + tail.size(); }

    // The answer to `request` under `play`; `origin` is the server's http://127.0.0.1:PORT.
    static FaultAnswer forPlay(const MisbehavingServer::Play &play,
                               const MisbehavingServer::Request &request, const QByteArray &origin);

    // A gzip member of 1 GiB of zeros (about 1 MiB), built once from independent deflate blocks.
    static QByteArray gzipBomb();
    static constexpr qint64 BombInflatedSize = qint64(1) << 30;
    static constexpr qint64 OversizedBytes = qint64(300) << 20;
    static constexpr int NestingDepth = 100000;
};

} // namespace valara::testing
