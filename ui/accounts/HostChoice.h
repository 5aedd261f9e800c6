// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/accounts/Account.h"

#include <QObject>
#include <QUrl>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace valara {

class FieldErrorLabel;

// Where an account lives, for the sign-in dialog: the rows "Server" (a list of the published
// addresses) and "Address" (a custom one), placed into the dialog's own form so that its labels
// line up with the others.
//
// Valara accounts choose valara.cloud, its legacy address dash.jacoballenmedia.com (the same
// service), or a custom address (staging, self-hosting, the local sandbox), which shows the
// address field. Me API accounts only get the address field: the Me API is its own service, on
// its own host, which the published addresses do not serve, so there is nothing to choose from.
// Switching between the two keeps what was typed and what was chosen for Valara.
//
// A custom address without a scheme is read as https://. It is checked as it is typed, with the
// reason shown under it: it must be a web address with a host and no user name, query or
// fragment, and plain http:// only reaches a loopback host (K2).
class HostChoice : public QObject
{
    Q_OBJECT

public:
    // The widgets are children of `owner`.
    explicit HostChoice(QWidget *owner);

    // Adds the "Server" and "Address" rows to `form`, which then shows or hides them.
    void addRows(QFormLayout *form);
    void setKind(Account::Kind kind);
    // Pre-fills: a published address selects its entry, anything else goes in the address field.
    void setBaseUrl(const QUrl &url);
    // The chosen address, or an empty URL with the reason in `problem`.
    QUrl baseUrl(QString *problem = nullptr) const;
    // Shows the address's problem under the field (also one not shown while typing, such as an
    // empty field) and moves the focus there; true when there is none.
    bool checkAndShowProblem();
    // "valara.cloud", "127.0.0.1:8080": the host people should read.
    static QString hostText(const QUrl &url);
    // A buddy label's text as its field's accessible name: no mnemonic, no colon.
    static QString accessibleNameOf(const QString &label);
    // Its labels and choices in the current language (the dialog calls it on a change).
    void retranslateUi();

    QComboBox *hostCombo() const { return m_combo; }
    QLineEdit *customUrlField() const { return m_field; }

Q_SIGNALS:
    // The chosen address may have changed (a choice, a keystroke, a kind).
    void changed();

private:
    void refresh();
    bool isCustom() const;
    static QUrl parse(Account::Kind kind, const QString &text, QString *problem);

    Account::Kind m_kind = Account::Kind::Valara;
    QComboBox *m_combo;
    QLabel *m_comboLabel;
    QLineEdit *m_field;
    QLabel *m_fieldLabel;
    FieldErrorLabel *m_fieldError;
    QWidget *m_fieldColumn;
    QFormLayout *m_form = nullptr;
};

} // namespace valara
