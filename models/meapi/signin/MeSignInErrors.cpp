// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/meapi/signin/MeSignInErrors.h"

#include "api/ApiError.h"

namespace valara {

MeSignInErrors::Explained MeSignInErrors::explain(const ApiError &error)
{
    using Field = MeSignIn::Field;
    const QString code = error.serverCode;
    if (code == QLatin1String("form_password_incorrect"))
        return {Field::Password,
                tr("The password is incorrect. Try again, or e-mail yourself a code instead.")};
    if (code == QLatin1String("form_identifier_not_found"))
        return {Field::Identifier, tr("No account was found for this e-mail address.")};
    if (code == QLatin1String("form_code_incorrect"))
        return {Field::Code, tr("This code is not the right one. Check it and try again.")};
    if (code == QLatin1String("verification_expired"))
        return {Field::Code, tr("This code has expired. Ask for a new one.")};
    if (code == QLatin1String("verification_failed"))
        return {Field::Code, tr("Too many wrong codes. Ask for a new one.")};
    if (code == QLatin1String("strategy_for_user_invalid"))
        return {Field::Identifier,
                tr("This account cannot sign in that way. Try the other way offered.")};
    if (code == QLatin1String("native_api_disabled"))
        return {std::nullopt, tr("The service does not allow sign-in from desktop apps yet: its "
                                 "administrator has to enable native clients.")};
    if (code == QLatin1String("signed_out"))
        return {std::nullopt, tr("The session has ended. Sign in again.")};
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        //: %1: why the connection failed.
        return {std::nullopt, tr("Could not reach the sign-in service: %1").arg(error.message)};
    case ApiError::Kind::RateLimited:
        return {std::nullopt, tr("Too many sign-in attempts. Wait a minute, then try again.")};
    default:
        break;
    }
    // Anything else: the service's own words, under the field it names when it names one.
    const QString text = error.message.isEmpty() ? tr("The sign-in was refused.") : error.message;
    if (error.fieldErrors.contains(QStringLiteral("identifier")))
        return {Field::Identifier, error.fieldErrors.value(QStringLiteral("identifier"))};
    if (error.fieldErrors.contains(QStringLiteral("password")))
        return {Field::Password, error.fieldErrors.value(QStringLiteral("password"))};
    if (error.fieldErrors.contains(QStringLiteral("code")))
        return {Field::Code, error.fieldErrors.value(QStringLiteral("code"))};
    return {std::nullopt, text};
}

} // namespace valara
