// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QDataWidgetMapper;

namespace valara {

class BulkValues;
class FieldErrorLabel;

// The values of a bulk change: each offered field with the editor a person's page uses, under its
// buddy label, and a check box "Include …" before it. Editing a field includes it; only included
// fields are sent, so nobody's other settings are touched. Problems show below their field.
class BulkValuesForm : public QWidget
{
    Q_OBJECT

public:
    // Makes the editor of a field (PreferenceEditors, ProfileFieldEditors...).
    using EditorFactory = std::function<QWidget *(const QString &key, QWidget *parent)>;

    BulkValuesForm(BulkValues *values, const EditorFactory &makeEditor, QWidget *parent = nullptr);

    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QCheckBox *includeBox(const QString &key) const { return m_include.value(key); }
    // The first editor, to give the keyboard focus to.
    QWidget *firstEditor() const;
    // Sets an editor's own texts (its choices...) again when the language changes.
    using EditorRetranslator = std::function<void(const QString &key, QWidget *editor)>;
    void setEditorRetranslator(EditorRetranslator retranslate);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void commit(const QString &key);
    void refresh();

    BulkValues *m_values;
    QDataWidgetMapper *m_mapper;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QCheckBox *> m_include;
    QHash<QString, FieldErrorLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    EditorRetranslator m_retranslateEditor;
};

} // namespace valara
