// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace valara {

// One valara-cli command as typed, after the global options: which command, and its arguments
// not yet validated against the schemas.
struct CliCommand
{
    enum class Kind
    {
        None,
        WhoAmI,          // whoami
        Users,           // users [--query TEXT]
        PrefsGet,        // prefs get [USER]
        PrefsSet,        // prefs set [USER] FIELD=VALUE...
        PrefsSetBulk,    // prefs set --users ID[,ID...] | --team TEAM [--jobs N] [--dry-run]
                         //           FIELD=VALUE...
        ProfileGet,      // profile get [USER]
        ProfileSet,      // profile set [USER] FIELD=VALUE...
        ProfileSetBulk,  // profile set --users ID[,ID...] | --team TEAM [--jobs N] [--dry-run]
                         //             FIELD=VALUE...
        MeGet,           // me get
        MeSetTimezone,   // me set-timezone ZONE
        MeClearTimezone, // me clear-timezone
        History,         // history [USER] [--journal PATH] [--field KEY] [--since DATE]
                         //         [--state STATE] [--json]
    };

    Kind kind = Kind::None;
    QString userId;          // empty: the caller
    QStringList assignments; // FIELD=VALUE arguments of the set commands, as typed
    QString query;           // users --query
    bool hasQuery = false;
    QString zone; // me set-timezone
    // history's options, as typed
    QString journalPath; // empty: the global --journal, else VALARA_JOURNAL
    QString field;
    QString since;
    QString state;
    bool json = false;
    // prefs set and profile set for many people (PrefsSetBulk, ProfileSetBulk), as typed
    QStringList userIds; // --users, in the order given
    QString team;        // --team
    int jobs = 6;        // --jobs: requests at a time
    bool dryRun = false;

    // The commands that change something on the server (PATCH), and so are journaled.
    bool writes() const
    {
        return kind == Kind::PrefsSet || kind == Kind::ProfileSet || isBulk() ||
               kind == Kind::MeSetTimezone || kind == Kind::MeClearTimezone;
    }
    // A change for many people (--users, --team).
    bool isBulk() const { return kind == Kind::PrefsSetBulk || kind == Kind::ProfileSetBulk; }
    bool usesMeApi() const
    {
        return kind == Kind::MeGet || kind == Kind::MeSetTimezone || kind == Kind::MeClearTimezone;
    }
};

} // namespace valara
