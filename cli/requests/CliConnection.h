// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/requests/CliRequestPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace valara {

class CliArguments;

// Where and as whom a command talks: the base URL (--base-url, else VALARA_BASE_URL, else
// https://valara.cloud), the credential (VALARA_API_KEY, or VALARA_SESSION_TOKEN for the Me API;
// without either, the me commands use the sign-in kept by "me login") and the timeout. The
// credential is never part of any message.
struct CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    static constexpr const char *DefaultBaseUrl = "https://valara.cloud";
    static constexpr const char *BaseUrlVariable = "VALARA_BASE_URL";
    static constexpr const char *ApiKeyVariable = "VALARA_API_KEY";
    static constexpr const char *SessionTokenVariable = "VALARA_SESSION_TOKEN";

    QUrl baseUrl;
    QByteArray token;
    QString tokenVariable;       // which variable the token came from
    bool apiKeyForMeApi = false; // VALARA_SESSION_TOKEN unset: the API key is sent (and refused)
    int timeoutMs = 30000;

    // Appends one line per problem (refused URL, missing or malformed credential) to `problems`.
    static CliConnection resolve(const CliArguments &arguments, CliRequestPlan::Api api,
                                 const QProcessEnvironment &environment, QStringList *problems);
};

} // namespace valara
