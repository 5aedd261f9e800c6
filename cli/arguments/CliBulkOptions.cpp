// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliBulkOptions.h"

namespace valara {

namespace {

// `--name` or `--name=VALUE`.
bool matches(const QString &argument, const QString &name)
{
    return argument == name || argument.startsWith(name + QLatin1Char('='));
}

QString twice(const QString &option)
{
    //: %1: an option (--team).
    return CliBulkOptions::tr("%1 given twice").arg(option);
}

} // namespace

bool CliBulkOptions::take(QStringList *arguments, CliCommand *command, bool *bulk, QString *error)
{
    QStringList rest;
    QStringList given;
    QString users;
    QString jobs;
    bool literal = false;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString &argument = arguments->at(i);
        literal = literal || argument == QLatin1String("--");
        if (!literal && argument == QLatin1String("--dry-run")) {
            if (given.contains(argument)) {
                *error = twice(argument);
                return false;
            }
            given.append(argument);
            command->dryRun = true;
            continue;
        }
        const struct
        {
            const char *name;
            const char *valueName;
            QString *value;
        } options[] = {{"--users", "ID[,ID...]", &users},
                       {"--team", "TEAM", &command->team},
                       {"--jobs", "N", &jobs}};
        bool matched = false;
        for (const auto &option : options) {
            const QString name = QLatin1String(option.name);
            if (literal || !matches(argument, name))
                continue;
            matched = true;
            if (given.contains(name)) {
                *error = twice(name);
                return false;
            }
            given.append(name);
            if (argument != name) {
                *option.value = argument.mid(name.size() + 1);
            } else if (i + 1 < arguments->size()) {
                *option.value = arguments->at(++i);
            } else {
                //: %1: an option (--users); %2: the form of its value (ID[,ID...]), not translated.
                *error = tr("%1 needs %2").arg(name, QLatin1String(option.valueName));
                return false;
            }
        }
        if (!matched)
            rest.append(argument);
    }
    *arguments = rest;
    const bool byUsers = given.contains(QLatin1String("--users"));
    const bool byTeam = given.contains(QLatin1String("--team"));
    *bulk = byUsers || byTeam;
    if (byUsers && byTeam) {
        *error = tr("--users and --team cannot be given together");
        return false;
    }
    if (!*bulk) {
        if (!given.isEmpty()) {
            //: %1: an option (--jobs, --dry-run).
            *error = tr("%1 goes with --users or --team").arg(given.first());
            return false;
        }
        return true;
    }
    if (byUsers) {
        for (const QString &id : users.split(QLatin1Char(','))) {
            if (id.trimmed().isEmpty()) {
                //: %1: what was given.
                *error = tr("--users needs user ids separated by commas, not \"%1\"").arg(users);
                return false;
            }
            command->userIds.append(id.trimmed());
        }
    }
    if (byTeam && command->team.trimmed().isEmpty()) {
        *error = tr("--team needs a TEAM");
        return false;
    }
    command->team = command->team.trimmed();
    if (given.contains(QLatin1String("--jobs"))) {
        bool ok = false;
        command->jobs = jobs.trimmed().toInt(&ok);
        if (!ok || command->jobs < 1 || command->jobs > MaxJobs) {
            //: %1: the largest number accepted; %2: what was given.
            *error =
                tr("--jobs needs a whole number from 1 to %1, not \"%2\"").arg(MaxJobs).arg(jobs);
            return false;
        }
    }
    return true;
}

} // namespace valara
