// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppOptions.h"
#include "app/AppSession.h"

#include <QStringList>

#include <memory>

namespace valara::testing {

// An AppSession set up and started as `valara-desk <arguments>` would be, with `apiKey` as
// VALARA_API_KEY; null, with the reason in *error, when the options are refused or the start
// fails.
inline std::unique_ptr<AppSession> startAppSession(const QStringList &arguments, QString *error,
                                                   const QByteArray &apiKey = {})
{
    AppOptions options;
    if (options.parse(QStringList{QStringLiteral("valara-desk")} + arguments, apiKey) !=
        AppOptions::Outcome::Run) {
        *error = QStringLiteral("options refused: ") + options.message();
        return nullptr;
    }
    auto session = std::make_unique<AppSession>(options);
    if (!session->start(error))
        return nullptr;
    return session;
}

} // namespace valara::testing
