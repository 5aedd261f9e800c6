// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliHelp.h"

#include "cli/CliExitCode.h"
#include "cli/arguments/CliArguments.h"
#include "cli/arguments/CliBulkOptions.h"
#include "cli/arguments/CliHelpFields.h"
#include "cli/arguments/CliHelpLayout.h"
#include "cli/journal/CliJournal.h"
#include "cli/me/CliMeSignIn.h"
#include "cli/requests/CliConnection.h"

#include <QStringList>

namespace valara {

namespace {

using Layout = CliHelpLayout;

constexpr int kCommandWidth = 34;

QString command(const char *name, const QString &description)
{
    return Layout::row(QLatin1String(name), description, kCommandWidth);
}

QString exitCode(CliExitCode code, const QString &description)
{
    return Layout::row(QString::number(int(code)), description, 4);
}

} // namespace

QString CliHelp::versionText()
{
    return QStringLiteral("valara-cli %1\n").arg(QStringLiteral(VALARA_VERSION));
}

QString CliHelp::text()
{
    //: %1: the command line's form, not translated.
    QString text = tr("Usage: %1")
                       .arg(QStringLiteral("valara-cli [--base-url URL] [--timeout SECONDS] "
                                           "[--journal PATH] COMMAND [ARGUMENTS]")) +
                   QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += Layout::paragraph(
        tr("Reads and changes Valara user profiles and localization preferences, and the Me API."),
        0);
    text += Layout::paragraph(tr("Global options come before the command."), 0);
    text += Layout::heading(tr("Commands:")) + commands();
    text += QLatin1Char('\n');
    text += Layout::paragraph(
        tr("USER is a user id (see \"users\"). Without it, the command acts on the caller, looked "
           "up first with GET /api/v1/users/me. On success the server's answer is printed as "
           "JSON."),
        0);
    text += Layout::heading(tr("Options:")) + options();
    text += Layout::heading(QStringLiteral("FIELD=VALUE:")) + assignments();
    text += Layout::heading(tr("Preference fields (prefs set):")) + CliHelpFields::preferences();
    text += Layout::heading(tr("Profile fields (profile set):")) + CliHelpFields::profile();
    text += Layout::heading(tr("Journal:")) + journal();
    text += Layout::heading(tr("Many people (prefs set or profile set, --users or --team):")) +
            manyPeople();
    text +=
        Layout::heading(tr("history [USER] options (USER: only that user's changes):")) + history();
    text += Layout::heading(tr("Environment:")) + environment();
    text += Layout::heading(tr("Exit codes:")) + exitCodes();
    text += Layout::heading(tr("Examples:")) + examples();
    return text;
}

QString CliHelp::commands()
{
    return command("whoami", tr("the caller (GET /api/v1/users/me)")) +
           command("users [--query TEXT]",
                   tr("users the caller may see (GET /api/v1/users?q=TEXT); TEXT matches id, "
                      "names and e-mail")) +
           command("prefs get [USER]", tr("a user's preferences")) +
           command("prefs set [USER] FIELD=VALUE...", tr("change only the given preferences")) +
           command("prefs set --users ID[,ID...] FIELD=VALUE...",
                   tr("the same preferences for each of these users (see Many people below)")) +
           command("prefs set --team TEAM FIELD=VALUE...",
                   tr("the same preferences for every user of team TEAM")) +
           command("profile get [USER]", tr("a user's profile")) +
           command("profile set [USER] FIELD=VALUE...",
                   tr("change only the given profile fields")) +
           command("profile set --users ID[,ID...] FIELD=VALUE...",
                   tr("the same profile fields for each of these users (an administrator; see "
                      "Many people below)")) +
           command("profile set --team TEAM FIELD=VALUE...",
                   tr("the same profile fields for every user of team TEAM")) +
           command("me login", tr("sign in to the Me API (asks, or: --identifier EMAIL "
                                  "--password-stdin; --email-code; --org ORG; --token-file PATH "
                                  "where there is no keychain)")) +
           command("me get", tr("the caller on the Me API (GET /v1/me)")) +
           command("me set-timezone ZONE", tr("set the Me API timezone to an IANA name")) +
           command("me clear-timezone", tr("clear the Me API timezone")) +
           command("me logout", tr("end the Me API sign-in and forget it")) +
           command("history [USER] [OPTIONS]",
                   tr("the changes recorded in a journal, newest first (no network; see Journal "
                      "below)"));
}

QString CliHelp::options()
{
    QString text;
    //: %1: the default server's address.
    text += Layout::row(QStringLiteral("--base-url URL"),
                        tr("the server (default: $VALARA_BASE_URL, else %1; the legacy "
                           "https://dash.jacoballenmedia.com is the same service). Plain http:// "
                           "only to a loopback address")
                            .arg(QLatin1String(CliConnection::DefaultBaseUrl)));
    //: %1: the default number of seconds; %2: the largest number accepted.
    text += Layout::row(QStringLiteral("--timeout SECONDS"),
                        tr("give up after this long in all, retries and waits included (default "
                           "%1, at most %2); one attempt takes at most 10")
                            .arg(CliArguments::DefaultTimeoutSeconds)
                            .arg(CliArguments::MaxTimeoutSeconds));
    //: %1: the name of the environment variable (VALARA_JOURNAL).
    text += Layout::row(QStringLiteral("--journal PATH"),
                        tr("record every write (prefs set, profile set, me set-timezone, me "
                           "clear-timezone) in the change journal at PATH (default: $%1); reads "
                           "are not recorded")
                            .arg(QLatin1String(CliJournal::PathVariable)));
    text += Layout::row(QStringLiteral("-h, --help"), tr("show this help"));
    text += Layout::row(QStringLiteral("-v, --version"), tr("show the version"));
    return text;
}

QString CliHelp::assignments()
{
    return Layout::paragraph(tr("Split at the first '=': title=A=B sets title to \"A=B\". Quote "
                                "values with spaces for the shell: title=\"Senior Agent\".")) +
           Layout::paragraph(tr("An empty VALUE (title=) sends null: it clears a profile field "
                                "and resets a preference to its default.")) +
           Layout::paragraph(tr("Each field at most once. Names in snake_case or camelCase "
                                "(cell_phone or cellPhone); they are always sent in snake_case.")) +
           Layout::paragraph(tr("Every value is checked before anything is sent: on any problem, "
                                "each one is reported and nothing is sent (exit code 2)."));
}

QString CliHelp::journal()
{
    return Layout::paragraph(
               tr("With --journal PATH (or VALARA_JOURNAL), each write is recorded in PATH, an "
                  "SQLite file in the desktop app's change journal format, created owner-only if "
                  "missing.")) +
           Layout::paragraph(
               tr("The CLI first reads who the caller is and the record as it is (a GET of the "
                  "same path, or GET /v1/me), records the change as \"sending\" with each field's "
                  "server value and the idempotency key the request then carries, and records the "
                  "answer: \"applied\", or \"failed\" with the status, request id and error.")) +
           Layout::paragraph(
               tr("A journal that cannot be opened or written stops the command before the write "
                  "is sent (exit code 8); a damaged one is set aside, a new one started, and the "
                  "write goes on with a warning."));
}

QString CliHelp::manyPeople()
{
    QString text = Layout::paragraph(
        tr("The members are the users given, in that order, or the users whose team_id is TEAM "
           "in the list the caller may see (GET /api/v1/users, page after page)."));
    text += Layout::paragraph(
        tr("Each member's preferences or profile are read first: only the fields that differ are "
           "sent, one PATCH per member with its own idempotency key; a member already at the "
           "values is not sent, and one the caller may not change is refused without a request."));
    text += Layout::paragraph(
        tr("Preferences (R1): their own, an administrator anyone's, a broker or photographer "
           "those of the teams they manage, as the user list shows them; an empty VALUE (reset "
           "to the default) is not taken here."));
    text += Layout::paragraph(
        tr("Profiles (R2): an administrator anyone's, anybody else only their own; an empty VALUE "
           "clears the field for every member; the admin-only fields are refused as for one "
           "person."));
    //: The JSON keys and the result values are not translated.
    text += Layout::paragraph(
        tr("The output is one JSON object per member and line: {\"user_id\", \"result\": applied, "
           "unchanged, refused, invalid, failed or not_sent, \"status\": the HTTP status or null, "
           "\"request_id\", \"error\"}. A line on stderr says how many members could not be "
           "changed."));
    text += Layout::paragraph(
        tr("With --journal each sent change is recorded. When the --timeout runs out, members not "
           "yet sent are not_sent. Nothing is printed when nothing could start: the usual exit "
           "codes then (a TEAM with nobody the caller sees: 4)."));
    //: %1: the largest number of requests at a time, also the default.
    text +=
        Layout::row(QStringLiteral("--jobs N"),
                    tr("requests at a time, 1 to %1 (default %1)").arg(CliBulkOptions::MaxJobs));
    text += Layout::row(QStringLiteral("--dry-run"),
                        tr("send nothing: print each member's change, one line each (g1: theme: "
                           "\"light\" \u2192 \"dark\"), or \"no change\", or \"forbidden\" and "
                           "why"));
    return text;
}

QString CliHelp::history()
{
    //: %1: the name of the environment variable (VALARA_JOURNAL).
    return Layout::row(QStringLiteral("--journal PATH"),
                       tr("the journal to read (default: the global --journal, else $%1)")
                           .arg(QLatin1String(CliJournal::PathVariable))) +
           Layout::row(QStringLiteral("--field KEY"), tr("only changes of this field")) +
           Layout::row(QStringLiteral("--since DATE"),
                       tr("only changes made since DATE: YYYY-MM-DD (local midnight) or an ISO "
                          "8601 time such as 2026-01-31T09:00:00Z")) +
           //: The states are not translated: they are what --state takes.
           Layout::row(QStringLiteral("--state STATE"),
                       tr("only changes in this state: draft, sending, applied, failed or "
                          "conflicted")) +
           Layout::row(QStringLiteral("--json"),
                       tr("a JSON array for scripts (times in ISO 8601 UTC; server_value left out "
                          "where the field was absent) instead of the table"));
}

QString CliHelp::environment()
{
    return Layout::row(QLatin1String(CliConnection::BaseUrlVariable),
                       tr("the server when --base-url is not given")) +
           Layout::row(QLatin1String(CliConnection::ApiKeyVariable),
                       tr("API key for whoami, users, prefs and profile")) +
           Layout::row(QLatin1String(CliConnection::SessionTokenVariable),
                       tr("a session token for the me commands, used as it is instead of the "
                          "sign-in of me login (an API key is refused there: API keys are not "
                          "user-scoped)")) +
           Layout::row(QLatin1String(CliMeSignIn::PublishableKeyVariable),
                       tr("the publishable key of the Me API's sign-in service, for me login "
                          "when --publishable-key is not given")) +
           Layout::row(QLatin1String(CliJournal::PathVariable),
                       tr("the journal when --journal is not given")) +
           Layout::row(QStringLiteral("LANGUAGE, LC_ALL, LANG"),
                       tr("the language of the help and the messages (the JSON output is never "
                          "translated)")) +
           Layout::row(QStringLiteral("QT_LOGGING_RULES"),
                       tr("\"valara.*.debug=true\" traces the requests on stderr; tokens are "
                          "never printed"));
}

QString CliHelp::exitCodes()
{
    using Code = CliExitCode;
    return exitCode(Code::Ok, tr("success")) +
           exitCode(Code::Usage, tr("usage error or a value refused locally (nothing was sent)")) +
           exitCode(Code::NotAllowed, tr("not signed in or not allowed (HTTP 401, 403)")) +
           exitCode(Code::NotFound, tr("not found (HTTP 404), no journal file for history, or "
                                       "nobody in the --team")) +
           exitCode(Code::Rejected, tr("refused by the server (HTTP 400, 409, 422)")) +
           exitCode(Code::Unavailable, tr("network error, timeout, rate limit, server error or an "
                                          "answer that cannot be read, after retries")) +
           exitCode(Code::Incomplete, tr("--users or --team: a member was refused, invalid, "
                                         "failed or not sent (each member's line says which); a "
                                         "dry run: one would be")) +
           exitCode(Code::Journal, tr("the journal cannot be opened, read or written (for a "
                                      "write: nothing was sent)"));
}

QString CliHelp::examples()
{
    // Command lines, as typed: not translated.
    return QStringLiteral(
        "  VALARA_API_KEY=... valara-cli prefs set timezone=Europe/Paris theme=dark\n"
        "  VALARA_API_KEY=... valara-cli profile set displayName=\"G. Agent\" title=\n"
        "  valara-cli me login --publishable-key pk_live_... && valara-cli me get\n"
        "  VALARA_SESSION_TOKEN=... valara-cli me set-timezone America/Los_Angeles\n"
        "  VALARA_API_KEY=... valara-cli --journal ~/valara.journal prefs set theme=dark\n"
        "  VALARA_API_KEY=... valara-cli prefs set --team t1 --dry-run measurement_unit=metric\n"
        "  VALARA_API_KEY=... valara-cli profile set --users g1,g2 officeName=\"Harbor Downtown\"\n"
        "  valara-cli history --journal ~/valara.journal --field theme --since 2026-01-01\n");
}

} // namespace valara
