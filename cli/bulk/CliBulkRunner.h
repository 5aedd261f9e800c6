// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments/CliCommand.h"

#include "api/ApiResult.h"
#include "models/bulk/BulkChange.h"
#include "models/bulk/BulkMember.h"
#include "models/caller/Caller.h"
#include "models/records/EditableRecordsModel.h"
#include "models/records/RecordEditor.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace valara {

class CliJournal;
class CliRunner;

// "prefs set --users / --team" and "profile set --users / --team": the same values for many
// people, as the desktop's bulk change makes it (BulkPreview, then BulkApply), on records and an
// editor of its own for the command's kind (BulkRecords: preferences, or profiles whose caller is
// the signed-in user).
//
// First the caller (CallerLookup), then, to know the members' teams, every user the caller may
// see (MatchingUserIds): always for --team (its members are the users whose team_id is TEAM, in the
// list's order), and for preferences --users when the caller manages teams (an administrator may
// change anyone's preferences, anybody else only their own: their teams decide nothing). A member
// the list does not show has no known team, so a manager may not change their preferences (R1,
// R4). Profiles follow R2: an administrator anyone's, anybody else only their own, teams or not.
// Whom the caller may not change is forbidden up front, without a request. The preview reads each
// member and keeps exactly the
// fields that differ; unless it is a dry run, BulkApply then sends each their own PATCH, `jobs`
// at a time, journaled when a journal is given. The command's deadline bounds it all: each
// request gets the time left, and what has not started when it runs out is not sent.
class CliBulkRunner : public QObject
{
    Q_OBJECT

public:
    // `values`: the checked body of the change (PreferencePatch, ProfilePatch); the kind of
    // record is the command's (PrefsSetBulk or ProfileSetBulk).
    CliBulkRunner(CliRunner *runner, const CliCommand &command, const QJsonObject &values,
                  QObject *parent = nullptr);

    // Where the saves are recorded (not owned; none by default). When it refuses (refused()),
    // run() returns before anything is sent.
    void setJournal(CliJournal *journal) { m_journal = journal; }

    // A failure of the caller lookup or of the user list: nothing was changed, members() is
    // empty. Otherwise success, and members() says how each member ended.
    ApiResult run();
    const QList<BulkMember> &members() const { return m_members; }

private:
    // Each member's team from the user list, and for --team the members.
    ApiResult readTeams(const Caller &caller, QStringList *userIds);
    // The records and their editor, for `caller`, journaled when a journal is given: false
    // (nothing sent) when the journal refuses.
    bool prepare(const Caller &caller);
    void preview(const Caller &caller, const QStringList &userIds);
    void apply();
    // Marks the Pending members `which` picks NotSent, for `why`.
    void notSent(const std::function<bool(const BulkMember &)> &which, const QString &why);
    // Runs an event loop until `finished` comes from `sender`, unless it is already done.
    template <typename Sender>
    void waitFor(Sender *sender, void (Sender::*finished)());
    // The next request gets only the command's time left.
    void limitNextJob();
    // Whether the command's time is up, or too close to it for a request to be answered.
    bool outOfTime() const;
    static constexpr qint64 MinRequestMs = 100;

    CliRunner *m_runner;
    CliCommand m_command;
    BulkChange::Kind m_kind;
    QJsonObject m_values;
    CliJournal *m_journal = nullptr;
    // Once the caller is known; the editor goes before the records it works on.
    std::unique_ptr<EditableRecordsModel> m_model;
    std::unique_ptr<RecordEditor> m_editor;
    QHash<QString, QString> m_teams; // user -> team, from the user list
    QList<BulkMember> m_members;
};

} // namespace valara
