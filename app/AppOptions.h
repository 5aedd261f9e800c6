// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace valara {

// The valara-desk command line:
//   valara-desk --demo                        an in-process sandbox with sample data
//   VALARA_API_KEY=... valara-desk --base-url https://valara.cloud
//   VALARA_SESSION_TOKEN=... valara-desk --me-api --base-url https://api.example.com
//   valara-desk --demo --me-api               the demo's Me API account
//   valara-desk --version | --help
// Without --demo or --base-url the window opens and explains how to connect.
class AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    enum class Mode
    {
        Unconfigured,
        Demo,
        Remote
    };
    enum class Outcome
    {
        Run,
        ShowHelp,
        ShowVersion,
        Error
    };

    AppOptions();
    AppOptions(const AppOptions &) = delete;
    AppOptions &operator=(const AppOptions &) = delete;

    // `arguments` starts with the program name. `apiKey` is the value of VALARA_API_KEY,
    // `sessionToken` that of VALARA_SESSION_TOKEN.
    Outcome parse(const QStringList &arguments, const QByteArray &apiKey,
                  const QByteArray &sessionToken = {});
    // True when the arguments only ask for --help or --version: these need no display.
    static bool isInformationRequest(const QStringList &arguments);

    Mode mode() const { return m_mode; }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray apiKey() const { return m_apiKey; }
    // A Me API account (docs/api-contract.md M1-M13) rather than a Valara one.
    bool isMeApi() const { return m_meApi; }
    // For a Me API account: the session token; empty means ask for it.
    QByteArray sessionToken() const { return m_sessionToken; }
    // Why parse() returned Error, or a warning for Run (such as a missing VALARA_API_KEY).
    QString message() const { return m_message; }
    QString helpText() const { return m_parser.helpText(); }
    // After an Error: whether options unknown to us were given (they may be Qt's own, such as
    // -platform, which QApplication removes from the arguments).
    bool hasUnknownOptions() const { return !m_parser.unknownOptionNames().isEmpty(); }
    static QString versionText();

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_baseUrlOption;
    QCommandLineOption m_meApiOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    Mode m_mode = Mode::Unconfigured;
    bool m_meApi = false;
    QByteArray m_sessionToken;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    QString m_message;
};

} // namespace valara
