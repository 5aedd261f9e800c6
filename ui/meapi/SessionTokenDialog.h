// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace valara {

class FieldErrorLabel;

// Asks for a Me API session token (a JWT) when the session has ended: a hidden field, a live
// description of who the token is for and until when (read from the token, without checking its
// signature, which only the service can), and OK only for a well-formed, unexpired token.
// The token is never logged.
class SessionTokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SessionTokenDialog(QWidget *parent = nullptr);

    // The token as typed (trimmed).
    QByteArray token() const;
    // Pre-fills the field.
    void setToken(const QByteArray &token);
    // What "now" is when deciding whether the token has expired (tests inject one).
    void setClock(std::function<QDateTime()> clock);

private:
    void refresh();

    QLineEdit *m_field;
    QCheckBox *m_show;
    QLabel *m_summary;
    FieldErrorLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::function<QDateTime()> m_clock;
};

} // namespace valara
