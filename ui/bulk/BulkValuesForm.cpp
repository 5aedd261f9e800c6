// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/bulk/BulkValuesForm.h"

#include "models/bulk/BulkValues.h"
#include "models/records/EditableRecordsModel.h"
#include "ui/editing/EditorSignals.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/FormFieldDelegate.h"
#include "ui/editing/FormRow.h"

#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QMetaProperty>

namespace valara {

BulkValuesForm::BulkValuesForm(BulkValues *values, const EditorFactory &makeEditor, QWidget *parent)
    : QWidget(parent)
    , m_values(values)
    , m_mapper(new QDataWidgetMapper(this))
{
    EditableRecordsModel *form = values->form();
    m_mapper->setModel(form);
    m_mapper->setItemDelegate(new FormFieldDelegate(m_mapper));
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString &key : values->offeredKeys()) {
        const QString label = values->label(key);
        auto *include = new QCheckBox(this);
        include->setObjectName(key + QStringLiteral("Include"));
        m_include.insert(key, include);
        FormRow::add(layout, QString(), include);

        QWidget *editor = makeEditor(key, this);
        m_editors.insert(key, editor);
        m_mapper->addMapping(editor, form->columnOfKey(key));
        auto *error = new FieldErrorLabel(this);
        error->setObjectName(key + QStringLiteral("Error"));
        m_errors.insert(key, error);
        m_labels.insert(key, FormRow::add(layout, label, editor, error));

        EditorSignals::onEdited(editor, this, [this, key] { commit(key); });
        connect(include, &QCheckBox::toggled, this,
                [this, key](bool on) { m_values->setTouched(key, on); });
    }
    m_mapper->setCurrentIndex(values->row());
    connect(values, &BulkValues::changed, this, &BulkValuesForm::refresh);
    retranslateUi();
}

void BulkValuesForm::setEditorRetranslator(EditorRetranslator retranslate)
{
    m_retranslateEditor = std::move(retranslate);
}

void BulkValuesForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void BulkValuesForm::retranslateUi()
{
    for (const QString &key : m_values->offeredKeys()) {
        const QString label = m_values->label(key);
        QCheckBox *include = m_include.value(key);
        include->setText(tr("Include %1").arg(label));
        include->setToolTip(tr("Only included fields are changed; the others keep each "
                               "person's own value."));
        if (QLabel *buddy = m_labels.value(key))
            FormRow::setLabel(buddy, label);
        if (m_retranslateEditor)
            m_retranslateEditor(key, m_editors.value(key));
    }
    refresh(); // the fields' messages
}

QWidget *BulkValuesForm::firstEditor() const
{
    const QStringList &keys = m_values->offeredKeys();
    return keys.isEmpty() ? nullptr : m_editors.value(keys.first());
}

// The user edited a field: its value goes to the form row, and the field is included.
void BulkValuesForm::commit(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    EditableRecordsModel *form = m_values->form();
    const QModelIndex index = form->index(m_values->row(), form->columnOfKey(key));
    const QVariant value = editor->metaObject()->userProperty().read(editor);
    if (index.data(Qt::EditRole) != value)
        form->setData(index, value);
    m_values->setTouched(key, true);
}

void BulkValuesForm::refresh()
{
    for (auto it = m_include.begin(); it != m_include.end(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(m_values->isTouched(it.key()));
        m_errors.value(it.key())->setMessage(m_values->problem(it.key()));
    }
}

} // namespace valara
