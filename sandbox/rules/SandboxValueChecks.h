// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara::sandbox {

// The service's checks of single profile values (docs/api-contract.md U6 to U8), read from the
// contract: lenient where the contract is, since the app sends cleaner values than it requires.
class SandboxValueChecks
{
public:
    // U6: C0 and C1 control characters and DEL. With `lineBreaksAllowed` (bio), tab, line feed
    // and carriage return are not counted, so CRLF line ends are taken like LF.
    static bool hasControlCharacters(const QString &text, bool lineBreaksAllowed);
    // U7: digits, spaces and + - ( ) . only, a + only first, 7 to 15 digits.
    static bool isPhoneNumber(const QString &text);
    // U8: an absolute http or https URL with a host.
    static bool isWebUrl(const QString &text);
    // U8: local@domain.tld. One @; a local part without spaces; a domain of two or more
    // dot-separated labels (letters, digits, inner hyphens), the last of two or more letters.
    static bool isEmailAddress(const QString &text);
    // U8: a calendar date written YYYY-MM-DD, nothing around it.
    static bool isIsoDate(const QString &text);
};

} // namespace valara::sandbox
