#include "cli/CliApplication.h"

#include "cli/CliLogging.h"
#include "cli/CliRunner.h"
#include "cli/arguments/CliArguments.h"
#include "cli/arguments/CliHelp.h"
#include "cli/requests/CliConnection.h"
#include "cli/requests/CliErrorReport.h"
#include "cli/requests/CliRequestPlan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace valara {

namespace {

QByteArray toJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    // A scalar: wrapped in an array to let QJsonDocument write it, then unwrapped.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2) + '\n';
}

} // namespace

CliApplication::CliApplication(const QProcessEnvironment &environment, QTextStream &out,
                               QTextStream &err)
    : m_environment(environment)
    , m_out(out)
    , m_err(err)
{}

CliExitCode CliApplication::run(const QStringList &arguments)
{
    CliArguments parsed;
    switch (parsed.parse(arguments)) {
    case CliArguments::Outcome::Error:
        return usage({parsed.error()}, true);
    case CliArguments::Outcome::ShowHelp:
        m_out << CliHelp::text();
        m_out.flush();
        return CliExitCode::Ok;
    case CliArguments::Outcome::ShowVersion:
        m_out << CliHelp::versionText();
        m_out.flush();
        return CliExitCode::Ok;
    case CliArguments::Outcome::Run:
        break;
    }

    // Everything that can be checked here is, before the first byte is sent.
    QStringList problems;
    const CliRequestPlan plan = CliRequestPlan::build(parsed.command(), &problems);
    const CliConnection connection =
        CliConnection::resolve(parsed, plan.api, m_environment, &problems);
    if (!problems.isEmpty()) {
        qCInfo(lcCli) << problems.size() << "local problem(s): nothing sent";
        return usage(problems, false);
    }

    for (const QString &warning : plan.warnings)
        printError(QStringLiteral("warning: ") + warning);
    CliRunner runner(connection);
    const ApiResult result = runner.run(plan);
    if (!result.ok()) {
        printError(CliErrorReport::line(result, plan, connection));
        return CliErrorReport::exitCode(result.error);
    }
    m_out << QString::fromUtf8(toJson(result.value));
    m_out.flush();
    return CliExitCode::Ok;
}

CliExitCode CliApplication::usage(const QStringList &problems, bool withHint)
{
    for (const QString &problem : problems)
        printError(problem);
    if (withHint) {
        m_err << "Run 'valara-cli --help' for the commands, options and fields.\n";
        m_err.flush();
    }
    return CliExitCode::Usage;
}

void CliApplication::printError(const QString &message)
{
    m_err << "valara-cli: " << message << '\n';
    m_err.flush();
}

} // namespace valara
