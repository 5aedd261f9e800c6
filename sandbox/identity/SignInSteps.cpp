// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/identity/SignInSteps.h"

#include "sandbox/SandboxLog.h"
#include "sandbox/identity/FrontendPayloads.h"
#include "sandbox/identity/IdentityDirectory.h"
#include "sandbox/identity/Totp.h"
#include "sandbox/store/SandboxStore.h"

namespace valara::sandbox {

namespace {

QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

SandboxResponse strategyRefused(const QString &strategy, const QByteArray &traceId)
{
    return FrontendPayloads::error(
        400, QStringLiteral("strategy_for_user_invalid"), QStringLiteral("Invalid strategy"),
        QStringLiteral("The verification strategy \"%1\" is not valid for this step.")
            .arg(strategy),
        traceId, QStringLiteral("strategy"));
}

SandboxResponse passwordRefused(const QByteArray &traceId)
{
    const QString message =
        QStringLiteral("Password is incorrect. Try again, or use another method.");
    return FrontendPayloads::error(422, QStringLiteral("form_password_incorrect"), message, message,
                                   traceId, QStringLiteral("password"));
}

} // namespace

SignInSteps::SignInSteps(const SandboxStore &store, const IdentityDirectory &directory,
                         FrontendState &state, const FrontendPayloads &payloads, Clock clock)
    : m_store(store)
    , m_directory(directory)
    , m_state(state)
    , m_payloads(payloads)
    , m_clock(std::move(clock))
{}

SandboxResponse SignInSteps::answer(const FrontendState::Client &client,
                                    const FrontendState::SignIn &signIn) const
{
    return m_payloads.wrapped(m_payloads.signIn(signIn), &client);
}

SandboxResponse SignInSteps::create(FrontendState::Client &client, const QUrlQuery &form,
                                    const QByteArray &traceId)
{
    const QString identifier = field(form, "identifier").trimmed();
    const auto user = identifier.isEmpty() ? std::nullopt : m_store.userByEmail(identifier);
    if (!user) {
        return FrontendPayloads::error(422, QStringLiteral("form_identifier_not_found"),
                                       QStringLiteral("Couldn't find your account."),
                                       QStringLiteral("Couldn't find your account."), traceId,
                                       QStringLiteral("identifier"));
    }
    FrontendState::SignIn &signIn = m_state.createSignIn(client, user->id, identifier);
    const QString strategy = field(form, "strategy");
    if (strategy == QLatin1String("email_code")) {
        sendEmailCode(signIn);
    } else if (strategy == QLatin1String("password") ||
               form.hasQueryItem(QStringLiteral("password"))) {
        if (!m_directory.passwordMatches(field(form, "password"))) {
            return passwordRefused(traceId);
        }
        passFirstFactor(client, signIn);
    } else if (!strategy.isEmpty()) {
        return strategyRefused(strategy, traceId);
    }
    return answer(client, signIn);
}

SandboxResponse SignInSteps::prepareFirstFactor(FrontendState::Client &client,
                                                FrontendState::SignIn &signIn,
                                                const QUrlQuery &form, const QByteArray &traceId)
{
    const QString strategy = field(form, "strategy");
    if (strategy != QLatin1String("email_code") ||
        signIn.status != QLatin1String("needs_first_factor"))
        return strategyRefused(strategy, traceId);
    sendEmailCode(signIn);
    return answer(client, signIn);
}

SandboxResponse SignInSteps::attemptFirstFactor(FrontendState::Client &client,
                                                FrontendState::SignIn &signIn,
                                                const QUrlQuery &form, const QByteArray &traceId)
{
    const QString strategy = field(form, "strategy");
    if (signIn.status != QLatin1String("needs_first_factor"))
        return strategyRefused(strategy, traceId);
    if (strategy == QLatin1String("password")) {
        if (!m_directory.passwordMatches(field(form, "password"))) {
            return passwordRefused(traceId);
        }
    } else if (strategy == QLatin1String("email_code")) {
        if (signIn.emailCode.isEmpty())
            return strategyRefused(strategy, traceId); // no code was sent
        if (signIn.failedCodes >= MaxFailedCodes) {
            return FrontendPayloads::error(400, QStringLiteral("verification_failed"),
                                           QStringLiteral("Too many failed attempts"),
                                           QStringLiteral("Too many failed attempts. Request a "
                                                          "new code."),
                                           traceId, QStringLiteral("code"));
        }
        if (m_clock() > signIn.emailCodeExpiresAt) {
            return FrontendPayloads::error(400, QStringLiteral("verification_expired"),
                                           QStringLiteral("Code expired"),
                                           QStringLiteral("This code has expired. Request a new "
                                                          "one."),
                                           traceId, QStringLiteral("code"));
        }
        if (field(form, "code").trimmed() != signIn.emailCode)
            return wrongCode(signIn, traceId);
        signIn.emailCode.clear();
    } else {
        return strategyRefused(strategy, traceId);
    }
    passFirstFactor(client, signIn);
    return answer(client, signIn);
}

SandboxResponse SignInSteps::attemptSecondFactor(FrontendState::Client &client,
                                                 FrontendState::SignIn &signIn,
                                                 const QUrlQuery &form, const QByteArray &traceId)
{
    const QString strategy = field(form, "strategy");
    if (strategy != QLatin1String("totp") || signIn.status != QLatin1String("needs_second_factor"))
        return strategyRefused(strategy, traceId);
    if (signIn.failedCodes >= MaxFailedCodes) {
        return FrontendPayloads::error(400, QStringLiteral("verification_failed"),
                                       QStringLiteral("Too many failed attempts"),
                                       QStringLiteral("Too many failed attempts. Sign in again."),
                                       traceId, QStringLiteral("code"));
    }
    if (!Totp::accepts(m_directory.totpSecretOf(signIn.userId), field(form, "code").trimmed(),
                       m_clock()))
        return wrongCode(signIn, traceId);
    complete(client, signIn);
    return answer(client, signIn);
}

SandboxResponse SignInSteps::wrongCode(FrontendState::SignIn &signIn, const QByteArray &traceId)
{
    ++signIn.failedCodes;
    return FrontendPayloads::error(
        422, QStringLiteral("form_code_incorrect"), QStringLiteral("Incorrect code"),
        QStringLiteral("Incorrect code"), traceId, QStringLiteral("code"));
}

void SignInSteps::sendEmailCode(FrontendState::SignIn &signIn)
{
    const auto user = m_store.userById(signIn.userId);
    const QString email = user ? user->profile.value(QLatin1String("email")).toString() : QString();
    signIn.emailCode = m_state.newEmailCode();
    signIn.emailCodeExpiresAt = m_clock().addSecs(CodeLifetimeSeconds);
    signIn.failedCodes = 0;
    m_lastCodes.insert(email, signIn.emailCode);
    // The sandbox sends no e-mail: the code is in its log.
    qCInfo(lcSandbox).noquote() << "identity: sign-in code for" << email << "is"
                                << signIn.emailCode;
}

void SignInSteps::passFirstFactor(FrontendState::Client &client, FrontendState::SignIn &signIn)
{
    signIn.failedCodes = 0;
    if (!m_directory.totpSecretOf(signIn.userId).isEmpty()) {
        signIn.status = QStringLiteral("needs_second_factor");
        return;
    }
    complete(client, signIn);
}

void SignInSteps::complete(FrontendState::Client &client, FrontendState::SignIn &signIn)
{
    const auto user = m_store.userById(signIn.userId);
    const FrontendState::Session &session =
        m_state.createSession(client, signIn.userId, user ? user->orgId : QString(), m_clock());
    signIn.status = QStringLiteral("complete");
    signIn.createdSessionId = session.id;
}

} // namespace valara::sandbox
