// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkChange.h"

#include "models/ModelsLogging.h"
#include "models/bulk/BulkApply.h"
#include "models/bulk/BulkPreview.h"
#include "models/bulk/BulkRecords.h"
#include "models/bulk/BulkResultsModel.h"
#include "models/bulk/BulkValues.h"
#include "models/preferences/PreferenceSchema.h"
#include "models/records/RecordEditor.h"

namespace valara {

BulkChange::BulkChange(Kind kind, ApiClient *client, ChangeJournal *journal, const Caller &caller,
                       const BulkPeople &people, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_caller(caller)
    , m_people(people.ids)
    , m_teams(people.teams)
    , m_form(BulkRecords::makeModel(kind, caller))
    , m_records(BulkRecords::makeModel(kind, caller))
{
    m_people.removeDuplicates();
    m_editor = BulkRecords::makeEditor(kind, client, m_records.get(), this);
    m_editor->setJournal(journal);
    m_values = new BulkValues(m_form.get(), offeredKeys(kind), this);
    m_preview = new BulkPreview(m_editor, this);
    m_apply = new BulkApply(m_editor, this);
    m_results = new BulkResultsModel(this);
    m_results->setFieldLabeller([this](const QString &key) { return m_values->label(key); });
    m_results->setUserLabeller(
        [names = people.names](const QString &userId) { return names.value(userId); });
    m_results->attach(m_apply);

    connect(m_preview, &BulkPreview::progress, this, [this](int read, int toRead) {
        if (read == 0)
            m_progress.start(toRead);
        m_progress.update(read);
        Q_EMIT progressChanged();
    });
    connect(m_preview, &BulkPreview::finished, this, [this] {
        m_results->setMembers(m_preview->members());
        setStage(m_stage == Stage::Previewing ? Stage::Previewed : Stage::Choosing);
    });
    connect(m_apply, &BulkApply::started, this, [this] {
        m_progress.start(m_apply->toSendCount());
        setStage(Stage::Applying);
    });
    connect(m_apply, &BulkApply::progress, this, [this](int done, int) {
        m_progress.update(done);
        Q_EMIT progressChanged();
    });
    connect(m_apply, &BulkApply::finished, this, [this] { setStage(Stage::Finished); });
}

BulkChange::~BulkChange() = default;

QStringList BulkChange::offeredKeys(Kind kind)
{
    if (kind == Kind::Preferences)
        return PreferenceSchema::keys();
    // What a brokerage shares across people; names, contacts and licences are each person's own.
    return {QStringLiteral("brokerage_name"), QStringLiteral("office_name"),
            QStringLiteral("title"),          QStringLiteral("city"),
            QStringLiteral("state"),          QStringLiteral("license_state"),
            QStringLiteral("website_url")};
}

int BulkChange::toSendCount() const
{
    return m_results->count(BulkMember::Outcome::Pending);
}

bool BulkChange::isIdle() const
{
    return !m_preview->isRunning() && !m_apply->isRunning();
}

bool BulkChange::startPreview()
{
    if (m_stage != Stage::Choosing || !m_values->isReady() || m_preview->isRunning())
        return false;
    setStage(Stage::Previewing);
    m_preview->start(m_people, m_values->values(),
                     [this](const QString &userId) { return mayChange(userId); });
    return true;
}

void BulkChange::backToValues()
{
    if (m_stage == Stage::Previewed)
        setStage(Stage::Choosing);
}

bool BulkChange::confirm()
{
    if (m_stage != Stage::Previewed || toSendCount() == 0)
        return false;
    m_apply->start(m_preview->members());
    return true;
}

void BulkChange::cancel()
{
    if (m_stage == Stage::Previewing) {
        setStage(Stage::Choosing); // the preview's end leaves it there
        m_preview->cancel();
    } else if (m_stage == Stage::Applying) {
        m_apply->cancel();
    }
}

bool BulkChange::retryFailed()
{
    return m_stage == Stage::Finished && m_apply->retryFailed();
}

bool BulkChange::exportCsv(QIODevice *device, QString *error) const
{
    return m_results->exportCsv(device, error);
}

void BulkChange::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    qCInfo(lcModels) << "bulk change:" << stage;
    Q_EMIT stageChanged(stage);
}

bool BulkChange::mayChange(const QString &userId) const
{
    return BulkRecords::mayChange(m_kind, m_caller, userId, m_teams.value(userId));
}

} // namespace valara
