// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace valara {

// The delegate of a QDataWidgetMapper over a form: writes a model value into its editor only when
// it differs from what the editor holds, so a refresh never moves the cursor of a field being
// typed in, and never writes an invalid value (an unset field shows as empty).
class FormFieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};

} // namespace valara
