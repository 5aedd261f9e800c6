// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/store/SandboxUser.h"

#include <QList>
#include <QSet>
#include <QString>

namespace valara::sandbox {

// A made-up brokerage of any size, the same for the same count and seed (valara-sandbox
// --generate-users): a few admins (about one in 2,000 users, at least one, at most ten) and the
// rest in teams of about 50. Each team is managed by its first member, a broker (agents' teams)
// or a photographer (every tenth team, from the second, is a photo team of photographers).
// Users are `u000001`, `u000002`... with the API key `key-<id>`; teams `team-0001`...; all in
// the organization `org-generated`.
class UserGenerator
{
public:
    static constexpr int MaxUsers = 100000;
    static constexpr int TeamSize = 50;

    // `takenEmails` (case-folded) are not given out again.
    static QList<SandboxUser> generate(int count, quint32 seed,
                                       const QSet<QString> &takenEmails = {});
    static QString userId(int number);
    static QString apiKey(const QString &userId) { return QStringLiteral("key-") + userId; }
    static int adminCount(int count);
};

} // namespace valara::sandbox
