// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/records/EditableRecordsModel.h"

namespace valara {

// Users' Valara preferences (docs/api-contract.md P1-P7) as a table: one row per user, one column
// per PreferenceSchema field (values are strings; the server's defaults fill unset fields).
class PreferencesModel : public EditableRecordsModel
{
    Q_OBJECT

public:
    explicit PreferencesModel(QObject *parent = nullptr);

    static int columnOf(const QString &fieldKey);
    static QString fieldAt(int column);

protected:
    int fieldCount() const override;
    QString fieldKey(int column) const override { return fieldAt(column); }
    QString fieldLabel(int column) const override;
    QJsonValue serverValueOf(int column, const QJsonObject &record) const override;
    QJsonValue fromForm(int column, const QVariant &input) const override;
    QString problem(int column, const QJsonValue &edited) const override;
};

} // namespace valara
