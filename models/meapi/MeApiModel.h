// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/records/EditableRecordsModel.h"

#include <QStringList>

namespace valara {

// The signed-in user of a Me API account (docs/api-contract.md M1-M13): one row (RowId), one
// column, the timezone, which may be unset (null: the dashboard then follows the browser's
// timezone). The rest of the Me payload (user id, organisation, staff flag, scopes) is read-only
// and read from the record.
class MeApiModel : public EditableRecordsModel
{
    Q_OBJECT

public:
    static inline const QString RowId = QStringLiteral("me");
    static constexpr int TimeZoneColumn = 0;

    explicit MeApiModel(QObject *parent = nullptr);

    int meRow() const { return rowOf(RowId); }
    QModelIndex timeZoneIndex() const { return index(meRow(), TimeZoneColumn); }
    QString userId() const;
    QString orgId() const;
    bool isStaff() const;
    QStringList scopes() const;

protected:
    int fieldCount() const override { return 1; }
    QString fieldKey(int column) const override;
    QString fieldLabel(int column) const override;
    QJsonValue serverValueOf(int column, const QJsonObject &record) const override;
    QJsonValue fromForm(int column, const QVariant &input) const override;
    QString problem(int column, const QJsonValue &edited) const override;
};

} // namespace valara
