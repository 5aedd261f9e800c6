#include "ui/widgets/ChoiceComboBox.h"

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

QString ChoiceComboBox::value() const
{
    return currentData().toString();
}

void ChoiceComboBox::setValue(const QString &value)
{
    int index = findData(value);
    if (index < 0 && !value.isEmpty()) {
        addItem(tr("%1 (not a known value)").arg(value), value);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

} // namespace valara
