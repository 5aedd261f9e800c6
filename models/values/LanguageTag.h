// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara {

// Well-formedness of BCP 47 language tags (RFC 5646 section 2.1 syntax, case-insensitive,
// including private-use and grandfathered tags). Says nothing of whether a subtag is registered.
class LanguageTag
{
public:
    static bool isWellFormed(const QString &tag);
};

} // namespace valara
