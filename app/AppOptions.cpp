// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppOptions.h"

#include "api/ApiClient.h"

namespace valara {

AppOptions::AppOptions()
    : m_demoOption(QStringLiteral("demo"),
                   tr("Start a local sandbox with sample data and connect to it."))
    , m_baseUrlOption(QStringLiteral("base-url"),
                      tr("Connect to the Valara service at <url> (for example "
                         "https://valara.cloud), signing in with the API key in "
                         "VALARA_API_KEY."),
                      tr("url"))
    , m_meApiOption(QStringLiteral("me-api"),
                    tr("Use a Me API account: with --base-url, signing in with the session token "
                       "in VALARA_SESSION_TOKEN (asked for when it is not set); with --demo, "
                       "the demo's."))
    , m_helpOption(QStringList() << QStringLiteral("h") << QStringLiteral("help"),
                   tr("Show this help and exit."))
    , m_versionOption(QStringList() << QStringLiteral("v") << QStringLiteral("version"),
                      tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("Valara Desk: edit Valara user profiles and localization preferences."));
    m_parser.addOption(m_demoOption);
    m_parser.addOption(m_baseUrlOption);
    m_parser.addOption(m_meApiOption);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
}

bool AppOptions::isInformationRequest(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

QString AppOptions::versionText()
{
    return QStringLiteral("valara-desk %1").arg(QStringLiteral(VALARA_VERSION));
}

AppOptions::Outcome AppOptions::parse(const QStringList &arguments, const QByteArray &apiKey,
                                      const QByteArray &sessionToken)
{
    m_mode = Mode::Unconfigured;
    m_baseUrl.clear();
    m_apiKey.clear();
    m_sessionToken.clear();
    m_meApi = false;
    m_message.clear();

    if (!m_parser.parse(arguments)) {
        m_message = m_parser.errorText();
        return Outcome::Error;
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty()) {
        m_message = tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst());
        return Outcome::Error;
    }

    const bool demo = m_parser.isSet(m_demoOption);
    const bool remote = m_parser.isSet(m_baseUrlOption);
    if (demo && remote) {
        m_message = tr("Use either --demo or --base-url, not both.");
        return Outcome::Error;
    }
    m_meApi = m_parser.isSet(m_meApiOption);
    if (demo) {
        m_mode = Mode::Demo;
        return Outcome::Run;
    }
    if (!remote) {
        if (m_meApi) {
            m_message = tr("--me-api needs --base-url (or --demo).");
            return Outcome::Error;
        }
        return Outcome::Run;
    }

    const QString text = m_parser.value(m_baseUrlOption).trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (!text.contains(QLatin1String("://")) || !url.isValid()) {
        m_message = tr("--base-url needs an absolute URL such as https://valara.cloud, not "
                       "\"%1\".")
                        .arg(text);
        return Outcome::Error;
    }
    QString refusal;
    if (!ApiClient::isAllowedBaseUrl(url, &refusal)) {
        m_message = refusal;
        return Outcome::Error;
    }
    m_baseUrl = url;
    if (m_meApi) {
        m_sessionToken = sessionToken.trimmed(); // asked for in the window when empty
        m_mode = Mode::Remote;
        return Outcome::Run;
    }
    m_apiKey = apiKey.trimmed();
    if (m_apiKey.isEmpty()) {
        m_message = tr("VALARA_API_KEY is not set: not connecting to %1.").arg(url.host());
        m_baseUrl.clear();
        return Outcome::Run;
    }
    m_mode = Mode::Remote;
    return Outcome::Run;
}

} // namespace valara
