// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include "api/Endpoints.h"
#include "api/json/ResponseShape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace valara {

// What a command sends, decided and validated before anything goes on the wire: the API, the
// method, the path (per user or fixed), the query and the body. `whoami` and `me get` are sent
// by the reads the desktop uses (CallerLookup, MeApiAccountReader, see CliRunner); their plans
// say what those read.
struct CliRequestPlan
{
    Q_DECLARE_TR_FUNCTIONS(CliRequestPlan)

public:
    enum class Api
    {
        Valara, // API key
        Me      // session token
    };

    CliCommand::Kind command = CliCommand::Kind::None;
    Api api = Api::Valara;
    QByteArray method = QByteArrayLiteral("GET");
    QString path;         // the path, unless perUser (then pathFor() names it)
    bool perUser = false; // the path names a user: userId, or the caller
    QString userId;       // empty: the caller, looked up first (CallerLookup)
    QUrlQuery query;
    QJsonObject body;     // PATCH only
    QStringList warnings; // accepted values worth a word (an unusual phone number)

    bool resolvesCaller() const { return perUser && userId.isEmpty(); }
    bool writes() const { return method != QByteArrayLiteral("GET"); }
    // The fields a write changes, by key: the body, or the Me API body's "preferences".
    QJsonObject changes() const;
    // JournalEntry::ServiceValara or JournalEntry::ServiceMeApi.
    QString service() const;
    // What the answer must look like: a malformed success is an error, never printed.
    ResponseShape answerShape() const;
    // The path for a user id (percent-encoded), or the fixed path.
    QString pathFor(const QString &userId) const;

    // Validates the command's values against the schemas. Appends one line per problem to
    // `problems` (naming the field); a plan with problems must not be sent.
    static CliRequestPlan build(const CliCommand &command, QStringList *problems);
};

} // namespace valara
