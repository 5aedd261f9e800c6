// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QFormLayout;

class QDataWidgetMapper;
class QLabel;

namespace valara {

class ChoiceComboBox;
class EditorBinder;
class FieldErrorLabel;
class LanguagePicker;
class PreferencesEditor;
class PreferencesModel;
class ThemeController;
class TimeZonePicker;

// Edits one user's Valara preferences (docs/api-contract.md P1-P7), bound to a PreferencesModel row
// through a QDataWidgetMapper. Save is enabled only when something changed and everything is valid;
// the exact PATCH body is previewed; errors show inline next to their fields or in a banner.
class PreferencesPage : public QWidget
{
    Q_OBJECT

public:
    // `selfUserId`: the signed-in user; a theme chosen for them is applied to the app live.
    // `theme` may be null (no live theme).
    PreferencesPage(PreferencesEditor *editor, ThemeController *theme, const QString &selfUserId,
                    QWidget *parent = nullptr);

    QString userId() const;
    // The signed-in user, once known: their saved theme is applied to the app, and so is a theme
    // they choose here, live.
    void setSelfUserId(const QString &userId);
    // Shows (and loads) a user's preferences. Ask maybeLeave() first when something is unsaved.
    void setUser(const QString &userId);
    bool hasUnsavedChanges() const;
    // Asks what to do with unsaved changes (save, discard, cancel); false means stay.
    bool maybeLeave();

public Q_SLOTS:
    void save();
    void revert();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setLabel(const QString &key);
    QWidget *buildForm();
    void addField(QFormLayout *form, const QString &key, QWidget *editor);
    void submitEdits();
    void refreshState();
    void refreshPreviews();

    PreferencesEditor *m_editor;
    PreferencesModel *m_model;
    ThemeController *m_theme;
    QString m_selfUserId;
    QDataWidgetMapper *m_mapper;
    ChoiceComboBox *m_format = nullptr;
    TimeZonePicker *m_timeZone = nullptr;
    LanguagePicker *m_language = nullptr;
    ChoiceComboBox *m_units = nullptr;
    ChoiceComboBox *m_themeChoice = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, FieldErrorLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    EditorBinder *m_binder = nullptr;
};

} // namespace valara
