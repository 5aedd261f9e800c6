// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferencesEditor.h"

#include "api/ApiClient.h"
#include "api/Endpoints.h"
#include "models/preferences/PreferenceSchema.h"
#include "models/preferences/PreferencesModel.h"

namespace valara {

PreferencesEditor::PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent)
    : RecordEditor(client, model, parent)
    , m_model(model)
{}

QString PreferencesEditor::recordPath(const QString &userId) const
{
    return Endpoints::preferences(userId);
}

ResponseShape PreferencesEditor::answerShape() const
{
    return ResponseShape::object(&PreferenceSchema::answerProblem);
}

} // namespace valara
