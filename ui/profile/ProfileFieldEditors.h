// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/profile/ProfileSchema.h"

#include <QCoreApplication>

class QWidget;

namespace valara {

// The editor of a profile field by its kind (a line with the right hints, a text box, a check
// box, a choice list of states, roles or statuses), made once for every form that edits profiles
// (a person's page, a bulk change). Each editor's USER property is its value, for a
// QDataWidgetMapper; EditorSignals says when the user edits it.
class ProfileFieldEditors
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFieldEditors)

public:
    static QWidget *create(const ProfileSchema::Field &field, QWidget *parent);
    // The editor's texts (a check box's label, the choices, the placeholder) again, in the
    // current language.
    static void retranslate(const ProfileSchema::Field &field, QWidget *editor);
};

} // namespace valara
