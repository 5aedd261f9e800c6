// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace valara {

// A combo box over wire values ("friendly", "metric"...) with visible labels; `value` is its
// USER property, so a QDataWidgetMapper binds it to a model column.
class ChoiceComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue NOTIFY valueChanged USER true)

public:
    explicit ChoiceComboBox(QWidget *parent = nullptr);

    void addChoice(const QString &value, const QString &label);
    void setChoiceLabel(const QString &value, const QString &label);
    QString value() const;
    // An unknown value is shown as such, so nothing the server sent is hidden or lost.
    void setValue(const QString &value);

Q_SIGNALS:
    void valueChanged(const QString &value); // user changes only

protected:
    // The owner sets its labels again; the unknown values' entries are this box's own.
    void changeEvent(QEvent *event) override;

private:
    static QString unknownLabel(const QString &value);

    QStringList m_unknown;
};

} // namespace valara
