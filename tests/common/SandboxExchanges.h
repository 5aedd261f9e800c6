// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/http/SandboxExchange.h"

#include <QList>
#include <QSignalSpy>

namespace valara::testing {

// The exchanges a spy on SandboxServer::exchangeCompleted has seen, in order.
inline QList<sandbox::SandboxExchange> exchangesOf(const QSignalSpy &spy)
{
    QList<sandbox::SandboxExchange> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).value<sandbox::SandboxExchange>());
    return list;
}

} // namespace valara::testing
