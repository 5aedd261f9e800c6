// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace valara {

class FieldErrorLabel;

// One row of an editing form, built the same way on every page: a buddy label ("Timezone:")
// whose text, without the colon, is also the editor's accessible name (and that of an editable
// combo box's line, which screen readers read on its own), and the field's message line, when it
// has one, right below the editor.
class FormRow
{
    Q_DECLARE_TR_FUNCTIONS(FormRow)

public:
    // Adds `editor` under `label` (`error` may be null). An empty `label` adds the editor across
    // the whole row without a buddy (a check box carries its own text). Returns the buddy label,
    // or null when there is none.
    static QLabel *add(QFormLayout *form, const QString &label, QWidget *editor,
                       FieldErrorLabel *error = nullptr);
    // A row's label again (the language changed): the buddy's text and its editor's name.
    static void setLabel(QLabel *buddy, const QString &label);
};

} // namespace valara
