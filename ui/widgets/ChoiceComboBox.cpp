// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/ChoiceComboBox.h"

#include <QEvent>

namespace valara {

ChoiceComboBox::ChoiceComboBox(QWidget *parent)
    : QComboBox(parent)
{
    connect(this, &QComboBox::activated, this, [this] { Q_EMIT valueChanged(value()); });
}

void ChoiceComboBox::addChoice(const QString &value, const QString &label)
{
    addItem(label, value);
}

void ChoiceComboBox::setChoiceLabel(const QString &value, const QString &label)
{
    const int index = findData(value);
    if (index >= 0)
        setItemText(index, label);
}

QString ChoiceComboBox::unknownLabel(const QString &value)
{
    return tr("%1 (not a known value)").arg(value);
}

void ChoiceComboBox::changeEvent(QEvent *event)
{
    QComboBox::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    for (const QString &value : std::as_const(m_unknown))
        setChoiceLabel(value, unknownLabel(value));
}

QString ChoiceComboBox::value() const
{
    return currentData().toString();
}

void ChoiceComboBox::setValue(const QString &value)
{
    int index = findData(value);
    if (index < 0 && !value.isEmpty()) {
        addItem(unknownLabel(value), value);
        m_unknown.append(value);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace valara
