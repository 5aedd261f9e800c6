// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/FormFieldDelegate.h"

#include <QMetaProperty>

namespace valara {

void FormFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QMetaProperty property = editor->metaObject()->userProperty();
    if (!property.isValid()) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    QVariant value = index.data(Qt::EditRole);
    if (!value.isValid())
        value = QVariant(property.metaType());
    if (property.read(editor) != value)
        property.write(editor, value);
}

} // namespace valara
