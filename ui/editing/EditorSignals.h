// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace valara {

// Where a form learns that the user edited a field, for every kind of editor the forms use
// (line and text edits, check boxes, choice lists, the time zone and language pickers): the
// signal each emits on the user's changes. A form still compares with its model, since some of
// them also fire when the form is filled.
class EditorSignals
{
public:
    // Calls `edited` (in `context`) on each change of `editor`; false for a kind it does not know.
    static bool onEdited(QWidget *editor, QObject *context, const std::function<void()> &edited);
};

} // namespace valara
