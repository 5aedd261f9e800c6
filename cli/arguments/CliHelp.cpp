#include "cli/arguments/CliHelp.h"

#include "cli/CliExitCode.h"
#include "cli/arguments/CliArguments.h"
#include "cli/arguments/CliBulkOptions.h"
#include "cli/journal/CliJournal.h"
#include "cli/requests/CliConnection.h"

#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"

#include <QStringList>

namespace valara {

namespace {

constexpr int kLineWidth = 90;

// "  name        description", the description starting at column `width` + 2 and wrapped at
// kLineWidth.
QString row(const QString &name, const QString &description, int width = 22)
{
    const QString indent(width + 2, QLatin1Char(' '));
    QString text = QStringLiteral("  ") + name;
    QString line;
    if (name.size() >= width) {
        text += QLatin1Char('\n');
        line = indent;
    } else {
        line = QString(width - name.size(), QLatin1Char(' '));
    }
    qsizetype column = name.size() >= width ? 0 : 2 + name.size();
    bool first = true;
    for (const QString &word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!first && column + line.size() + 1 + word.size() > kLineWidth) {
            text += line + QLatin1Char('\n');
            line = indent + word;
            column = 0;
        } else {
            line += (first ? QString() : QStringLiteral(" ")) + word;
        }
        first = false;
    }
    return text + line + QLatin1Char('\n');
}

// `text` as a paragraph indented by two spaces, wrapped at kLineWidth.
QString paragraph(const QString &text)
{
    QString out;
    QString line = QStringLiteral(" ");
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (line.size() + 1 + word.size() > kLineWidth) {
            out += line + QLatin1Char('\n');
            line = QStringLiteral(" ");
        }
        line += QLatin1Char(' ') + word;
    }
    return out + line + QLatin1Char('\n');
}

QString describeProfileKind(const ProfileSchema::Field &field)
{
    using Kind = ProfileSchema::Kind;
    const QString limit = QStringLiteral(", up to %1 characters").arg(field.maxLength);
    switch (field.kind) {
    case Kind::Text:
        return QStringLiteral("text") + limit;
    case Kind::Multiline:
        return QStringLiteral("text, line breaks allowed") + limit;
    case Kind::Name:
        return QStringLiteral("text") + limit + QStringLiteral("; cannot be cleared");
    case Kind::Phone:
        return QStringLiteral("phone number (+1 650 253 0000; without a country code, read in "
                              "the region of your locale or the US), sent as E.164");
    case Kind::UsState:
        return QStringLiteral("US state code or name (TX, Texas), sent as the code");
    case Kind::Url:
        return QStringLiteral("https:// address") + limit;
    case Kind::Email:
        return QStringLiteral("e-mail address") + limit;
    case Kind::Date:
        return QStringLiteral("date, YYYY-MM-DD");
    case Kind::Role:
        return ProfileSchema::roles().join(QStringLiteral(", "));
    case Kind::AccountStatus:
        return ProfileSchema::accountStatuses().join(QStringLiteral(", "));
    case Kind::Bool:
        return QStringLiteral("true or false");
    }
    return {};
}

} // namespace

QString CliHelp::versionText()
{
    return QStringLiteral("valara-cli %1\n").arg(QStringLiteral(VALARA_VERSION));
}

QString CliHelp::preferenceFields()
{
    QString text;
    for (const PreferenceSchema::Field &field : PreferenceSchema::fields()) {
        QString values;
        switch (field.kind) {
        case PreferenceSchema::Kind::Choice:
            values = field.allowedValues.join(QStringLiteral(", "));
            break;
        case PreferenceSchema::Kind::TimeZone:
            values = QStringLiteral("an IANA timezone, such as Europe/Paris");
            break;
        case PreferenceSchema::Kind::Language:
            values = QStringLiteral("a BCP 47 language tag, such as pt-BR");
            break;
        }
        text += row(field.key, values + QStringLiteral(" (default %1)").arg(field.defaultValue));
    }
    return text;
}

QString CliHelp::profileFields()
{
    QString text;
    QStringList adminOnly;
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        if (field.adminOnly) {
            adminOnly.append(field.key);
            continue;
        }
        const QString camel = ProfileSchema::camelCase(field.key);
        const QString name =
            camel == field.key ? field.key : field.key + QStringLiteral(" | ") + camel;
        text += row(name, describeProfileKind(field), 36);
    }
    text += paragraph(QStringLiteral("Only an administrator changes %1 (with PUT): profile set "
                                     "refuses them.")
                          .arg(adminOnly.join(QStringLiteral(", "))));
    text += paragraph(QStringLiteral("Read-only, set by the service: %1.")
                          .arg(ProfileSchema::readOnlyKeys().join(QStringLiteral(", "))));
    return text;
}

QString CliHelp::text()
{
    QString text = QStringLiteral(
        "Usage: valara-cli [--base-url URL] [--timeout SECONDS] [--journal PATH] COMMAND "
        "[ARGUMENTS]\n"
        "\n"
        "Reads and changes Valara user profiles and localization preferences, and the Me API.\n"
        "Global options come before the command.\n"
        "\n"
        "Commands:\n");
    text += row(QStringLiteral("whoami"), QStringLiteral("the caller (GET /api/v1/users/me)"), 34);
    text += row(QStringLiteral("users [--query TEXT]"),
                QStringLiteral("users the caller may see (GET /api/v1/users?q=TEXT); TEXT "
                               "matches id, names and e-mail"),
                34);
    text += row(QStringLiteral("prefs get [USER]"), QStringLiteral("a user's preferences"), 34);
    text += row(QStringLiteral("prefs set [USER] FIELD=VALUE..."),
                QStringLiteral("change only the given preferences"), 34);
    text += row(QStringLiteral("prefs set --users ID[,ID...] FIELD=VALUE..."),
                QStringLiteral("the same preferences for each of these users (see Many people "
                               "below)"),
                34);
    text += row(QStringLiteral("prefs set --team TEAM FIELD=VALUE..."),
                QStringLiteral("the same preferences for every user of team TEAM"), 34);
    text += row(QStringLiteral("profile get [USER]"), QStringLiteral("a user's profile"), 34);
    text += row(QStringLiteral("profile set [USER] FIELD=VALUE..."),
                QStringLiteral("change only the given profile fields"), 34);
    text += row(QStringLiteral("profile set --users ID[,ID...] FIELD=VALUE..."),
                QStringLiteral("the same profile fields for each of these users (an "
                               "administrator; see Many people below)"),
                34);
    text += row(QStringLiteral("profile set --team TEAM FIELD=VALUE..."),
                QStringLiteral("the same profile fields for every user of team TEAM"), 34);
    text +=
        row(QStringLiteral("me get"), QStringLiteral("the caller on the Me API (GET /v1/me)"), 34);
    text += row(QStringLiteral("me set-timezone ZONE"),
                QStringLiteral("set the Me API timezone to an IANA name"), 34);
    text +=
        row(QStringLiteral("me clear-timezone"), QStringLiteral("clear the Me API timezone"), 34);
    text += row(QStringLiteral("history [USER] [OPTIONS]"),
                QStringLiteral("the changes recorded in a journal, newest first (no network; "
                               "see Journal below)"),
                34);
    text += QStringLiteral(
        "\n"
        "USER is a user id (see \"users\"). Without it, the command acts on the caller, looked\n"
        "up first with GET /api/v1/users/me. On success the server's answer is printed as JSON.\n"
        "\n"
        "Options:\n");
    text += row(QStringLiteral("--base-url URL"),
                QStringLiteral("the server (default: $VALARA_BASE_URL, else %1; the legacy "
                               "https://dash.jacoballenmedia.com is the same service). Plain "
                               "http:// only to a loopback address")
                    .arg(QLatin1String(CliConnection::DefaultBaseUrl)));
    text += row(QStringLiteral("--timeout SECONDS"),
                QStringLiteral("give up after this long in all, retries and waits included "
                               "(default %1, at most %2); one attempt takes at most 10")
                    .arg(CliArguments::DefaultTimeoutSeconds)
                    .arg(CliArguments::MaxTimeoutSeconds));
    text += row(QStringLiteral("--journal PATH"),
                QStringLiteral("record every write (prefs set, profile set, me set-timezone, me "
                               "clear-timezone) in the change journal at PATH (default: $%1); "
                               "reads are not recorded")
                    .arg(QLatin1String(CliJournal::PathVariable)));
    text += row(QStringLiteral("-h, --help"), QStringLiteral("show this help"));
    text += row(QStringLiteral("-v, --version"), QStringLiteral("show the version"));
    text += QStringLiteral(
        "\n"
        "FIELD=VALUE:\n"
        "  Split at the first '=': title=A=B sets title to \"A=B\". Quote values with spaces\n"
        "  for the shell: title=\"Senior Agent\".\n"
        "  An empty VALUE (title=) sends null: it clears a profile field and resets a\n"
        "  preference to its default.\n"
        "  Each field at most once. Names in snake_case or camelCase (cell_phone or cellPhone);\n"
        "  they are always sent in snake_case.\n"
        "  Every value is checked before anything is sent: on any problem, each one is reported\n"
        "  and nothing is sent (exit code 2).\n"
        "\n"
        "Preference fields (prefs set):\n");
    text += preferenceFields();
    text += QStringLiteral("\nProfile fields (profile set):\n");
    text += profileFields();
    text += QStringLiteral("\nJournal:\n");
    text += paragraph(QStringLiteral(
        "With --journal PATH (or VALARA_JOURNAL), each write is recorded in PATH, an SQLite file "
        "in the desktop app's change journal format, created owner-only if missing. The CLI first "
        "reads who the caller is and the record as it is (a GET of the same path, or GET /v1/me), "
        "records the change as \"sending\" with each field's server value and the idempotency "
        "key the request then carries, and records the answer: \"applied\", or \"failed\" "
        "with the status, request id and error. A journal that cannot be opened or written "
        "stops the command before the write is sent (exit code 8); a damaged one is set aside, "
        "a new one started, and the write goes on with a warning."));
    text += QStringLiteral("\nMany people (prefs set or profile set, --users or --team):\n");
    text += paragraph(QStringLiteral(
        "The members are the users given, in that order, or the users whose team_id is TEAM in "
        "the list the caller may see (GET /api/v1/users, page after page). Each member's "
        "preferences or profile are read first: only the fields that differ are sent, one PATCH "
        "per member with its own idempotency key; a member already at the values is not sent, "
        "and one the caller may not change is refused without a request. Preferences (R1): their "
        "own, an administrator anyone's, a broker or photographer those of the teams they "
        "manage, as the user list shows them; an empty VALUE (reset to the default) is not taken "
        "here. Profiles (R2): an administrator anyone's, anybody else only their own; an empty "
        "VALUE clears the field for every member; the admin-only fields are refused as for one "
        "person. The "
        "output is one JSON object per member and line: {\"user_id\", \"result\": applied, "
        "unchanged, refused, invalid, failed or not_sent, \"status\": the HTTP status or null, "
        "\"request_id\", \"error\"}. With --journal each sent change is recorded. When the "
        "--timeout runs out, members not yet sent are not_sent. Nothing is printed when nothing "
        "could start: the usual exit codes then (a TEAM with nobody the caller sees: 4)."));
    text += row(
        QStringLiteral("--jobs N"),
        QStringLiteral("requests at a time, 1 to %1 (default %1)").arg(CliBulkOptions::MaxJobs));
    text += row(QStringLiteral("--dry-run"),
                QStringLiteral("send nothing: print each member's change, one line each "
                               "(g1: theme: \"light\" \u2192 \"dark\"), or \"no change\", or "
                               "\"forbidden\" and why"));
    text += QStringLiteral("\nhistory [USER] options (USER: only that user's changes):\n");
    text += row(QStringLiteral("--journal PATH"),
                QStringLiteral("the journal to read (default: the global --journal, else $%1)")
                    .arg(QLatin1String(CliJournal::PathVariable)));
    text += row(QStringLiteral("--field KEY"), QStringLiteral("only changes of this field"));
    text += row(QStringLiteral("--since DATE"),
                QStringLiteral("only changes made since DATE: YYYY-MM-DD (local midnight) or "
                               "an ISO 8601 time such as 2026-01-31T09:00:00Z"));
    text += row(QStringLiteral("--state STATE"),
                QStringLiteral("only changes in this state: draft, sending, applied, failed or "
                               "conflicted"));
    text += row(QStringLiteral("--json"),
                QStringLiteral("a JSON array for scripts (times in ISO 8601 UTC; server_value "
                               "left out where the field was absent) instead of the table"));
    text += QStringLiteral("\nEnvironment:\n");
    text += row(QLatin1String(CliConnection::BaseUrlVariable),
                QStringLiteral("the server when --base-url is not given"));
    text += row(QLatin1String(CliConnection::ApiKeyVariable),
                QStringLiteral("API key for whoami, users, prefs and profile"));
    text += row(QLatin1String(CliConnection::SessionTokenVariable),
                QStringLiteral("session token for the me commands (an API key is refused there: "
                               "API keys are not user-scoped)"));
    text += row(QLatin1String(CliJournal::PathVariable),
                QStringLiteral("the journal when --journal is not given"));
    text += row(QStringLiteral("QT_LOGGING_RULES"),
                QStringLiteral("\"valara.*.debug=true\" traces the requests on stderr; tokens are "
                               "never printed"));
    text += QStringLiteral("\nExit codes:\n");
    text += row(QStringLiteral("0"), QStringLiteral("success"), 4);
    text += row(QStringLiteral("2"),
                QStringLiteral("usage error or a value refused locally (nothing was sent)"), 4);
    text +=
        row(QStringLiteral("3"), QStringLiteral("not signed in or not allowed (HTTP 401, 403)"), 4);
    text += row(QStringLiteral("4"),
                QStringLiteral("not found (HTTP 404), no journal file for history, or nobody "
                               "in the --team"),
                4);
    text +=
        row(QStringLiteral("5"), QStringLiteral("refused by the server (HTTP 400, 409, 422)"), 4);
    text += row(QStringLiteral("6"),
                QStringLiteral("network error, timeout, rate limit, server error or an answer "
                               "that cannot be read, after retries"),
                4);
    text += row(QString::number(int(CliExitCode::Incomplete)),
                QStringLiteral("--users or --team: a member was refused, invalid, "
                               "failed or not sent (each member's line says which); a dry run: "
                               "one would be"),
                4);
    text += row(QString::number(int(CliExitCode::Journal)),
                QStringLiteral("the journal cannot be opened, read or written (for a write: "
                               "nothing was sent)"),
                4);
    text += QStringLiteral(
        "\n"
        "Examples:\n"
        "  VALARA_API_KEY=... valara-cli prefs set timezone=Europe/Paris theme=dark\n"
        "  VALARA_API_KEY=... valara-cli profile set displayName=\"G. Agent\" title=\n"
        "  VALARA_SESSION_TOKEN=... valara-cli me set-timezone America/Los_Angeles\n"
        "  VALARA_API_KEY=... valara-cli --journal ~/valara.journal prefs set theme=dark\n"
        "  VALARA_API_KEY=... valara-cli prefs set --team t1 --dry-run measurement_unit=metric\n"
        "  VALARA_API_KEY=... valara-cli profile set --users g1,g2 officeName=\"Harbor Downtown\"\n"
        "  valara-cli history --journal ~/valara.journal --field theme --since 2026-01-01\n");
    return text;
}

} // namespace valara
