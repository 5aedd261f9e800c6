// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace valara {

// Whether a string names a timezone of the IANA database: canonical zones and their links
// (US/Eastern, Etc/UTC), exact and case-sensitive. Not Qt's own offset ids (UTC+05:00), POSIX TZ
// strings (EST5), nor the database's housekeeping entries (posixrules, Factory, right/...).
// QTimeZone(id).isValid() accepts several of those, so it is not the test on its own.
class IanaTimeZone
{
public:
    static bool isKnown(const QString &id);
};

} // namespace valara
