// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// valara-cli's command line (cli/arguments/CliArguments.h) and, through CliApplication, every usage
// error and local validation problem: exit code 2, one line per problem, nothing on stdout and
// nothing sent.
#include "cli/CliApplication.h"
#include "cli/arguments/CliArguments.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace valara;

namespace {

using Kind = CliCommand::Kind;

QStringList cli(const QStringList &arguments)
{
    return QStringList{QStringLiteral("valara-cli")} + arguments;
}

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void globalOptions_data();
    void globalOptions();
    void informationRequests_data();
    void informationRequests();
    void usageErrors_data();
    void usageErrors();
    void bulkOptions_data();
    void bulkOptions();
    void meSignInOptions();
};

void TestCliArguments::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("hasQuery");
    QTest::addColumn<QString>("zone");

    const QStringList none;
    QTest::newRow("whoami") << QStringList{"whoami"} << int(Kind::WhoAmI) << "" << none << ""
                            << false << "";
    QTest::newRow("users") << QStringList{"users"} << int(Kind::Users) << "" << none << "" << false
                           << "";
    QTest::newRow("users --query") << QStringList{"users", "--query", "gina"} << int(Kind::Users)
                                   << "" << none << "gina" << true << "";
    QTest::newRow("users --query=") << QStringList{"users", "--query=a b=c"} << int(Kind::Users)
                                    << "" << none << "a b=c" << true << "";
    QTest::newRow("users empty query") << QStringList{"users", "--query", ""} << int(Kind::Users)
                                       << "" << none << "" << true << "";
    QTest::newRow("prefs get") << QStringList{"prefs", "get"} << int(Kind::PrefsGet) << "" << none
                               << "" << false << "";
    QTest::newRow("prefs get USER") << QStringList{"prefs", "get", "g2"} << int(Kind::PrefsGet)
                                    << "g2" << none << "" << false << "";
    QTest::newRow("prefs set") << QStringList{"prefs", "set", "theme=dark", "timezone="}
                               << int(Kind::PrefsSet) << ""
                               << QStringList{"theme=dark", "timezone="} << "" << false << "";
    QTest::newRow("prefs set USER")
        << QStringList{"prefs", "set", "g2", "theme=dark"} << int(Kind::PrefsSet) << "g2"
        << QStringList{"theme=dark"} << "" << false << "";
    QTest::newRow("prefs set missing =")
        << QStringList{"prefs", "set", "g2", "theme"} << int(Kind::PrefsSet) << "g2"
        << QStringList{"theme"} << "" << false << "";
    QTest::newRow("-- before a dash id")
        << QStringList{"profile", "get", "--", "-odd"} << int(Kind::ProfileGet) << "-odd" << none
        << "" << false << "";
    QTest::newRow("profile set camel")
        << QStringList{"profile", "set", "displayName=G.", "cellPhone=+1-555-0123"}
        << int(Kind::ProfileSet) << "" << QStringList{"displayName=G.", "cellPhone=+1-555-0123"}
        << "" << false << "";
    QTest::newRow("profile get USER")
        << QStringList{"profile", "get", "a/b"} << int(Kind::ProfileGet) << "a/b" << none << ""
        << false << "";
    QTest::newRow("me get") << QStringList{"me", "get"} << int(Kind::MeGet) << "" << none << ""
                            << false << "";
    QTest::newRow("me set-timezone")
        << QStringList{"me", "set-timezone", "Europe/Paris"} << int(Kind::MeSetTimezone) << ""
        << none << "" << false << "Europe/Paris";
    QTest::newRow("me clear-timezone")
        << QStringList{"me", "clear-timezone"} << int(Kind::MeClearTimezone) << "" << none << ""
        << false << "";
}

void TestCliArguments::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, kind);
    QFETCH(QString, userId);
    QFETCH(QStringList, assignments);
    QFETCH(QString, query);
    QFETCH(bool, hasQuery);
    QFETCH(QString, zone);

    CliArguments parsed;
    QCOMPARE(parsed.parse(cli(arguments)), CliArguments::Outcome::Run);
    QVERIFY2(parsed.error().isEmpty(), qPrintable(parsed.error()));
    QCOMPARE(int(parsed.command().kind), kind);
    QCOMPARE(parsed.command().userId, userId);
    QCOMPARE(parsed.command().assignments, assignments);
    QCOMPARE(parsed.command().query, query);
    QCOMPARE(parsed.command().hasQuery, hasQuery);
    QCOMPARE(parsed.command().zone, zone);
    QCOMPARE(parsed.command().usesMeApi(), arguments.first() == QLatin1String("me"));
}

void TestCliArguments::globalOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("hasBaseUrl");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("defaults") << QStringList{"whoami"} << false << "" << 30000;
    QTest::newRow("base url") << QStringList{"--base-url", "https://dash.jacoballenmedia.com",
                                             "whoami"}
                              << true << "https://dash.jacoballenmedia.com" << 30000;
    QTest::newRow("base url with =") << QStringList{"--base-url=http://127.0.0.1:8080", "whoami"}
                                     << true << "http://127.0.0.1:8080" << 30000;
    QTest::newRow("timeout") << QStringList{"--timeout", "3", "whoami"} << false << "" << 3000;
    QTest::newRow("fractional timeout")
        << QStringList{"--timeout=0.25", "me", "get"} << false << "" << 250;
    QTest::newRow("both") << QStringList{"--timeout", "60", "--base-url", "https://x.test", "users"}
                          << true << "https://x.test" << 60000;
}

void TestCliArguments::globalOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, hasBaseUrl);
    QFETCH(QString, baseUrl);
    QFETCH(int, timeoutMs);

    CliArguments parsed;
    QCOMPARE(parsed.parse(cli(arguments)), CliArguments::Outcome::Run);
    QCOMPARE(parsed.hasBaseUrl(), hasBaseUrl);
    QCOMPARE(parsed.baseUrl(), baseUrl);
    QCOMPARE(parsed.timeoutMs(), timeoutMs);
}

void TestCliArguments::informationRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("outcome");
    const int help = int(CliArguments::Outcome::ShowHelp);
    const int version = int(CliArguments::Outcome::ShowVersion);
    QTest::newRow("--help") << QStringList{"--help"} << help;
    QTest::newRow("-h") << QStringList{"-h"} << help;
    QTest::newRow("help after a command") << QStringList{"prefs", "set", "--help"} << help;
    QTest::newRow("help after an unknown command") << QStringList{"frob", "-h"} << help;
    QTest::newRow("--version") << QStringList{"--version"} << version;
    QTest::newRow("-v") << QStringList{"-v", "whoami"} << version;
}

void TestCliArguments::informationRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, outcome);
    CliArguments parsed;
    QCOMPARE(int(parsed.parse(cli(arguments))), outcome);
}

void TestCliArguments::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withApiKey");
    QTest::addColumn<QStringList>("expectedLines"); // each a substring of one stderr line

    const auto row = [](const char *name, const QStringList &arguments, const QStringList &expected,
                        bool withApiKey = true) {
        QTest::newRow(name) << arguments << withApiKey << expected;
    };
    // The command line itself.
    row("no command", {}, {"no command given", "--help"});
    row("unknown command", {"frob"}, {"unknown command \"frob\"", "--help"});
    row("unknown option", {"--frob", "whoami"}, {"Unknown option 'frob'", "--help"});
    row("missing option value", {"whoami", "--base-url"}, {"global option"});
    row("global option after the command", {"whoami", "--timeout", "3"},
        {"--timeout is a global option: put it before the command"});
    row("base url without value", {"--base-url"}, {"Missing value after '--base-url'"});
    row("timeout zero", {"--timeout", "0", "whoami"}, {"--timeout needs a number of seconds"});
    row("timeout not a number", {"--timeout", "soon", "whoami"}, {"\"soon\""});
    row("timeout too long", {"--timeout", "3601", "whoami"}, {"at most 3600"});
    row("whoami argument", {"whoami", "g1"}, {"unexpected argument \"g1\" after whoami"});
    row("users positional", {"users", "gina"}, {"users --query TEXT"});
    row("users query without text", {"users", "--query"}, {"--query needs a TEXT"});
    row("users query twice", {"users", "--query", "a", "--query=b"}, {"--query given twice"});
    row("users unknown option", {"users", "--limit", "5"},
        {"unknown option \"--limit\" for users"});
    row("prefs alone", {"prefs"}, {"prefs needs a sub-command"});
    row("bulk jobs zero", {"prefs", "set", "--team", "t1", "--jobs=0", "theme=dark"},
        {"--jobs needs a whole number from 1 to 6"});
    row("bulk users without ids", {"prefs", "set", "theme=dark", "--users"},
        {"--users needs ID[,ID...]"});
    row("bulk team twice", {"prefs", "set", "--team", "t1", "--team=t2", "theme=dark"},
        {"--team given twice"});
    row("bulk without fields", {"prefs", "set", "--users", "g1"},
        {"prefs set needs at least one FIELD=VALUE"});
    row("bulk for a profile read", {"profile", "get", "--users", "g1"},
        {"unknown option \"--users\" for profile get"});
    row("bulk profile with USER", {"profile", "set", "g1", "--team", "t1", "title=A"},
        {"profile set takes USER or --users/--team, not both"});
    row("bulk profile admin only", {"profile", "set", "--team", "t1", "role=agent", "title="},
        {"role: can only be changed by an administrator"});
    row("bulk reset", {"prefs", "set", "--users", "g1", "theme=", "language=xx-!"},
        {"theme: an empty value (reset to the default) is not taken", "language: "});
    row("prefs unknown sub-command", {"prefs", "list"}, {"unknown sub-command \"prefs list\""});
    row("prefs get two users", {"prefs", "get", "g1", "g2"}, {"unexpected argument \"g2\""});
    row("prefs get empty user", {"prefs", "get", ""}, {"USER cannot be empty"});
    row("prefs set nothing", {"prefs", "set"}, {"prefs set needs at least one FIELD=VALUE"});
    row("prefs set only a user", {"prefs", "set", "g2"}, {"needs at least one FIELD=VALUE"});
    row("prefs set option", {"prefs", "set", "--theme=dark"}, {"unknown option \"--theme=dark\""});
    row("profile set empty user", {"profile", "set", "", "title=x"}, {"USER cannot be empty"});
    row("me alone", {"me"}, {"me needs a sub-command"});
    row("me unknown sub-command", {"me", "set-language", "fr"}, {"unknown sub-command"});
    row("me set-timezone without zone", {"me", "set-timezone"}, {"needs a ZONE"});
    row("me set-timezone two zones", {"me", "set-timezone", "UTC", "GMT"},
        {"unexpected argument \"GMT\""});
    row("me get argument", {"me", "get", "g1"}, {"unexpected argument \"g1\" after me get"});

    // Values refused locally: every problem, one line each, naming the field.
    row("preference values", {"prefs", "set", "g1", "timezone=Mars/Olympus", "theme=blue"},
        {"timezone: \"Mars/Olympus\"", "theme must be one of light, dark, system"});
    row("preference unknown", {"prefs", "set", "font_size=12"}, {"font_size is not a preference"});
    row("preference twice", {"prefs", "set", "theme=dark", "theme=light"}, {"theme: given twice"});
    row("preference snake and camel", {"prefs", "set", "date_time_format=us", "dateTimeFormat=uk"},
        {"date_time_format: given twice (as date_time_format and dateTimeFormat)"});
    row("not FIELD=VALUE", {"prefs", "set", "g1", "theme"}, {"\"theme\" is not FIELD=VALUE"});
    row("no field name", {"profile", "set", "=x"}, {"has no FIELD"});
    row("profile admin only",
        {"profile", "set", "email=a@b.co", "role=admin", "isActive=false", "email_verified=true",
         "accountStatus=active"},
        {"email: can only be changed by an administrator",
         "role: can only be changed by an administrator",
         "isActive: can only be changed by an administrator",
         "email_verified: can only be changed by an administrator",
         "accountStatus: can only be changed by an administrator"});
    row("profile read-only", {"profile", "set", "id=x", "teamId=t2"},
        {"id: is read-only", "teamId: is read-only"});
    row("profile unknown", {"profile", "set", "nickname=G"}, {"nickname: is not a profile field"});
    row("profile twice", {"profile", "set", "displayName=a", "display_name=b"},
        {"display_name: given twice (as displayName and display_name)"});
    row("profile values", {"profile", "set", "name=", "websiteUrl=http://x.test", "title=\x01"},
        {"name: Full name cannot be empty", "websiteUrl: Website must be a secure web address",
         "title: Title contains control characters"});
    row("me unknown zone", {"me", "set-timezone", "Mars/Olympus"},
        {"timezone: \"Mars/Olympus\" is not a timezone of the IANA database"});
    row("me offset zone", {"me", "set-timezone", "UTC+05:00"}, {"timezone: \"UTC+05:00\""});
    row("me empty zone", {"me", "set-timezone", ""}, {"me clear-timezone"});

    // Where and as whom.
    row("no API key", {"whoami"}, {"VALARA_API_KEY is not set"}, false);
    row("not signed in", {"me", "get"}, {"not signed in to the Me API: run valara-cli me login"},
        false);
    row("plain http elsewhere", {"--base-url", "http://valara.cloud", "whoami"},
        {"--base-url: Refusing to send the API key over plain http:// to valara.cloud"});
    row("not a URL", {"--base-url", "valara.cloud", "whoami"},
        {"--base-url needs an absolute URL"});
    row("unsupported scheme", {"--base-url", "ftp://valara.cloud", "whoami"},
        {"Unsupported address scheme"});
    row("login option on me get", {"me", "get", "--org", "o1"}, {"--org is an option of me login"});
    row("two ways to sign in", {"me", "login", "--password-stdin", "--email-code"},
        {"two ways to sign in"});
    row("token file twice", {"me", "logout", "--token-file", "a", "--token-file=b"},
        {"--token-file given twice"});
    row("token file without path", {"me", "get", "--token-file"}, {"--token-file needs a value"});
    row("login without a key", {"me", "login", "--identifier", "a@b.c"},
        {"me login needs the service's publishable key"});
    row("every problem at once",
        {"--base-url", "http://example.com", "prefs", "set", "theme=blue", "language=??"},
        {"theme must be one of", "language: \"??\"", "Refusing to send the API key",
         "VALARA_API_KEY is not set"},
        false);
}

void TestCliArguments::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withApiKey);
    QFETCH(QStringList, expectedLines);

    QProcessEnvironment environment;
    // Were anything sent by mistake, it would go to a closed loopback port.
    environment.insert(QStringLiteral("VALARA_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
    if (withApiKey)
        environment.insert(QStringLiteral("VALARA_API_KEY"), QStringLiteral("secret-key-123"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliApplication application(environment, outStream, errStream);

    QCOMPARE(application.run(cli(arguments)), CliExitCode::Usage);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &expected : expectedLines) {
        const auto match = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.contains(expected);
        });
        QVERIFY2(match != lines.cend(), qPrintable(expected + QStringLiteral(" not in:\n") + err));
    }
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QLatin1String("valara-cli: ")) ||
                     line.startsWith(QLatin1String("Run 'valara-cli --help'")),
                 qPrintable(line));
    }
    QVERIFY(!err.contains(QLatin1String("secret-key-123")));
}

void TestCliArguments::bulkOptions_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("userIds");
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<bool>("dryRun");

    QTest::newRow("users") << "prefs" << QStringList{"--users", "g1, g2,b1", "theme=dark"}
                           << QStringList{"g1", "g2", "b1"} << "" << 6 << false;
    QTest::newRow("team, options after the fields")
        << "prefs" << QStringList{"theme=dark", "--team=t1", "--jobs", "2", "--dry-run"}
        << QStringList{} << "t1" << 2 << true;
    QTest::newRow("-- ends the options") << "prefs" << QStringList{"--users=g1", "--", "theme=dark"}
                                         << QStringList{"g1"} << "" << 6 << false;
    QTest::newRow("profiles by users")
        << "profile" << QStringList{"--users", "g1,g2", "--jobs=3", "theme=dark"}
        << QStringList{"g1", "g2"} << "" << 3 << false;
    QTest::newRow("profiles by team")
        << "profile" << QStringList{"--dry-run", "--team", "t1", "theme=dark"} << QStringList{}
        << "t1" << 6 << true;
}

void TestCliArguments::bulkOptions()
{
    QFETCH(QString, group);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, userIds);
    QFETCH(QString, team);
    QFETCH(int, jobs);
    QFETCH(bool, dryRun);

    CliArguments parsed;
    QCOMPARE(parsed.parse(cli(QStringList{group, "set"} + arguments)), CliArguments::Outcome::Run);
    QCOMPARE(parsed.command().kind,
             group == QLatin1String("prefs") ? Kind::PrefsSetBulk : Kind::ProfileSetBulk);
    QVERIFY(parsed.command().isBulk() && parsed.command().writes());
    QCOMPARE(parsed.command().userIds, userIds);
    QCOMPARE(parsed.command().team, team);
    QCOMPARE(parsed.command().jobs, jobs);
    QCOMPARE(parsed.command().dryRun, dryRun);
    QCOMPARE(parsed.command().assignments, QStringList{"theme=dark"});
    QVERIFY(parsed.command().userId.isEmpty());
}

void TestCliArguments::meSignInOptions()
{
    CliArguments parsed;
    QCOMPARE(parsed.parse(cli({"me", "login", "--identifier=a@b.c", "--password-stdin", "--org",
                               "o2", "--publishable-key", "pk_test_x", "--token-file", "/t"})),
             CliArguments::Outcome::Run);
    const CliCommand &command = parsed.command();
    QCOMPARE(command.kind, Kind::MeLogin);
    QVERIFY(command.isMeSignIn() && command.usesMeApi() && !command.writes());
    QCOMPARE(command.identifier, QStringLiteral("a@b.c"));
    QVERIFY(command.passwordStdin && !command.emailCode);
    QCOMPARE(command.orgId, QStringLiteral("o2"));
    QCOMPARE(command.publishableKey, QStringLiteral("pk_test_x"));
    QCOMPARE(command.tokenFile, QStringLiteral("/t"));
    QCOMPARE(parsed.parse(cli({"me", "set-timezone", "--token-file", "/t", "Etc/UTC"})),
             CliArguments::Outcome::Run);
    QCOMPARE(parsed.command().zone, QStringLiteral("Etc/UTC"));
    QCOMPARE(parsed.command().tokenFile, QStringLiteral("/t"));
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cli_arguments.moc"
