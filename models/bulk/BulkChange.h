// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkPeople.h"
#include "models/bulk/BulkProgress.h"
#include "models/caller/Caller.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class QIODevice;

namespace valara {

class ApiClient;
class BulkApply;
class BulkPreview;
class BulkResultsModel;
class BulkValues;
class ChangeJournal;
class EditableRecordsModel;
class RecordEditor;

// One bulk change from start to end, for a window to present: the values (BulkValues), the
// preview of each member (BulkPreview), the sending (BulkApply) and the table of members and
// results (BulkResultsModel), over an editor and models of its own so no form's state is touched.
// Stages: Choosing → Previewing → Previewed → Applying → Finished (→ Applying again on a retry).
// Saves are journaled when a journal is given, like any save.
class BulkChange : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Preferences, // anyone's the caller may change (R1)
        Profiles     // administrators: a few shared fields of a profile (R2), through PATCH
    };
    enum class Stage
    {
        Choosing,
        Previewing,
        Previewed,
        Applying,
        Finished
    };
    Q_ENUM(Stage)

    // `client` and `journal` (may be null) are not owned.
    BulkChange(Kind kind, ApiClient *client, ChangeJournal *journal, const Caller &caller,
               const BulkPeople &people, QObject *parent = nullptr);
    ~BulkChange() override;

    // The fields each kind offers.
    static QStringList offeredKeys(Kind kind);

    Kind kind() const { return m_kind; }
    Stage stage() const { return m_stage; }
    const QStringList &people() const { return m_people; }
    BulkValues *values() const { return m_values; }
    BulkPreview *preview() const { return m_preview; }
    BulkApply *apply() const { return m_apply; }
    BulkResultsModel *results() const { return m_results; }
    const BulkProgress &progress() const { return m_progress; }
    void setClock(BulkProgress::Clock clock) { m_progress = BulkProgress(std::move(clock)); }
    // The members the preview found to change.
    int toSendCount() const;
    // Whether the sent requests are over (nothing in flight).
    bool isIdle() const;

    // Reads every member and works out their change (the values must be ready).
    bool startPreview();
    // Back to choosing values (from Previewed).
    void backToValues();
    // Sends the previewed changes.
    bool confirm();
    // Stops reading or sending: what is on its way finishes, the rest is not sent.
    void cancel();
    // Sends the failed members again (their original keys, see BulkApply).
    bool retryFailed();
    bool exportCsv(QIODevice *device, QString *error) const;

Q_SIGNALS:
    void stageChanged(valara::BulkChange::Stage stage);
    // Reading or sending made progress (see progress()).
    void progressChanged();

private:
    void setStage(Stage stage);
    bool mayChange(const QString &userId) const;

    Kind m_kind;
    Caller m_caller;
    QStringList m_people;
    QHash<QString, QString> m_teams;
    std::unique_ptr<EditableRecordsModel> m_form;
    std::unique_ptr<EditableRecordsModel> m_records;
    RecordEditor *m_editor = nullptr;
    BulkValues *m_values = nullptr;
    BulkPreview *m_preview = nullptr;
    BulkApply *m_apply = nullptr;
    BulkResultsModel *m_results = nullptr;
    BulkProgress m_progress;
    Stage m_stage = Stage::Choosing;
};

} // namespace valara
