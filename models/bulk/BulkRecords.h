// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkChange.h"
#include "models/caller/Caller.h"
#include "models/records/EditableRecordsModel.h"

#include <QObject>
#include <QString>

#include <memory>

namespace valara {

class ApiClient;
class RecordEditor;

// What a bulk change of each kind works on, for the desktop's change (BulkChange) and the
// command line's alike: the members' records (a PreferencesModel, or a ProfileModel whose caller
// is the signed-in user), the editor that reads and saves them, and whom the caller may change.
class BulkRecords
{
public:
    static std::unique_ptr<EditableRecordsModel> makeModel(BulkChange::Kind kind,
                                                           const Caller &caller);
    // `records` must come from makeModel() with the same kind. Owned by `parent`.
    static RecordEditor *makeEditor(BulkChange::Kind kind, ApiClient *client,
                                    EditableRecordsModel *records, QObject *parent);
    // R1 for preferences (a manager: the members of their teams, so `teamId` counts), R2 for
    // profiles (their own, an administrator anyone's; the team counts for nothing).
    static bool mayChange(BulkChange::Kind kind, const Caller &caller, const QString &userId,
                          const QString &teamId);
};

} // namespace valara
