// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments/CliMeOptions.h"

namespace valara {

bool CliMeOptions::take(QStringList *arguments, CliCommand *command, QString *error)
{
    const bool login = command->kind == CliCommand::Kind::MeLogin;
    const struct
    {
        const char *name;
        QString *value; // null: a flag
        bool *flag;
        bool loginOnly;
    } options[] = {{"--token-file", &command->tokenFile, nullptr, false},
                   {"--publishable-key", &command->publishableKey, nullptr, false},
                   {"--identifier", &command->identifier, nullptr, true},
                   {"--org", &command->orgId, nullptr, true},
                   {"--password-stdin", nullptr, &command->passwordStdin, true},
                   {"--email-code", nullptr, &command->emailCode, true}};
    QStringList rest;
    QStringList given;
    bool literal = false;
    for (qsizetype i = 0; i < arguments->size(); ++i) {
        const QString &argument = arguments->at(i);
        literal = literal || argument == QLatin1String("--");
        bool matched = false;
        for (const auto &option : options) {
            const QString name = QLatin1String(option.name);
            const bool withValue = option.value && argument.startsWith(name + QLatin1Char('='));
            if (literal || (argument != name && !withValue))
                continue;
            matched = true;
            if (given.contains(name)) {
                //: %1: an option (--org).
                *error = tr("%1 given twice").arg(name);
                return false;
            }
            given.append(name);
            if (option.loginOnly && !login) {
                //: %1: an option (--org).
                *error = tr("%1 is an option of me login").arg(name);
                return false;
            }
            if (option.flag) {
                *option.flag = true;
                break;
            }
            QString value;
            if (withValue)
                value = argument.mid(name.size() + 1);
            else if (i + 1 < arguments->size())
                value = arguments->at(++i);
            value = value.trimmed();
            if (value.isEmpty()) {
                //: %1: an option that needs a value (--org).
                *error = tr("%1 needs a value").arg(name);
                return false;
            }
            *option.value = value;
            break;
        }
        if (!matched)
            rest.append(argument);
    }
    if (command->passwordStdin && command->emailCode) {
        *error = tr("--password-stdin and --email-code are two ways to sign in: give one");
        return false;
    }
    *arguments = rest;
    return true;
}

} // namespace valara
