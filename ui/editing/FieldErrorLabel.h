// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace valara {

// A message next to a form field: an icon from the style (an error or a warning) and the text in
// the palette's colours. Hidden while there is nothing to say.
class FieldErrorLabel : public QWidget
{
    Q_OBJECT

public:
    enum class Severity
    {
        Error,   // the value is refused: nothing is sent until it is fixed
        Warning, // worth knowing, never blocks a save
    };

    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setMessage(const QString &message, Severity severity = Severity::Error);
    QString message() const;
    Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    Severity m_severity = Severity::Error;
};

} // namespace valara
