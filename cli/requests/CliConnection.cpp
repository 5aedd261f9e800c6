// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requests/CliConnection.h"

#include "api/ApiClient.h"
#include "cli/CliLogging.h"
#include "cli/arguments/CliArguments.h"

namespace valara {

namespace {

// Visible ASCII only, so the token can go in a header as it is.
bool isHeaderSafe(const QByteArray &token)
{
    for (const char c : token) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

QUrl parseBaseUrl(const QString &source, const QString &text, QStringList *problems)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        //: %1: where the URL came from (--base-url or VALARA_BASE_URL); %2: what was given.
        problems->append(
            CliConnection::tr("%1 needs an absolute URL such as https://valara.cloud, not \"%2\"")
                .arg(source, text));
        return {};
    }
    QString refusal;
    if (!ApiClient::isAllowedBaseUrl(url, &refusal)) {
        //: %1: where the URL came from (--base-url or VALARA_BASE_URL); %2: why it is refused.
        problems->append(CliConnection::tr("%1: %2").arg(source, refusal));
        return {};
    }
    return url;
}

} // namespace

CliConnection CliConnection::resolve(const CliArguments &arguments, CliRequestPlan::Api api,
                                     const QProcessEnvironment &environment, QStringList *problems)
{
    CliConnection connection;
    connection.timeoutMs = arguments.timeoutMs();

    const QString fromEnvironment = environment.value(QLatin1String(BaseUrlVariable)).trimmed();
    if (arguments.hasBaseUrl())
        connection.baseUrl =
            parseBaseUrl(QStringLiteral("--base-url"), arguments.baseUrl(), problems);
    else if (!fromEnvironment.isEmpty())
        connection.baseUrl =
            parseBaseUrl(QLatin1String(BaseUrlVariable), fromEnvironment, problems);
    else
        connection.baseUrl = QUrl(QLatin1String(DefaultBaseUrl));

    const QByteArray apiKey = environment.value(QLatin1String(ApiKeyVariable)).toUtf8().trimmed();
    const QByteArray session =
        environment.value(QLatin1String(SessionTokenVariable)).toUtf8().trimmed();
    if (api == CliRequestPlan::Api::Me && !session.isEmpty()) {
        connection.token = session;
        connection.tokenVariable = QLatin1String(SessionTokenVariable);
    } else if (!apiKey.isEmpty()) {
        connection.token = apiKey;
        connection.tokenVariable = QLatin1String(ApiKeyVariable);
        connection.apiKeyForMeApi = api == CliRequestPlan::Api::Me;
    } else if (api == CliRequestPlan::Api::Me) {
        // The sign-in kept by "me login" is looked for (CliMeSignIn).
    } else {
        problems->append(
            tr("VALARA_API_KEY is not set: export the API key to use (Authorization: Bearer)"));
    }
    if (!connection.token.isEmpty() && !isHeaderSafe(connection.token)) {
        //: %1: the environment variable (VALARA_API_KEY or VALARA_SESSION_TOKEN).
        problems->append(tr("%1 contains spaces or control characters: it cannot be a valid token")
                             .arg(connection.tokenVariable));
        connection.token.clear();
    }
    if (connection.apiKeyForMeApi)
        qCInfo(lcCli) << "VALARA_SESSION_TOKEN is not set: sending VALARA_API_KEY to the Me API";
    qCDebug(lcCli).noquote() << "server" << connection.baseUrl.toDisplayString(QUrl::RemoveUserInfo)
                             << "credential from" << connection.tokenVariable << "timeout"
                             << connection.timeoutMs << "ms";
    return connection;
}

} // namespace valara
