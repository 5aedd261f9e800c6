// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/caller/Caller.h"
#include "models/profile/ProfileSchema.h"
#include "models/records/EditableRecordsModel.h"

namespace valara {

// Users' Valara profiles (docs/api-contract.md U1-U10) as a table: one row per user, one column per
// ProfileSchema field. Values are strings, booleans or null (a cleared field); what is sent is
// normalised by the schema (phone numbers in E.164, states as codes). Who may edit what follows the
// caller: a profile is theirs to change or an administrator's, and admin-only fields are locked for
// everyone else, with the reason in LockReasonRole.
class ProfileModel : public EditableRecordsModel
{
    Q_OBJECT

public:
    explicit ProfileModel(QObject *parent = nullptr);

    static int columnOf(const QString &fieldKey);
    static QString fieldAt(int column);

    // The signed-in user: whose profiles they may change (Caller::mayEditProfileOf) and whether
    // the admin-only fields are theirs to change.
    void setCaller(const Caller &caller);
    Caller caller() const { return m_caller; }
    QString callerId() const { return m_caller.id(); }
    bool callerIsAdmin() const { return m_caller.mayEditAdminFields(); }
    // The ISO 3166 region for phone numbers written without a country code ("US").
    void setPhoneRegion(const QString &region);
    QString phoneRegion() const { return m_phoneRegion; }

    // Why the whole profile of a row is read-only for the caller, or an empty string.
    QString profileLockReason(int row) const;
    // Whether the row's changes include admin-only fields (saved with PUT, not PATCH).
    bool changesAdminFields(int row) const;

protected:
    int fieldCount() const override;
    QString fieldKey(int column) const override { return fieldAt(column); }
    QString fieldLabel(int column) const override;
    QJsonValue fromForm(int column, const QVariant &input) const override;
    QString problem(int column, const QJsonValue &edited) const override;
    QString warning(int column, const QJsonValue &edited) const override;
    QJsonValue wireValue(int column, const QJsonValue &edited) const override;
    QString lockReason(int row, int column) const override;

private:
    Caller m_caller;
    QString m_phoneRegion = ProfileSchema::DefaultPhoneRegion;
};

} // namespace valara
