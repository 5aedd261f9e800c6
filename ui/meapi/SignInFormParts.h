// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QString;
class QWidget;

namespace valara {

class FieldErrorLabel;

// The pieces the Me API sign-in dialog's pages are made of: named fields, buttons and error
// labels (found by tests through their object names), a row label whose field takes its words
// as accessible name, and a page laid out as intro, form, then its buttons in a row.
class SignInFormParts
{
public:
    static QLineEdit *lineEdit(QWidget *parent, const char *name, bool secret = false);
    static QPushButton *button(QWidget *parent, const char *name);
    static FieldErrorLabel *errorLabel(QWidget *parent, const char *name);
    static QLabel *introLabel(QWidget *parent);
    // A row's label with its mnemonic and colon ("&Code:"); the field is named without them.
    static void setRowLabel(QLabel *buddy, const QString &text);
    static QWidget *page(QWidget *parent, const char *name, QLabel *intro, QFormLayout *form,
                         const QList<QPushButton *> &buttons);
};

} // namespace valara
