// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/EditorSignals.h"

#include "ui/widgets/ChoiceComboBox.h"
#include "ui/widgets/LanguagePicker.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace valara {

bool EditorSignals::onEdited(QWidget *editor, QObject *context, const std::function<void()> &edited)
{
    if (auto *choice = qobject_cast<ChoiceComboBox *>(editor))
        QObject::connect(choice, &ChoiceComboBox::valueChanged, context, edited);
    else if (auto *zone = qobject_cast<TimeZonePicker *>(editor))
        QObject::connect(zone, &TimeZonePicker::zoneIdChanged, context, edited);
    else if (auto *language = qobject_cast<LanguagePicker *>(editor))
        QObject::connect(language, &LanguagePicker::languageTagChanged, context, edited);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::textEdited, context, edited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, edited);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        QObject::connect(check, &QCheckBox::toggled, context, edited);
    else
        return false;
    return true;
}

} // namespace valara
