// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliArguments.h"

#include "cli/arguments/CliBulkOptions.h"
#include "cli/arguments/CliMeOptions.h"

namespace valara {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

bool isGlobalOption(const QString &argument)
{
    for (const char *name : {"--base-url", "--timeout", "--journal", "--version", "-v"}) {
        const QLatin1String option(name);
        if (argument == option || argument.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

bool looksLikeOption(const QString &argument)
{
    return argument.size() > 1 && argument.startsWith(QLatin1Char('-'));
}

// `command` is empty for a word in the command's place.
QString optionProblem(const QString &command, const QString &argument)
{
    const QString option = argument.section(QLatin1Char('='), 0, 0);
    if (command.isEmpty()) {
        if (isGlobalOption(argument))
            //: %1: the option as given (--timeout).
            return CliArguments::tr("%1 is a global option: put it before the command").arg(option);
        //: %1: the option as given, in the command's place.
        return CliArguments::tr("unknown option \"%1\" for the command").arg(argument);
    }
    if (isGlobalOption(argument))
        //: %1: the option as given (--timeout); %2: the command it was given to (prefs set).
        return CliArguments::tr("%1 is a global option: put it before the command "
                                "(valara-cli %1 ... %2)")
            .arg(option, command);
    //: %1: the option as given; %2: the command it was given to (prefs set).
    return CliArguments::tr("unknown option \"%1\" for %2").arg(argument, command);
}

QString needsAssignment(const QString &command)
{
    //: %1: the command (prefs set).
    return CliArguments::tr("%1 needs at least one FIELD=VALUE").arg(command);
}

} // namespace

CliArguments::CliArguments()
    // No descriptions: the parser's help is never shown (CliHelp writes valara-cli --help).
    : m_baseUrlOption(QStringLiteral("base-url"), QString(), QStringLiteral("URL"))
    , m_timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"))
    , m_journalOption(QStringLiteral("journal"), QString(), QStringLiteral("PATH"))
    , m_helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QString())
    , m_versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")}, QString())
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_parser.addOptions(
        {m_baseUrlOption, m_timeoutOption, m_journalOption, m_helpOption, m_versionOption});
}

CliArguments::Outcome CliArguments::parse(const QStringList &arguments)
{
    m_command = {};
    m_error.clear();
    m_helpRequested = false;
    m_hasBaseUrl = false;
    m_baseUrl.clear();
    m_timeoutMs = DefaultTimeoutSeconds * 1000;
    m_hasJournal = false;
    m_journalPath.clear();
    m_givenOptions.clear();

    if (!m_parser.parse(arguments)) {
        fail(m_parser.errorText());
        return Outcome::Error;
    }
    const QStringList words = m_parser.positionalArguments();
    for (const QString &word : words) {
        if (word == QLatin1String("--"))
            break;
        m_helpRequested = m_helpRequested || isHelp(word);
    }
    if (m_parser.isSet(m_helpOption) || m_helpRequested)
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;

    if (m_parser.isSet(m_baseUrlOption)) {
        m_hasBaseUrl = true;
        m_baseUrl = m_parser.value(m_baseUrlOption).trimmed();
    }
    if (m_parser.isSet(m_timeoutOption)) {
        const QString text = m_parser.value(m_timeoutOption).trimmed();
        bool ok = false;
        const double seconds = text.toDouble(&ok);
        const qint64 ms = ok ? qRound64(seconds * 1000.0) : 0;
        if (!ok || ms < 1 || seconds > MaxTimeoutSeconds) {
            //: %1: the largest number accepted; %2: what was given.
            fail(tr("--timeout needs a number of seconds above 0 and at most %1, not \"%2\"")
                     .arg(MaxTimeoutSeconds)
                     .arg(text));
            return Outcome::Error;
        }
        m_timeoutMs = int(ms);
    }
    if (m_parser.isSet(m_journalOption)) {
        m_hasJournal = true;
        m_journalPath = m_parser.value(m_journalOption);
        if (m_journalPath.isEmpty()) {
            fail(tr("--journal needs a PATH"));
            return Outcome::Error;
        }
    }
    return parseCommand(words) ? Outcome::Run : Outcome::Error;
}

bool CliArguments::parseCommand(const QStringList &words)
{
    if (words.isEmpty())
        return fail(tr("no command given"));
    const QString name = words.first();
    const QStringList rest = words.mid(1);
    if (name == QLatin1String("whoami")) {
        m_command.kind = CliCommand::Kind::WhoAmI;
        QStringList operands;
        if (!takeOperands(name, rest, &operands))
            return false;
        if (!operands.isEmpty())
            return fail(tr("unexpected argument \"%1\" after whoami").arg(operands.first()));
        return true;
    }
    if (name == QLatin1String("users"))
        return parseUsers(rest);
    if (name == QLatin1String("prefs") || name == QLatin1String("profile"))
        return parseUserCommand(name, rest);
    if (name == QLatin1String("me"))
        return parseMe(rest);
    if (name == QLatin1String("history"))
        return parseHistory(rest);
    if (looksLikeOption(name))
        return fail(optionProblem(QString(), name));
    //: %1: the word given as the command. The command names are not translated.
    return fail(tr("unknown command \"%1\" (commands: whoami, users, prefs, profile, me, history)")
                    .arg(name));
}

bool CliArguments::parseUsers(const QStringList &arguments)
{
    m_command.kind = CliCommand::Kind::Users;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        bool matched = false;
        if (!takeOptionValue(arguments, &i, QStringLiteral("--query"), QStringLiteral("TEXT"),
                             &m_command.query, &matched))
            return false;
        if (matched) {
            m_command.hasQuery = true;
            continue;
        }
        if (looksLikeOption(argument))
            return fail(optionProblem(QStringLiteral("users"), argument));
        return fail(tr("unexpected argument \"%1\" after users (to search, use users --query TEXT)")
                        .arg(argument));
    }
    return true;
}

bool CliArguments::takeOptionValue(const QStringList &arguments, qsizetype *i, const QString &name,
                                   const QString &valueName, QString *value, bool *matched)
{
    const QString &argument = arguments.at(*i);
    *matched = argument == name || argument.startsWith(name + QLatin1Char('='));
    if (!*matched)
        return true;
    if (m_givenOptions.contains(name))
        //: %1: an option (--query).
        return fail(tr("%1 given twice").arg(name));
    m_givenOptions.append(name);
    if (argument == name) {
        if (*i + 1 >= arguments.size())
            //: %1: an option (--query); %2: the name of its value (TEXT), not translated.
            return fail(tr("%1 needs a %2").arg(name, valueName));
        *value = arguments.at(++*i);
    } else {
        *value = argument.mid(name.size() + 1);
    }
    return true;
}

bool CliArguments::parseUserCommand(const QString &group, const QStringList &arguments)
{
    const bool prefs = group == QLatin1String("prefs");
    if (arguments.isEmpty())
        //: %1: the command (prefs or profile).
        return fail(tr("%1 needs a sub-command: %1 get or %1 set").arg(group));
    const QString sub = arguments.first();
    const QString command = group + QLatin1Char(' ') + sub;
    if (sub != QLatin1String("get") && sub != QLatin1String("set"))
        //: %1: the command as given (prefs frob); %2: the command (prefs or profile).
        return fail(tr("unknown sub-command \"%1\": use %2 get or %2 set").arg(command, group));
    QStringList words = arguments.mid(1);
    bool bulk = false;
    if (sub == QLatin1String("set")) {
        QString problem;
        if (!CliBulkOptions::take(&words, &m_command, &bulk, &problem))
            return fail(problem);
    }
    QStringList operands;
    if (!takeOperands(command, words, &operands))
        return false;
    if (bulk) {
        m_command.kind = prefs ? CliCommand::Kind::PrefsSetBulk : CliCommand::Kind::ProfileSetBulk;
        for (const QString &operand : std::as_const(operands)) {
            if (!operand.contains(QLatin1Char('=')))
                //: %1: the command (prefs set); %2: the word given.
                return fail(tr("%1 takes USER or --users/--team, not both (\"%2\" is not "
                               "FIELD=VALUE)")
                                .arg(command, operand));
        }
        if (operands.isEmpty())
            return fail(needsAssignment(command));
        m_command.assignments = operands;
        return true;
    }

    if (sub == QLatin1String("get")) {
        m_command.kind = prefs ? CliCommand::Kind::PrefsGet : CliCommand::Kind::ProfileGet;
        if (operands.size() > 1)
            //: %1: the word given; %2: the command (prefs get).
            return fail(tr("unexpected argument \"%1\" after %2 (%2 takes one USER)")
                            .arg(operands.at(1), command));
        if (!operands.isEmpty()) {
            if (operands.first().isEmpty())
                return fail(tr("USER cannot be empty"));
            m_command.userId = operands.first();
        }
        return true;
    }

    m_command.kind = prefs ? CliCommand::Kind::PrefsSet : CliCommand::Kind::ProfileSet;
    if (!operands.isEmpty() && !operands.first().contains(QLatin1Char('='))) {
        m_command.userId = operands.takeFirst();
        if (m_command.userId.isEmpty())
            return fail(tr("USER cannot be empty"));
    }
    if (operands.isEmpty())
        return fail(needsAssignment(command));
    m_command.assignments = operands;
    return true;
}

bool CliArguments::parseMe(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return fail(tr("me needs a sub-command: me login, me get, me set-timezone ZONE, me "
                       "clear-timezone or me logout"));
    const QString sub = arguments.first();
    const QString command = QStringLiteral("me ") + sub;
    if (sub == QLatin1String("get"))
        m_command.kind = CliCommand::Kind::MeGet;
    else if (sub == QLatin1String("set-timezone"))
        m_command.kind = CliCommand::Kind::MeSetTimezone;
    else if (sub == QLatin1String("clear-timezone"))
        m_command.kind = CliCommand::Kind::MeClearTimezone;
    else if (sub == QLatin1String("login"))
        m_command.kind = CliCommand::Kind::MeLogin;
    else if (sub == QLatin1String("logout"))
        m_command.kind = CliCommand::Kind::MeLogout;
    else
        //: %1: the command as given (me frob).
        return fail(tr("unknown sub-command \"%1\": use me login, me get, me set-timezone, me "
                       "clear-timezone or me logout")
                        .arg(command));
    QStringList words = arguments.mid(1);
    QString problem;
    if (!CliMeOptions::take(&words, &m_command, &problem))
        return fail(problem);
    QStringList operands;
    if (!takeOperands(command, words, &operands))
        return false;
    const qsizetype expected = m_command.kind == CliCommand::Kind::MeSetTimezone ? 1 : 0;
    if (operands.size() < expected)
        return fail(tr("me set-timezone needs a ZONE such as America/New_York"));
    if (operands.size() > expected)
        //: %1: the word given; %2: the command (me get).
        return fail(tr("unexpected argument \"%1\" after %2").arg(operands.at(expected), command));
    if (expected == 1)
        m_command.zone = operands.first();
    return true;
}

bool CliArguments::parseHistory(const QStringList &arguments)
{
    m_command.kind = CliCommand::Kind::History;
    const struct
    {
        const char *name;
        const char *valueName;
        QString *value;
    } options[] = {{"--journal", "PATH", &m_command.journalPath},
                   {"--field", "KEY", &m_command.field},
                   {"--since", "DATE", &m_command.since},
                   {"--state", "STATE", &m_command.state}};
    QStringList operands;
    bool literal = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (literal || !looksLikeOption(argument)) {
            operands.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            literal = true;
            continue;
        }
        if (argument == QLatin1String("--json")) {
            m_command.json = true;
            continue;
        }
        bool matched = false;
        for (const auto &option : options) {
            if (!takeOptionValue(arguments, &i, QLatin1String(option.name),
                                 QLatin1String(option.valueName), option.value, &matched))
                return false;
            if (matched)
                break;
        }
        if (!matched)
            return fail(optionProblem(QStringLiteral("history"), argument));
    }
    const bool ownJournal = m_givenOptions.contains(QLatin1String("--journal"));
    if (ownJournal && m_command.journalPath.isEmpty())
        return fail(tr("--journal needs a PATH"));
    if (m_hasJournal && ownJournal)
        return fail(tr("--journal given twice (before and after history)"));
    if (operands.size() > 1)
        return fail(tr("unexpected argument \"%1\" after history (history takes one USER)")
                        .arg(operands.at(1)));
    if (!operands.isEmpty()) {
        if (operands.first().isEmpty())
            return fail(tr("USER cannot be empty"));
        m_command.userId = operands.first();
    }
    return true;
}

bool CliArguments::takeOperands(const QString &command, const QStringList &arguments,
                                QStringList *operands)
{
    bool literal = false;
    for (const QString &argument : arguments) {
        if (!literal && argument == QLatin1String("--")) {
            literal = true;
            continue;
        }
        if (!literal && looksLikeOption(argument))
            return fail(optionProblem(command, argument));
        operands->append(argument);
    }
    return true;
}

bool CliArguments::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

} // namespace valara
