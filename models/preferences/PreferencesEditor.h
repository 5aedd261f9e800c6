// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/records/RecordEditor.h"

namespace valara {

class PreferencesModel;

// Loads and saves users' preferences (docs/api-contract.md P1-P7): GET and PATCH
// /api/v1/users/{id}/preferences, only the changed fields sent.
class PreferencesEditor : public RecordEditor
{
    Q_OBJECT

public:
    PreferencesEditor(ApiClient *client, PreferencesModel *model, QObject *parent = nullptr);

    PreferencesModel *model() const { return m_model; }

protected:
    QString recordPath(const QString &userId) const override;
    ResponseShape answerShape() const override;

private:
    PreferencesModel *m_model;
};

} // namespace valara
