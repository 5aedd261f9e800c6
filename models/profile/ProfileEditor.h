// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profile/ProfileConflict.h"
#include "models/records/RecordEditor.h"

namespace valara {

class ProfileModel;

// Loads and saves users' profiles (docs/api-contract.md U1-U10). GET /api/v1/users/{id} fills a
// row. A save with only ordinary fields PATCHes the changed fields in snake_case. A save that
// changes admin-only fields (admins only) fetches the user again just before and PUTs that full
// representation with the changes applied, so nothing the form did not change is wiped. When the
// server gave that fresh copy an ETag, the PUT carries it as If-Match, so a change landing between
// the read and the write is answered 412 instead of being overwritten; the editor then reads again
// and, when no field being saved was touched, puts again. When a field being saved was changed on
// the server meanwhile, nothing is sent: the edits stay and conflicted() tells what changed.
class ProfileEditor : public RecordEditor
{
    Q_OBJECT

public:
    // PUTs answered 412 in a row before the save gives up.
    static constexpr int MaxPutAttempts = 3;

    ProfileEditor(ApiClient *client, ProfileModel *model, QObject *parent = nullptr);

    ProfileModel *model() const { return m_model; }
    bool save(const QString &userId) override;
    // Says so when the save is a GET then a PUT of the whole profile.
    QString savePreview(const QString &userId) const override;
    // "Use the server's": drops the edits of the conflict's fields, which take the server's
    // values again. Other edits stay. ("Keep mine" is save() again, over the new server copy.)
    void useServerValues(const ProfileConflict &conflict);

    // The body of a PUT: every updatable and admin-only field of `fresh` (the user as just read),
    // with `changes` applied. Read-only fields are left out.
    static QJsonObject fullRepresentation(const QJsonObject &fresh, const QJsonObject &changes);

Q_SIGNALS:
    // A save stopped because fields it changes were changed on the server meanwhile. The row's
    // server values are the server's new ones and the edits are kept; failed() follows with
    // the same news as an ApiError of Kind::Conflict.
    void conflicted(const ProfileConflict &conflict);

protected:
    QString recordPath(const QString &userId) const override;
    ResponseShape answerShape() const override { return ResponseShape::user(); }
    ApiJob *resendChanges(const JournalEntry &entry, const QJsonObject &changes,
                          const ApiResult &fresh) override;

private:
    void readThenPut(const EditableRecordsModel::SaveTicket &ticket, const QJsonObject &base,
                     int attempt);
    void putWithFreshCopy(const EditableRecordsModel::SaveTicket &ticket, const QJsonObject &base,
                          const ApiResult &fresh, int attempt);

    ProfileModel *m_model;
};

} // namespace valara
