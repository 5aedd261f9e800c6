// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace valara::sandbox {

// The IANA timezone ids the service knows (docs/api-contract.md P6, M9): the zones and links of
// the IANA database, exact and case-sensitive.
//
// Read the way a server plausibly validates them (Python's zoneinfo, say): from the database the
// system installs, here its compiled source `tzdata.zi` in $TZDIR (default
// /usr/share/zoneinfo), whose Zone and Link lines name every id, canonical or linked
// (US/Eastern, Etc/UTC). The placeholder zone Factory is left out; files such as posixrules,
// localtime, posix/... and right/... are not ids of the database at all. Where no tzdata.zi can
// be read, Qt's list of ids stands in, without Qt's own offset ids (UTC+05:00).
class SandboxTimeZones
{
public:
    static bool isKnown(const QString &id);
    // Every known id (read once per process).
    static const QSet<QString> &ids();
    // The ids named by a tzdata.zi text: Zone ("Z name ...") and Link ("L target name") lines.
    static QSet<QString> idsInZic(const QByteArray &text);
};

} // namespace valara::sandbox
