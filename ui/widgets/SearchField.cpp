// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/SearchField.h"

#include <QAction>
#include <QEvent>
#include <QToolButton>

namespace valara {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    retranslateUi();
}

void SearchField::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SearchField::retranslateUi()
{
    const QString clear = tr("Clear search");
    // The action and button Qt adds for the clear button (not public API: found by type).
    for (QAction *action : findChildren<QAction *>()) {
        action->setText(clear);
        action->setToolTip(clear);
    }
    for (QToolButton *button : findChildren<QToolButton *>()) {
        button->setAccessibleName(clear);
        button->setToolTip(clear);
    }
}

} // namespace valara
