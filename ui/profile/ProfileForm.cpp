// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profile/ProfileForm.h"

#include "models/profile/ProfileModel.h"
#include "ui/editing/EditorSignals.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/FormFieldDelegate.h"
#include "ui/editing/FormRow.h"
#include "ui/profile/ProfileFieldEditors.h"
#include "ui/widgets/ChoiceComboBox.h"

#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace valara {

namespace {

using Kind = ProfileSchema::Kind;
using Group = ProfileSchema::Group;

constexpr Group Groups[] = {Group::Personal,     Group::PublicContact, Group::Brokerage,
                            Group::BioAndSocial, Group::Location,      Group::Account};

} // namespace

ProfileForm::ProfileForm(ProfileModel *model, QWidget *header, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_mapper(new QDataWidgetMapper(this))
{
    m_mapper->setModel(model);
    m_mapper->setItemDelegate(new FormFieldDelegate(m_mapper));
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);

    auto *layout = new QVBoxLayout(this);
    for (Group group : Groups) {
        auto *box = new QGroupBox(this);
        box->setObjectName(QStringLiteral("profileGroup%1").arg(int(group)));
        m_groups.insert(int(group), box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        if (group == Group::Personal && header) {
            m_photoLabel = new QLabel(box);
            m_photoLabel->setBuddy(header);
            header->setParent(box);
            form->addRow(m_photoLabel, header);
        }
        if (group == Group::Account) {
            m_adminNote = new QLabel(box);
            m_adminNote->setObjectName(QStringLiteral("adminOnlyNote"));
            m_adminNote->setWordWrap(true);
            form->addRow(m_adminNote);
        }
        for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
            if (field.group == group)
                addField(form, field);
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    connect(m_model, &ProfileModel::rowStateChanged, this, &ProfileForm::refreshState);
    retranslateUi();
}

void ProfileForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ProfileForm::retranslateUi()
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        it.value()->setTitle(ProfileSchema::groupLabel(Group(it.key())));
    if (m_photoLabel) {
        m_photoLabel->setText(tr("Photo:"));
        m_photoLabel->buddy()->setAccessibleName(tr("Photo"));
    }
    if (m_adminNote)
        m_adminNote->setText(tr("Only administrators can change these fields."));
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        QWidget *editor = m_editors.value(field.key);
        if (!editor)
            continue;
        ProfileFieldEditors::retranslate(field, editor);
        if (QLabel *label = m_labels.value(field.key))
            FormRow::setLabel(label, ProfileSchema::label(field.key));
        else
            editor->setAccessibleName(ProfileSchema::label(field.key));
    }
    refreshState(); // the fields' messages and lock reasons
}

void ProfileForm::addField(QFormLayout *form, const ProfileSchema::Field &field)
{
    QWidget *parent = form->parentWidget();
    const QString label = ProfileSchema::label(field.key);
    QWidget *editor = ProfileFieldEditors::create(field, parent);
    EditorSignals::onEdited(editor, this, [this, key = field.key] { commit(key); });
    editor->setObjectName(ProfileSchema::camelCase(field.key) + QStringLiteral("Field"));
    m_editors.insert(field.key, editor);
    m_mapper->addMapping(editor, ProfileModel::columnOf(field.key));

    auto *message = new FieldErrorLabel(parent);
    message->setObjectName(ProfileSchema::camelCase(field.key) + QStringLiteral("Message"));
    m_messages.insert(field.key, message);
    // A check box carries its own label (its accessible name, set by retranslateUi()).
    if (QLabel *buddy =
            FormRow::add(form, field.kind == Kind::Bool ? QString() : label, editor, message))
        m_labels.insert(field.key, buddy);
}

void ProfileForm::setRow(int row)
{
    m_row = row;
    m_mapper->setCurrentIndex(row);
    refreshState();
}

void ProfileForm::commit(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor || !m_model->hasServerValues(m_row))
        return;
    const QModelIndex index = m_model->index(m_row, ProfileModel::columnOf(key));
    const QVariant value = editor->metaObject()->userProperty().read(editor);
    if (index.data(Qt::EditRole) == value)
        return; // the mapper filling the form, not the user
    m_model->setData(index, value);
    Q_EMIT edited(key);
}

void ProfileForm::refreshState()
{
    const bool loaded = m_model->hasServerValues(m_row);
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const QModelIndex index = m_model->index(m_row, ProfileModel::columnOf(it.key()));
        const QString error = index.data(ProfileModel::ErrorRole).toString();
        const QString warning = index.data(ProfileModel::WarningRole).toString();
        m_messages.value(it.key())->setMessage(error.isEmpty() ? warning : error,
                                               error.isEmpty() ? FieldErrorLabel::Severity::Warning
                                                               : FieldErrorLabel::Severity::Error);

        const QString lock = index.data(ProfileModel::LockReasonRole).toString();
        QWidget *editor = it.value();
        editor->setToolTip(lock);
        editor->setAccessibleDescription(lock);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setEnabled(loaded);
            line->setReadOnly(!lock.isEmpty()); // still selectable and copyable
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
            text->setEnabled(loaded);
            text->setReadOnly(!lock.isEmpty());
        } else {
            editor->setEnabled(loaded && lock.isEmpty());
        }
    }
    m_adminNote->setVisible(loaded && !m_model->callerIsAdmin());
}

} // namespace valara
