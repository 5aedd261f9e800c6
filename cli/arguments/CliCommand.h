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
        MeLogin,         // me login [--identifier EMAIL] [--password-stdin | --email-code]
                         //          [--org ORG] [--publishable-key KEY] [--token-file PATH]
        MeLogout,        // me logout [--token-file PATH]
        History,         // history [USER] [--journal PATH] [--field KEY] [--since DATE]
                         //         [--state STATE] [--json]
    };

    Kind kind = Kind::None;
    QString userId;          // empty: the caller
    QStringList assignments; // FIELD=VALUE arguments of the set commands, as typed
    QString query;           // users --query
    bool hasQuery = false;
    QString zone; // me set-timezone
    // me's sign-in options, as typed (CliMeOptions)
    QString identifier; // --identifier
    bool passwordStdin = false;
    bool emailCode = false;
    QString orgId;          // --org
    QString publishableKey; // --publishable-key, else VALARA_PUBLISHABLE_KEY
    QString tokenFile;      // --token-file: the sign-in kept in this file, not the keychain
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
    // Signing in to the Me API's identity service, or out: no Me API request.
    bool isMeSignIn() const { return kind == Kind::MeLogin || kind == Kind::MeLogout; }
    // A change for many people (--users, --team).
    bool isBulk() const { return kind == Kind::PrefsSetBulk || kind == Kind::ProfileSetBulk; }
    bool usesMeApi() const
    {
        return kind == Kind::MeGet || kind == Kind::MeSetTimezone ||
               kind == Kind::MeClearTimezone || isMeSignIn();
    }
};

} // namespace valara
