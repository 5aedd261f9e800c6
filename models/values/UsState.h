// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace valara {

// The US states, the District of Columbia and the inhabited territories, by USPS code. Valara
// profiles are US real estate profiles: a license is issued by a state, and the location's state
// is where the agent works.
class UsState
{
public:
    struct Entry
    {
        QString code; // "TX"
        QString name; // "Texas"
    };

    static const QList<Entry> &all();
    // The USPS code for a code or a name in any case ("tx", "Texas", "texas" -> "TX"), or an
    // empty string.
    static QString codeFor(const QString &codeOrName);
    static QString nameOf(const QString &code);
};

} // namespace valara
