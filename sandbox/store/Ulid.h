// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>

namespace valara::sandbox {

// ULIDs (26 characters of Crockford base32: 48-bit milliseconds, 80 random bits), used as
// request ids.
class Ulid
{
public:
    static QByteArray generate(const QDateTime &time, QRandomGenerator &random);
    static bool isValid(const QByteArray &text);
    // The time encoded in a valid ULID.
    static QDateTime timestamp(const QByteArray &ulid);
};

} // namespace valara::sandbox
