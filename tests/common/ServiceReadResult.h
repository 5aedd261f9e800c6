// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ServiceRead.h"

#include <QSignalSpy>

namespace valara::testing {

// Starts `read` and waits for its one report. An empty result (no error, no value) when nothing
// came within 5 s or it reported more than once by then.
inline ApiResult startAndWait(ServiceRead *read)
{
    QSignalSpy finished(read, &ServiceRead::finished);
    read->start();
    if (!finished.wait(5000) || finished.size() != 1)
        return {};
    return finished.at(0).at(0).value<ApiResult>();
}

} // namespace valara::testing
