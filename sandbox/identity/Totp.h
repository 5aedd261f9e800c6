// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace valara::sandbox {

// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, six digits,
// the secret in base32 as authenticator apps take it.
class Totp
{
public:
    // The secret's bytes; empty when `base32` is not base32 (RFC 4648, no padding needed).
    static QByteArray decodeBase32(const QString &base32);
    // The code for the step holding `at`.
    static QString codeAt(const QByteArray &secret, const QDateTime &at);
    // True when `code` is the code of the step holding `at`, or of the step before or after it
    // (a clock a little off, a code typed as the step turns).
    static bool accepts(const QByteArray &secret, const QString &code, const QDateTime &at);

    static constexpr qint64 StepSeconds = 30;
};

} // namespace valara::sandbox
