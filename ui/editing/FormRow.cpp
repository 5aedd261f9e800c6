// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/FormRow.h"

#include "ui/editing/FieldErrorLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace valara {

QLabel *FormRow::add(QFormLayout *form, const QString &label, QWidget *editor,
                     FieldErrorLabel *error)
{

    QLayout *field = nullptr;
    if (error) {
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(editor);
        column->addWidget(error);
        field = column;
    }
    if (label.isEmpty()) {
        if (field)
            form->addRow(field);
        else
            form->addRow(editor);
        return nullptr;
    }
    auto *buddy = new QLabel(editor->parentWidget());
    buddy->setBuddy(editor);
    setLabel(buddy, label);
    if (field)
        form->addRow(buddy, field);
    else
        form->addRow(buddy, editor);
    return buddy;
}

void FormRow::setLabel(QLabel *buddy, const QString &label)
{
    //: A form field's label: %1 is the field's name ("Timezone"). French puts a no-break space
    //: before the colon.
    buddy->setText(tr("%1:").arg(label));
    QWidget *editor = buddy->buddy();
    editor->setAccessibleName(label);
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
        combo->lineEdit()->setAccessibleName(label);
}

} // namespace valara
