// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace valara::sandbox {

// Whether a language preference is a well-formed BCP 47 tag, as the service checks it
// (docs/api-contract.md P6): the syntax of RFC 5646 section 2.1, in any case, with the
// grandfathered tags it lists, and no variant or extension singleton given twice (section
// 2.2.9). Whether a subtag is registered is not checked. The tag is stored as sent (P7).
class SandboxLanguageTags
{
public:
    static bool isWellFormed(const QString &tag);

private:
    // Walks the subtags of a langtag or a private-use tag (lower-cased); false at the first one
    // that does not fit where it stands.
    static bool isLangtag(const QStringList &subtags);
    static bool isPrivateUse(const QStringList &subtags, qsizetype from);
};

} // namespace valara::sandbox
