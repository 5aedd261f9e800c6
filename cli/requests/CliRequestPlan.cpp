// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/requests/CliRequestPlan.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "cli/arguments/FieldAssignment.h"
#include "cli/requests/PreferencePatch.h"
#include "cli/requests/ProfilePatch.h"
#include "models/journal/JournalEntry.h"
#include "models/meapi/MeApiPreferences.h"
#include "models/preferences/PreferenceSchema.h"

namespace valara {

namespace {

using Kind = CliCommand::Kind;

} // namespace

QString CliRequestPlan::pathFor(const QString &id) const
{
    if (!perUser)
        return path;
    const bool prefs =
        command == Kind::PrefsGet || command == Kind::PrefsSet || command == Kind::PrefsSetBulk;
    return prefs ? Endpoints::preferences(id) : Endpoints::user(id);
}

QJsonObject CliRequestPlan::changes() const
{
    if (api == Api::Me)
        return body.value(QLatin1String("preferences")).toObject();
    return body;
}

QString CliRequestPlan::service() const
{
    return api == Api::Me ? JournalEntry::ServiceMeApi : JournalEntry::ServiceValara;
}

ResponseShape CliRequestPlan::answerShape() const
{
    switch (command) {
    case Kind::Users:
        return ResponseShape::list(&ResponseShape::userProblem);
    case Kind::PrefsGet:
    case Kind::PrefsSet:
    case Kind::PrefsSetBulk:
        return ResponseShape::object(&PreferenceSchema::answerProblem);
    case Kind::MeGet:
    case Kind::MeSetTimezone:
    case Kind::MeClearTimezone:
        return MeApiPreferences::answerShape();
    case Kind::None:
    case Kind::WhoAmI:
    case Kind::History:
    case Kind::MeLogin:
    case Kind::MeLogout:
    case Kind::ProfileGet:
    case Kind::ProfileSet:
    case Kind::ProfileSetBulk:
        break;
    }
    return ResponseShape::user();
}

CliRequestPlan CliRequestPlan::build(const CliCommand &command, QStringList *problems)
{
    CliRequestPlan plan;
    plan.command = command.kind;
    plan.userId = command.userId;
    switch (command.kind) {
    case Kind::None:
        problems->append(tr("no command given"));
        break;
    case Kind::History: // read from the journal, never sent (CliHistory)
    case Kind::MeLogin: // the identity service's, not the Me API's (CliMeSignIn)
    case Kind::MeLogout:
        break;
    case Kind::WhoAmI:
        plan.path = Endpoints::caller();
        break;
    case Kind::Users:
        plan.path = Endpoints::users();
        if (command.hasQuery)
            plan.query.addQueryItem(QStringLiteral("q"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(command.query)));
        break;
    case Kind::PrefsGet:
    case Kind::PrefsSet:
    case Kind::PrefsSetBulk: // each member's path (see CliBulkRunner)
        plan.perUser = true;
        if (command.kind != Kind::PrefsGet) {
            plan.method = QByteArrayLiteral("PATCH");
            plan.body = PreferencePatch::build(
                FieldAssignment::parseAll(command.assignments, problems), problems);
        }
        if (command.kind == Kind::PrefsSetBulk)
            PreferencePatch::refuseResets(plan.body, problems);
        break;
    case Kind::ProfileGet:
    case Kind::ProfileSet:
    case Kind::ProfileSetBulk: // each member's path (see CliBulkRunner)
        plan.perUser = true;
        // Admin-only fields need a PUT of the whole profile (U4, R3): refused here too, so a
        // change for many people is always one PATCH each. An empty value clears the field
        // for everyone, as it does for one person.
        if (command.kind != Kind::ProfileGet) {
            plan.method = QByteArrayLiteral("PATCH");
            plan.body = ProfilePatch::build(
                FieldAssignment::parseAll(command.assignments, problems), problems, &plan.warnings);
        }
        break;
    case Kind::MeGet:
        plan.api = Api::Me;
        plan.path = Endpoints::me();
        break;
    case Kind::MeSetTimezone:
        plan.api = Api::Me;
        plan.method = QByteArrayLiteral("PATCH");
        plan.path = Endpoints::me();
        if (command.zone.isEmpty())
            problems->append(
                tr("timezone: ZONE is empty (to clear the timezone, use me clear-timezone)"));
        else if (const QString problem = MeApiPreferences::timeZoneProblem(command.zone);
                 !problem.isEmpty())
            problems->append(FieldAssignment::problemLine(QStringLiteral("timezone"), problem));
        plan.body = MeApiPreferences::patchBody(command.zone);
        break;
    case Kind::MeClearTimezone:
        plan.api = Api::Me;
        plan.method = QByteArrayLiteral("PATCH");
        plan.path = Endpoints::me();
        plan.body = MeApiPreferences::patchBody(QJsonValue(QJsonValue::Null));
        break;
    }
    return plan;
}

} // namespace valara
