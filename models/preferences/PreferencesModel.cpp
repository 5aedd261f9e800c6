// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferencesModel.h"

#include "models/preferences/PreferenceSchema.h"

namespace valara {

PreferencesModel::PreferencesModel(QObject *parent)
    : EditableRecordsModel(parent)
{}

int PreferencesModel::columnOf(const QString &fieldKey)
{
    return int(PreferenceSchema::keys().indexOf(fieldKey));
}

QString PreferencesModel::fieldAt(int column)
{
    const auto &fields = PreferenceSchema::fields();
    return column >= 0 && column < fields.size() ? fields.at(column).key : QString();
}

int PreferencesModel::fieldCount() const
{
    return int(PreferenceSchema::fields().size());
}

QString PreferencesModel::fieldLabel(int column) const
{
    return PreferenceSchema::label(fieldAt(column));
}

QJsonValue PreferencesModel::serverValueOf(int column, const QJsonObject &record) const
{
    // The field's own default, not a copy of them all for every value read.
    const QString key = fieldAt(column);
    const PreferenceSchema::Field *field = PreferenceSchema::field(key);
    return record.value(key).toString(field ? field->defaultValue : QString());
}

QJsonValue PreferencesModel::fromForm(int, const QVariant &input) const
{
    return input.toString();
}

QString PreferencesModel::problem(int column, const QJsonValue &edited) const
{
    return PreferenceSchema::problem(fieldAt(column), edited.toString());
}

} // namespace valara
