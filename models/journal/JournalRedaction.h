// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara {

// What the change journal does to text before it reaches the file, so that a credential a caller
// let slip (a token in a query string, an error that echoes an Authorization header) never does.
// Bearer tokens, API keys and session tokens are never the journal's to keep.
class JournalRedaction
{
public:
    // The path alone: no query or fragment, where a key could travel.
    static QString path(const QString &path);
    // The text with "Bearer <credential>" and anything shaped like a JWT replaced by "[redacted]".
    static QString text(const QString &text);
};

} // namespace valara
