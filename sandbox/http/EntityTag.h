// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace valara::sandbox {

class SandboxRequest;

// Strong entity tags for the sandbox's user representations (docs/api-contract.md, the PUT
// section) and the If-Match precondition (RFC 9110, section 13.1.1).
class EntityTag
{
public:
    // The strong ETag of a representation: a quoted hash of its bytes, so it changes whenever
    // the representation does.
    static QByteArray of(const QByteArray &representation);
    // Whether the request's If-Match allows a write to a resource whose ETag is `current`: no
    // If-Match, "*", or a list holding `current` (strong comparison, so a weak W/"..." never
    // matches). A header that cannot be read matches nothing.
    static bool ifMatchHolds(const SandboxRequest &request, const QByteArray &current);
    // The same for one If-Match field value.
    static bool listMatches(const QByteArray &ifMatch, const QByteArray &current);
};

} // namespace valara::sandbox
