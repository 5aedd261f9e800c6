// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/me/CliMeSignIn.h"

#include "api/ApiClient.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "api/identity/SessionTokenSource.h"
#include "cli/CliLogging.h"
#include "cli/arguments/CliCommand.h"
#include "cli/me/CliPrompt.h"
#include "models/meapi/signin/MeOrganizationsModel.h"
#include "models/meapi/signin/MeSignIn.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace valara {

CliMeSignIn::CliMeSignIn(const QUrl &baseUrl, const CliCommand &command,
                         const QProcessEnvironment &environment, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_environment(environment)
    , m_out(out)
    , m_err(err)
    , m_credentials(baseUrl, command.tokenFile)
    , m_identity(std::make_unique<IdentityClient>(&m_network, QUrl()))
    , m_signIn(std::make_unique<MeSignIn>(m_identity.get()))
    , m_tokens(std::make_unique<SessionTokenSource>(m_identity.get()))
{}

CliMeSignIn::~CliMeSignIn() = default;

void CliMeSignIn::keepNewClientToken()
{
    // The service may hand out a new client token with any answer: the kept one follows.
    if (m_keptToken.isEmpty() || m_identity->clientToken() == m_keptToken)
        return;
    QString error;
    if (m_credentials.save({m_key, m_identity->clientToken()}, &error))
        m_keptToken = m_identity->clientToken();
    else
        //: %1: why the sign-in could not be written.
        printError(tr("warning: the service's new sign-in could not be kept (%1): run "
                      "valara-cli me login if the next command is refused")
                       .arg(error));
}

void CliMeSignIn::printError(const QString &message)
{
    m_err << "valara-cli: " << message << '\n';
    m_err.flush();
}

bool CliMeSignIn::useKey(const QString &kept)
{
    QString text = m_command.publishableKey;
    if (text.isEmpty())
        text = m_environment.value(QLatin1String(PublishableKeyVariable)).trimmed();
    if (text.isEmpty())
        text = kept;
    const PublishableKey key = PublishableKey::parse(text);
    if (!key.isValid()) {
        //: %1: the environment variable (VALARA_PUBLISHABLE_KEY).
        printError(text.isEmpty()
                       ? tr("me login needs the service's publishable key: --publishable-key KEY, "
                            "or set %1")
                             .arg(QLatin1String(PublishableKeyVariable))
                       : tr("the publishable key is not one (it starts with pk_live_ or pk_test_ "
                            "and names the service)"));
        return false;
    }
    m_key = text;
    m_identity->setFrontendApi(key.frontendApiUrl());
    return true;
}

// Runs the event loop until the sign-in's request is answered (every request has a deadline).
bool CliMeSignIn::wait()
{
    while (m_signIn->isBusy()) { // an answer may lead to the next request (send the code)
        QEventLoop loop;
        QObject::connect(m_signIn.get(), &MeSignIn::busyChanged, &loop, [&loop](bool busy) {
            if (!busy)
                loop.quit();
        });
        loop.exec();
    }
    return m_signIn->fieldError(MeSignIn::Field::Identifier).isEmpty() &&
           m_signIn->fieldError(MeSignIn::Field::Password).isEmpty() &&
           m_signIn->fieldError(MeSignIn::Field::Code).isEmpty() && m_signIn->message().isEmpty();
}

// What the service or the local check refused, a line each. A field's problem is the person's
// (wrong password, wrong code: 3); anything else is the service's or the network's (6).
CliExitCode CliMeSignIn::refused(CliExitCode code)
{
    bool field = false;
    for (const MeSignIn::Field which :
         {MeSignIn::Field::Identifier, MeSignIn::Field::Password, MeSignIn::Field::Code}) {
        if (!m_signIn->fieldError(which).isEmpty()) {
            printError(m_signIn->fieldError(which));
            field = true;
        }
    }
    if (!m_signIn->message().isEmpty())
        printError(m_signIn->message());
    if (!field && m_signIn->message().isEmpty())
        printError(tr("the sign-in did not finish"));
    return field ? CliExitCode::NotAllowed : code;
}

CliExitCode CliMeSignIn::login()
{
    if (!useKey(QString()))
        return CliExitCode::Usage;
    QString reason;
    if (!m_credentials.usesFile() && !CliMeCredentials::keychainAvailable(&reason)) {
        qCInfo(lcCli).noquote() << "me login: no keychain:" << reason;
        printError(tr("no keychain can keep the sign-in here: give --token-file PATH to keep it "
                      "in a file only you can read"));
        return CliExitCode::Usage;
    }
    const bool interactive = CliPrompt::isInteractive();
    CliPrompt prompt(m_err);
    QString identifier = m_command.identifier;
    if (identifier.isEmpty() && !interactive) {
        printError(tr("--identifier EMAIL is needed when nobody types at a terminal"));
        return CliExitCode::Usage;
    }
    if (identifier.isEmpty())
        identifier = prompt.ask(tr("E-mail address: ")).value_or(QString());
    if (m_command.emailCode) {
        m_signIn->sendEmailCode(identifier);
        if (!wait())
            return refused(CliExitCode::Unavailable);
        //: %1: where the code was sent.
        const auto code = prompt.ask(tr("Code sent to %1: ").arg(m_signIn->codeSentTo()));
        m_signIn->submitEmailCode(code.value_or(QString()));
    } else {
        if (!interactive && !m_command.passwordStdin) {
            printError(tr("no terminal to ask the password at: give it on stdin with "
                          "--password-stdin"));
            return CliExitCode::Usage;
        }
        const auto password = prompt.askSecret(tr("Password: "));
        m_signIn->signInWithPassword(identifier, password.value_or(QString()));
    }
    if (!wait())
        return refused(CliExitCode::Unavailable);
    if (m_signIn->step() == MeSignIn::Step::SecondFactor) {
        const auto code = prompt.ask(tr("Authenticator code: "));
        m_signIn->submitTotp(code.value_or(QString()));
        if (!wait())
            return refused(CliExitCode::Unavailable);
    }
    if (m_signIn->step() == MeSignIn::Step::Organization) {
        const CliExitCode chosen = chooseOrganization(prompt);
        if (chosen != CliExitCode::Ok)
            return chosen;
    }
    if (m_signIn->step() != MeSignIn::Step::SignedIn)
        return refused(CliExitCode::Unavailable);

    QString error;
    if (!m_credentials.save({m_key, m_identity->clientToken()}, &error)) {
        printError(error);
        return CliExitCode::Unavailable;
    }
    m_keptToken = m_identity->clientToken();
    //: %1: the token file's path.
    printError(m_credentials.usesFile()
                   ? tr("signed in; the sign-in is kept in %1, readable by you only: guard it as "
                        "you would a password")
                         .arg(m_credentials.file())
                   : tr("signed in; the sign-in is kept in the keychain"));
    m_out << QJsonDocument(QJsonObject{{QStringLiteral("signed_in"), true},
                                       {QStringLiteral("user_id"), m_signIn->userId()},
                                       {QStringLiteral("org_id"), m_signIn->orgId()},
                                       {QStringLiteral("kept_in"),
                                        m_credentials.usesFile() ? QStringLiteral("file")
                                                                 : QStringLiteral("keychain")}})
                 .toJson(QJsonDocument::Indented);
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode CliMeSignIn::chooseOrganization(CliPrompt &prompt)
{
    MeOrganizationsModel *organizations = m_signIn->organizations();
    QString orgId = m_command.orgId;
    if (orgId.isEmpty() && CliPrompt::isInteractive()) {
        for (int row = 0; row < organizations->rowCount(); ++row)
            m_err << "  " << row + 1 << ". " << organizations->index(row).data().toString() << " ("
                  << organizations->idAt(row) << ")\n";
        const auto answer =
            prompt.ask(tr("Organization to work in [1-%1]: ").arg(organizations->rowCount()));
        bool number = false;
        const int row = answer.value_or(QString()).trimmed().toInt(&number) - 1;
        orgId = number ? organizations->idAt(row) : QString();
        if (orgId.isEmpty()) {
            printError(tr("no such organization"));
            return CliExitCode::Usage;
        }
    } else if (orgId.isEmpty()) {
        orgId = m_signIn->orgId();
        //: %1: the organization's id.
        printError(tr("you belong to several organizations: working in %1 (choose with --org ID)")
                       .arg(orgId));
    }
    m_signIn->chooseOrganization(orgId);
    return wait() ? CliExitCode::Ok : refused(CliExitCode::Unavailable);
}

CliExitCode CliMeSignIn::logout()
{
    QString error;
    const std::optional<CliMeCredentials::SignIn> kept = m_credentials.load(&error);
    if (!kept) {
        if (!error.isEmpty()) {
            printError(error);
            return CliExitCode::Usage;
        }
        printError(tr("not signed in: nothing to sign out of"));
        return CliExitCode::Ok;
    }
    if (!useKey(kept->publishableKey))
        return CliExitCode::Usage;
    m_identity->setClientToken(kept->clientToken);
    ApiJob *job = m_identity->signOut();
    ApiResult result;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    // Already signed out on the service (401) is signed out.
    if (!result.ok() && result.error.kind != ApiError::Kind::Unauthorized) {
        //: %1: why the service could not be reached.
        printError(tr("the service could not sign you out (%1): the sign-in is still kept, try "
                      "again")
                       .arg(result.error.message));
        return CliExitCode::Unavailable;
    }
    if (!m_credentials.remove(&error)) {
        printError(error);
        return CliExitCode::Unavailable;
    }
    m_out << QJsonDocument(QJsonObject{{QStringLiteral("signed_out"), true}})
                 .toJson(QJsonDocument::Indented);
    m_out.flush();
    return CliExitCode::Ok;
}

std::optional<CliExitCode> CliMeSignIn::attach(ApiClient *client, bool *none)
{
    *none = false;
    QString error;
    const std::optional<CliMeCredentials::SignIn> kept = m_credentials.load(&error);
    if (!kept) {
        // A keychain that cannot be read (none on this system) holds no sign-in either.
        *none = error.isEmpty() || !m_credentials.usesFile();
        if (*none && !error.isEmpty())
            qCInfo(lcCli).noquote() << "no sign-in read from the keychain:" << error;
        else if (!error.isEmpty())
            printError(error);
        return CliExitCode::Usage;
    }
    if (!useKey(kept->publishableKey))
        return CliExitCode::Usage;
    m_identity->setClientToken(kept->clientToken);
    m_keptToken = kept->clientToken;
    m_signIn->resume();
    wait();
    if (m_signIn->step() != MeSignIn::Step::SignedIn) {
        if (!m_signIn->message().isEmpty()) {
            printError(m_signIn->message());
            return CliExitCode::Unavailable;
        }
        printError(tr("the sign-in has ended: run valara-cli me login again"));
        return CliExitCode::NotAllowed;
    }
    qCInfo(lcCli) << "Me API: a session token minted for each request";
    m_tokens->setSession(m_signIn->sessionId(), m_signIn->orgId());
    client->setTokenProvider(m_tokens.get());
    return std::nullopt;
}

} // namespace valara
