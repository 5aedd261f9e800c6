// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliExitCode.h"
#include "cli/me/CliMeCredentials.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>
#include <optional>

namespace valara {

class ApiClient;
struct CliCommand;
class CliPrompt;
class IdentityClient;
class MeSignIn;
class SessionTokenSource;

// The Me API's native sign-in from valara-cli (docs/api-contract.md S1-S10), on the app's
// MeSignIn: `me login` asks (or reads from stdin) and keeps the client token, `me logout` ends
// the client's sessions and forgets it, and the other me commands mint a session token for each
// request from the kept sign-in. The publishable key: --publishable-key, else
// VALARA_PUBLISHABLE_KEY, else (after login) the one kept with the sign-in.
class CliMeSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CliMeSignIn)

public:
    static constexpr const char *PublishableKeyVariable = "VALARA_PUBLISHABLE_KEY";

    CliMeSignIn(const QUrl &baseUrl, const CliCommand &command,
                const QProcessEnvironment &environment, QTextStream &out, QTextStream &err);
    ~CliMeSignIn();

    CliExitCode login();
    CliExitCode logout();
    // For me get / set-timezone / clear-timezone: `client` sends a session token minted from the
    // kept sign-in with every request. Nullopt when it does; else the exit code (the reason is
    // printed). `none` is set when there is no sign-in kept at all.
    std::optional<CliExitCode> attach(ApiClient *client, bool *none);
    // After the command: a client token the service replaced meanwhile is kept instead.
    void keepNewClientToken();

private:
    // The publishable key given, or `kept`; prints why it cannot be used.
    bool useKey(const QString &kept);
    bool wait();
    CliExitCode refused(CliExitCode code);
    void printError(const QString &message);
    CliExitCode chooseOrganization(CliPrompt &prompt);

    const CliCommand &m_command;
    QProcessEnvironment m_environment;
    QTextStream &m_out;
    QTextStream &m_err;
    CliMeCredentials m_credentials;
    QString m_key;
    QByteArray m_keptToken; // the client token as kept: a new one from the service replaces it
    QNetworkAccessManager m_network;
    std::unique_ptr<IdentityClient> m_identity;
    std::unique_ptr<MeSignIn> m_signIn;
    std::unique_ptr<SessionTokenSource> m_tokens;
};

} // namespace valara
