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
    // The clear button shows only while there is text: it is made with the first text, so that
    // a window does not look its icon up in the icon theme (milliseconds) before its first paint.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && !isClearButtonEnabled()) {
            setClearButtonEnabled(true);
            retranslateUi();
        }
    });
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
