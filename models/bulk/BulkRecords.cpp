// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/bulk/BulkRecords.h"

#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"

namespace valara {

std::unique_ptr<EditableRecordsModel> BulkRecords::makeModel(BulkChange::Kind kind,
                                                             const Caller &caller)
{
    if (kind == BulkChange::Kind::Preferences)
        return std::make_unique<PreferencesModel>();
    auto model = std::make_unique<ProfileModel>();
    model->setCaller(caller);
    return model;
}

RecordEditor *BulkRecords::makeEditor(BulkChange::Kind kind, ApiClient *client,
                                      EditableRecordsModel *records, QObject *parent)
{
    if (kind == BulkChange::Kind::Preferences)
        return new PreferencesEditor(client, static_cast<PreferencesModel *>(records), parent);
    return new ProfileEditor(client, static_cast<ProfileModel *>(records), parent);
}

bool BulkRecords::mayChange(BulkChange::Kind kind, const Caller &caller, const QString &userId,
                            const QString &teamId)
{
    if (kind == BulkChange::Kind::Profiles)
        return caller.mayEditProfileOf(userId);
    return caller.mayEditPreferencesOf(userId, teamId);
}

} // namespace valara
