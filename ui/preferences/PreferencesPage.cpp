// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/PreferencesPage.h"

#include "models/preferences/PreferenceSchema.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "ui/editing/EditorBinder.h"
#include "ui/editing/ErrorBanner.h"
#include "ui/editing/FieldErrorLabel.h"
#include "ui/editing/FormFieldDelegate.h"
#include "ui/editing/FormRow.h"
#include "ui/editing/SaveBar.h"
#include "ui/preferences/PreferenceEditors.h"
#include "ui/shell/ThemeController.h"
#include "ui/widgets/ChoiceComboBox.h"
#include "ui/widgets/LanguagePicker.h"
#include "ui/widgets/TimeZonePicker.h"

#include <QDataWidgetMapper>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace valara {

PreferencesPage::PreferencesPage(PreferencesEditor *editor, ThemeController *theme,
                                 const QString &selfUserId, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(editor->model())
    , m_theme(theme)
    , m_selfUserId(selfUserId)
    , m_mapper(new QDataWidgetMapper(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *banner = new ErrorBanner(this); // shown and hidden by the binder
    banner->setObjectName(QStringLiteral("preferencesBanner"));
    layout->addWidget(banner);
    layout->addWidget(buildForm(), 1);

    auto *bar = new SaveBar(this);
    bar->preview()->setObjectName(QStringLiteral("patchPreview"));
    bar->status()->setObjectName(QStringLiteral("preferencesStatus"));
    bar->revertButton()->setObjectName(QStringLiteral("revertButton"));
    bar->saveButton()->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(bar);
    m_binder = new EditorBinder(editor, bar, banner, this);
    m_binder->setFailureSummary([](const ApiError &, EditorBinder::Operation operation) {
        return std::optional<QString>(
            operation == EditorBinder::Operation::Save
                ? tr("The preferences were not saved; your changes are still here.")
                : tr("The preferences could not be loaded."));
    });

    m_mapper->setModel(m_model);
    m_mapper->setItemDelegate(new FormFieldDelegate(m_mapper));
    m_mapper->setOrientation(Qt::Horizontal);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->addMapping(m_format, PreferencesModel::columnOf(QStringLiteral("date_time_format")));
    m_mapper->addMapping(m_timeZone, PreferencesModel::columnOf(QStringLiteral("timezone")));
    m_mapper->addMapping(m_language, PreferencesModel::columnOf(QStringLiteral("language")));
    m_mapper->addMapping(m_units, PreferencesModel::columnOf(QStringLiteral("measurement_unit")));
    m_mapper->addMapping(m_themeChoice, PreferencesModel::columnOf(QStringLiteral("theme")));

    connect(m_format, &ChoiceComboBox::valueChanged, this, &PreferencesPage::submitEdits);
    connect(m_timeZone, &TimeZonePicker::zoneIdChanged, this, &PreferencesPage::submitEdits);
    connect(m_language, &LanguagePicker::languageTagChanged, this, &PreferencesPage::submitEdits);
    connect(m_units, &ChoiceComboBox::valueChanged, this, &PreferencesPage::submitEdits);
    connect(m_themeChoice, &ChoiceComboBox::valueChanged, this, &PreferencesPage::submitEdits);
    connect(m_binder, &EditorBinder::refreshed, this, &PreferencesPage::refreshState);
    connect(m_binder, &EditorBinder::loaded, this,
            [this] { m_mapper->setCurrentIndex(m_binder->row()); });
    // The signed-in user's saved theme applies to the app, whoever the page shows.
    connect(m_editor, &PreferencesEditor::loaded, this, [this](const QString &user) {
        if (!m_theme || user != m_selfUserId)
            return;
        const QModelIndex theme = m_model->index(
            m_model->rowOf(user), PreferencesModel::columnOf(QStringLiteral("theme")));
        m_theme->apply(theme.data(PreferencesModel::ServerValueRole).toString());
    });

    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &PreferencesPage::refreshPreviews);
    minute->start();
    m_binder->refresh();
}

QWidget *PreferencesPage::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    for (const QString &key : PreferenceSchema::keys())
        addField(layout, key, PreferenceEditors::create(key, form));
    m_format = qobject_cast<ChoiceComboBox *>(m_fields.value(QStringLiteral("date_time_format")));
    m_timeZone = qobject_cast<TimeZonePicker *>(m_fields.value(QStringLiteral("timezone")));
    m_language = qobject_cast<LanguagePicker *>(m_fields.value(QStringLiteral("language")));
    m_units = qobject_cast<ChoiceComboBox *>(m_fields.value(QStringLiteral("measurement_unit")));
    m_themeChoice = qobject_cast<ChoiceComboBox *>(m_fields.value(QStringLiteral("theme")));
    refreshPreviews();
    return form;
}

// A field: its buddy label (the accessible name is the visible label) and an error line below.
void PreferencesPage::addField(QFormLayout *form, const QString &key, QWidget *editor)
{
    m_fields.insert(key, editor);
    auto *error = new FieldErrorLabel(editor->parentWidget());
    error->setObjectName(key + QStringLiteral("Error"));
    m_errors.insert(key, error);
    m_labels.insert(key, FormRow::add(form, PreferenceSchema::label(key), editor, error));
    setLabel(key);
}

// The row's label, with the mnemonic the window's other controls leave free.
void PreferencesPage::setLabel(const QString &key)
{
    QLabel *buddy = m_labels.value(key);
    if (!buddy)
        return;
    FormRow::setLabel(buddy, PreferenceSchema::label(key));
    if (const QString text = PreferenceEditors::buddyText(key); !text.isEmpty())
        buddy->setText(text);
}

void PreferencesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PreferencesPage::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        setLabel(it.key());
        PreferenceEditors::retranslate(it.key(), m_fields.value(it.key()));
    }
    refreshState(); // the fields' messages and the previews
}

QString PreferencesPage::userId() const
{
    return m_binder->userId();
}

void PreferencesPage::setSelfUserId(const QString &userId)
{
    m_selfUserId = userId;
    if (m_theme && !userId.isEmpty() && userId != m_binder->userId())
        m_editor->load(userId);
}

void PreferencesPage::setUser(const QString &userId)
{
    m_binder->setUserId(userId);
    m_mapper->setCurrentIndex(m_binder->row());
    m_editor->load(userId);
}

void PreferencesPage::submitEdits()
{
    if (!m_binder->isLoaded())
        return;
    m_binder->clearStatus();
    m_mapper->submit();
    if (m_theme && m_binder->userId() == m_selfUserId)
        m_theme->apply(m_themeChoice->value());
}

// The fields' own state; the binder keeps the save bar.
void PreferencesPage::refreshState()
{
    const int r = m_binder->row();
    const bool loaded = m_binder->isLoaded();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QModelIndex index = m_model->index(r, PreferencesModel::columnOf(it.key()));
        it.value()->setMessage(index.data(PreferencesModel::ErrorRole).toString());
    }
    for (QWidget *editor : std::as_const(m_fields))
        editor->setEnabled(loaded);
    refreshPreviews();
}

void PreferencesPage::refreshPreviews()
{
    PreferenceEditors::showPreviews(m_format, m_units, m_timeZone->zoneId());
}

bool PreferencesPage::hasUnsavedChanges() const
{
    return m_binder->hasUnsavedChanges();
}

void PreferencesPage::save()
{
    m_binder->save();
}

void PreferencesPage::revert()
{
    m_binder->revert();
}

bool PreferencesPage::maybeLeave()
{
    return m_binder->maybeLeave(
        tr("The preferences of %1 have changes that are not saved.").arg(m_binder->userId()));
}

} // namespace valara
