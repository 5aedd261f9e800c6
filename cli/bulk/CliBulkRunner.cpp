// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bulk/CliBulkRunner.h"

#include "cli/CliLogging.h"
#include "cli/CliRunner.h"
#include "cli/arguments/CliBulkOptions.h"
#include "cli/journal/CliJournal.h"

#include "api/ApiClient.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkPreview.h"
#include "models/bulk/BulkRecords.h"
#include "models/caller/CallerLookup.h"
#include "models/people/MatchingUserIds.h"

#include <QEventLoop>

namespace valara {

static_assert(CliBulkOptions::MaxJobs == BulkApply::MaxConcurrency);
static_assert(CliBulkOptions::MaxJobs == BulkPreview::MaxConcurrency);

CliBulkRunner::CliBulkRunner(CliRunner *runner, const CliCommand &command,
                             const QJsonObject &values, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_command(command)
    , m_kind(command.kind == CliCommand::Kind::ProfileSetBulk ? BulkChange::Kind::Profiles
                                                              : BulkChange::Kind::Preferences)
    , m_values(values)
{}

ApiResult CliBulkRunner::run()
{
    m_members.clear();
    m_runner->startDeadline();
    CallerLookup lookup(m_runner->client());
    const ApiResult signedIn = m_runner->wait(&lookup);
    if (!signedIn.ok())
        return signedIn;
    const Caller caller = lookup.caller();
    QStringList userIds = m_command.userIds;
    if (const ApiResult list = readTeams(caller, &userIds); !list.ok())
        return list;
    if (userIds.isEmpty())
        return signedIn; // a team nobody visible belongs to: nothing to do
    if (!prepare(caller))
        return signedIn;
    preview(caller, userIds);
    if (!m_command.dryRun)
        apply();
    if (m_journal)
        m_journal->takeJournalProblem();
    return signedIn;
}

ApiResult CliBulkRunner::readTeams(const Caller &caller, QStringList *userIds)
{
    const bool byTeam = !m_command.team.isEmpty();
    // Only a manager's right to change preferences depends on the members' teams (R1, R2).
    if (!byTeam && !(m_kind == BulkChange::Kind::Preferences && caller.managesTeams()))
        return {};
    MatchingUserIds pages(m_runner->client(), PeopleQuery{}, QString()); // everyone
    const ApiResult result = m_runner->wait(&pages);
    if (!result.ok())
        return result;
    for (const QString &id : pages.ids()) {
        const QString team = pages.teamOf(id);
        m_teams.insert(id, team);
        if (byTeam && team == m_command.team)
            userIds->append(id);
    }
    qCDebug(lcCli) << "the user list holds" << m_teams.size() << "people;" << userIds->size()
                   << "members";
    return {};
}

bool CliBulkRunner::prepare(const Caller &caller)
{
    m_model = BulkRecords::makeModel(m_kind, caller);
    m_editor.reset(BulkRecords::makeEditor(m_kind, m_runner->client(), m_model.get(), nullptr));
    if (!m_journal || m_command.dryRun)
        return true;
    Account account;
    account.kind = Account::Kind::Valara;
    account.baseUrl = m_runner->accountBaseUrl();
    account.userId = caller.id();
    if (!m_journal->open(account))
        return false;
    m_editor->setJournal(m_journal->changeJournal());
    return true;
}

void CliBulkRunner::preview(const Caller &caller, const QStringList &userIds)
{
    BulkPreview preview(m_editor.get());
    preview.setConcurrency(m_command.jobs);
    // Before each read: the time left, or no more reads.
    connect(&preview, &BulkPreview::progress, this, [this, &preview] {
        if (outOfTime())
            preview.cancel();
        limitNextJob();
    });
    limitNextJob();
    preview.start(userIds, m_values, [this, &caller](const QString &userId) {
        return BulkRecords::mayChange(m_kind, caller, userId, m_teams.value(userId));
    });
    waitFor(&preview, &BulkPreview::finished);
    m_members = preview.members();
    // Read members always have changes (else NoChange): these were not read in time.
    notSent([](const BulkMember &member) { return member.changes.isEmpty(); },
            tr("Not sent: the command's time ran out before it was read."));
}

void CliBulkRunner::notSent(const std::function<bool(const BulkMember &)> &which,
                            const QString &why)
{
    for (BulkMember &member : m_members) {
        if (member.outcome == BulkMember::Outcome::Pending && which(member)) {
            member.outcome = BulkMember::Outcome::NotSent;
            member.error = why;
        }
    }
}

void CliBulkRunner::apply()
{
    if (outOfTime()) {
        notSent([](const BulkMember &) { return true; },
                tr("Not sent: the command's time ran out."));
        return;
    }
    BulkApply apply(m_editor.get());
    apply.setConcurrency(m_command.jobs);
    connect(&apply, &BulkApply::memberChanged, this, [this, &apply](int index) {
        if (apply.members().at(index).outcome != BulkMember::Outcome::Sending)
            return;
        if (outOfTime())
            apply.cancel(); // this one is on its way, with the time left; no other
        limitNextJob();
    });
    apply.start(m_members);
    waitFor(&apply, &BulkApply::finished);
    m_members = apply.members();
}

template <typename Sender>
void CliBulkRunner::waitFor(Sender *sender, void (Sender::*finished)())
{
    // Every request ends by the command's deadline (limitNextJob), and none starts after it
    // (outOfTime), so this ends by then too.
    if (!sender->isRunning())
        return;
    QEventLoop loop;
    connect(sender, finished, &loop, &QEventLoop::quit);
    loop.exec();
}

bool CliBulkRunner::outOfTime() const
{
    return m_runner->timeLeft() < MinRequestMs;
}

void CliBulkRunner::limitNextJob()
{
    m_runner->client()->setJobTimeout(int(qMax<qint64>(1, m_runner->timeLeft())));
}

} // namespace valara
