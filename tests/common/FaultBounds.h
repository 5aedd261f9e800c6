// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QtGlobal>

#include <sys/resource.h>

namespace valara::testing {

// The bounds of the fault suites. Sanitized builds (VALARA_SANITIZED) run slower and map memory
// of their own: every time bound there is three times as long, and memory is not bounded.
#ifdef VALARA_SANITIZED
inline constexpr int FaultTimeScale = 3;
inline constexpr bool FaultBoundsMemory = false;
#else
inline constexpr int FaultTimeScale = 1;
inline constexpr bool FaultBoundsMemory = true;
#endif

// A figure of /proc/self/status ("VmHWM", "VmSize"), in KiB; 0 where unknown.
inline qint64 procStatusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// This process's peak resident memory, in KiB.
inline qint64 peakResidentKiB()
{
    return procStatusKiB("VmHWM");
}

// A safety net, not a measure: caps the address space of this process, and of the processes it
// starts, at `moreMiB` above what it maps now, so that a client that does inflate a compression
// bomb fails its test instead of taking the machine's memory.
inline void capAddressSpace(qint64 moreMiB)
{
    if (!FaultBoundsMemory)
        return;
    const rlim_t cap = rlim_t((procStatusKiB("VmSize") + moreMiB * 1024) * 1024);
    rlimit limit{};
    getrlimit(RLIMIT_AS, &limit);
    if (limit.rlim_max == RLIM_INFINITY || cap < limit.rlim_max) {
        limit.rlim_cur = cap;
        setrlimit(RLIMIT_AS, &limit);
    }
}

} // namespace valara::testing
