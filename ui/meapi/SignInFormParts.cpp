// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/SignInFormParts.h"

#include "ui/editing/FieldErrorLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace valara {

QLineEdit *SignInFormParts::lineEdit(QWidget *parent, const char *name, bool secret)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QPushButton *SignInFormParts::button(QWidget *parent, const char *name)
{
    auto *push = new QPushButton(parent);
    push->setObjectName(QLatin1String(name));
    return push;
}

FieldErrorLabel *SignInFormParts::errorLabel(QWidget *parent, const char *name)
{
    auto *label = new FieldErrorLabel(parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

// A row's label with its mnemonic and colon ("&Code:"); the field is named without them.
void SignInFormParts::setRowLabel(QLabel *buddy, const QString &text)
{
    buddy->setText(text);
    QString name = text;
    name.remove(QLatin1Char('&'));
    while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0x00A0)) ||
           name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    buddy->buddy()->setAccessibleName(name);
}

QLabel *SignInFormParts::introLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A page: its intro, its form, its buttons in a row (the first the step's own).
QWidget *SignInFormParts::page(QWidget *parent, const char *name, QLabel *intro, QFormLayout *form,
                               const QList<QPushButton *> &buttons)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(QLatin1String(name));
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    if (intro)
        layout->addWidget(intro);
    if (form)
        layout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *push : buttons)
        row->addWidget(push);
    layout->addLayout(row);
    layout->addStretch(1);
    return widget;
}

} // namespace valara
