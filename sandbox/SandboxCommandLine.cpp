// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxCommandLine.h"

#include "sandbox/SandboxLog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/identity/FrontendApi.h"
#include "sandbox/services/SessionToken.h"
#include "sandbox/store/FixtureLoader.h"
#include "sandbox/store/SandboxStore.h"
#include "sandbox/store/UserGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace valara::sandbox {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitRuntime = 1;
constexpr int ExitUsage = 2;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "valara-sandbox: %s\n", qPrintable(message));
    return code;
}

bool readFile(const QString &path, QByteArray *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *contents = file.readAll();
    return true;
}

int mintToken(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints a Me API session JWT for a user."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mint-token"), QString());
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User id (sub)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption secret(QStringLiteral("secret"), QStringLiteral("HS256 secret."),
                                    QStringLiteral("S"));
    const QCommandLineOption ttl(QStringLiteral("ttl"),
                                 QStringLiteral("Lifetime in seconds (default 3600)."),
                                 QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("org_id claim."),
                                 QStringLiteral("ORG"));
    const QCommandLineOption fixture(QStringLiteral("fixture"),
                                     QStringLiteral("Fixture to read the user's org_id from."),
                                     QStringLiteral("FILE"));
    parser.addOptions({user, secret, ttl, org, fixture});
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (!parser.isSet(user) || !parser.isSet(secret))
        return fail(ExitUsage, QStringLiteral("mint-token needs --user ID and --secret S"));
    bool ok = false;
    const qint64 seconds = parser.value(ttl).toLongLong(&ok);
    if (!ok)
        return fail(ExitUsage, QStringLiteral("--ttl must be a whole number of seconds"));

    SessionToken::Claims claims;
    claims.subject = parser.value(user);
    claims.orgId = parser.value(org);
    if (claims.orgId.isEmpty() && parser.isSet(fixture)) {
        QByteArray json;
        QString error;
        if (!readFile(parser.value(fixture), &json, &error))
            return fail(ExitUsage, error);
        const auto users = FixtureLoader::parse(json, QDateTime::currentDateTimeUtc(), &error);
        if (!users)
            return fail(ExitUsage, error);
        const auto found = std::find_if(users->cbegin(), users->cend(), [&](const SandboxUser &u) {
            return u.id == claims.subject;
        });
        if (found == users->cend())
            return fail(ExitUsage, QStringLiteral("no user %1 in the fixture").arg(claims.subject));
        claims.orgId = found->orgId;
    }
    if (claims.orgId.isEmpty())
        return fail(ExitUsage, QStringLiteral("mint-token needs --org ORG or --fixture FILE "
                                              "(session tokens carry the active organization)"));
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(seconds);
    std::printf("%s\n", SessionToken::mint(claims, parser.value(secret).toUtf8()).constData());
    return ExitOk;
}

// The per-request lines go out bare (METHOD PATH STATUS REQUEST_ID MS ms); everything else in
// Qt's usual format.
void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool requestLine =
        context.category && qstrcmp(context.category, "valara.sandbox.http") == 0;
    const QString line = requestLine ? message : qFormatLogMessage(type, context, message);
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

int SandboxCommandLine::run(const QStringList &arguments)
{
    qInstallMessageHandler(logMessage);
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("mint-token"))
        return mintToken(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local implementation of the Valara and Me APIs.\n"
                       "Sub-command: mint-token --user ID --secret S [--ttl SECONDS] [--org ORG] "
                       "[--fixture FILE]"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port, 0 for any free port."), QStringLiteral("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address (default 127.0.0.1)."),
                                    QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite file (default: in memory)."),
                                QStringLiteral("PATH"), QStringLiteral(":memory:"));
    const QCommandLineOption fixture(QStringLiteral("fixture"),
                                     QStringLiteral("Users to load into an empty database."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption secret(QStringLiteral("jwt-secret"),
                                    QStringLiteral("HS256 secret for session tokens."),
                                    QStringLiteral("S"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Delay before every answer."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      QStringLiteral("Share of requests answered 503 (0 to 1)."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Random seed for --fail-rate and --generate-users."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption etags(
        QStringLiteral("etags"),
        QStringLiteral("Send ETags on users' answers and check If-Match on their PATCH and PUT."));
    const QCommandLineOption generate(
        QStringLiteral("generate-users"),
        QStringLiteral("Fill an empty database with a made-up brokerage of N users (1 to %1; "
                       "after --fixture's users): teams of about 50, each managed by a broker or "
                       "a photographer, a few admins. The same N and --seed give the same users. "
                       "Ids u000001, u000002...; each user's API key is key-<id>.")
            .arg(UserGenerator::MaxUsers),
        QStringLiteral("N"));
    const QCommandLineOption sessionTtl(
        QStringLiteral("me-session-ttl"),
        QStringLiteral("Lifetime of the session tokens the Me API's sign-in mints (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    parser.addOptions(
        {port, listen, db, fixture, secret, latency, failRate, seed, etags, generate, sessionTtl});
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("valara-sandbox %s\n", VALARA_VERSION);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitUsage, QStringLiteral("unexpected argument %1")
                                   .arg(parser.positionalArguments().constFirst()));

    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, qlonglong min, qlonglong max) {
        bool valid = false;
        const qlonglong value = parser.value(option).toLongLong(&valid);
        ok = ok && valid && value >= min && value <= max;
        return value;
    };
    SandboxConfig config;
    config.databasePath = parser.value(db);
    config.etags = parser.isSet(etags);
    const quint16 portNumber = quint16(number(port, 0, 65535));
    config.latencyMs = int(number(latency, 0, 600000));
    config.seed = quint32(number(seed, 0, 0xFFFFFFFFll));
    config.meSessionTtlSeconds = number(sessionTtl, 1, 86400);
    const int generatedUsers =
        parser.isSet(generate) ? int(number(generate, 1, UserGenerator::MaxUsers)) : 0;
    bool rateOk = false;
    config.failRate = parser.value(failRate).toDouble(&rateOk);
    if (!ok || !rateOk || config.failRate < 0.0 || config.failRate > 1.0)
        return fail(ExitUsage, QStringLiteral("invalid number: see --help for the ranges"));
    if (parser.isSet(secret))
        config.jwtSecret = parser.value(secret).toUtf8();
    const QHostAddress address(parser.value(listen));
    if (address.isNull())
        return fail(ExitUsage, QStringLiteral("--listen needs an IP address"));

    SandboxServer server(config);
    QString error;
    if (!server.open(&error))
        return fail(ExitRuntime, error);
    const bool empty = server.store().isEmpty();
    if (parser.isSet(fixture)) {
        QByteArray json;
        if (!readFile(parser.value(fixture), &json, &error) || !server.loadFixture(json, &error))
            return fail(ExitUsage, error);
    }
    if (generatedUsers > 0 && !empty) {
        qCInfo(lcSandbox) << "database already holds users: none generated";
    } else if (generatedUsers > 0) {
        QElapsedTimer timer;
        timer.start();
        if (!server.generateUsers(generatedUsers, config.seed, &error))
            return fail(ExitRuntime, error);
        qCInfo(lcSandbox).noquote()
            << "generated" << generatedUsers << "users in" << timer.elapsed() << "ms";
    }
    if (server.start(address, portNumber, &error) == 0)
        return fail(ExitRuntime, error);
    QUrl origin = server.baseUrl();
    origin.setPath(QString());
    std::printf("listening on %s\n", origin.toString().toUtf8().constData());
    std::printf("Me API sign-in: publishable key %s, session tokens live %lld s\n",
                FrontendApi::publishableKeyFor(origin).constData(), config.meSessionTtlSeconds);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace valara::sandbox
