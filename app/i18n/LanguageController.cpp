// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/LanguageController.h"

#include "app/AppLogging.h"
#include "models/accounts/AppSettings.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/i18n/PseudoTranslator.h"
#include "models/i18n/TimeFormat.h"
#include "models/preferences/PreferencesEditor.h"
#include "ui/shell/LanguageMenu.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace valara {

LanguageController::LanguageController(AppSettings *settings, const QString &systemLocale,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_system(systemLocale)
    , m_available(UiLanguage::available())
    , m_pseudo(qEnvironmentVariableIntValue("VALARA_PSEUDO_LOCALE") == 1)
{
    apply();
}

LanguageController::~LanguageController()
{
    removeInstalled();
}

QString LanguageController::computerChoice() const
{
    return m_settings->uiLanguage();
}

QString LanguageController::note() const
{
    if (m_pseudo)
        return tr("Pseudo-locale (VALARA_PSEUDO_LOCALE): every text longer, between markers.");
    return UiLanguage::note(m_choice);
}

void LanguageController::setComputerChoice(const QString &language)
{
    m_settings->setUiLanguage(language);
    apply();
}

void LanguageController::setAccountLanguage(const QString &tag)
{
    if (tag == m_account)
        return;
    m_account = tag;
    apply();
}

void LanguageController::attachMenu(LanguageMenu *menu)
{
    menu->setLanguages(m_available);
    const auto refresh = [this, menu] {
        menu->setChoice(computerChoice());
        menu->setNote(note());
    };
    refresh();
    connect(this, &LanguageController::changed, menu, refresh);
    // The note follows any change of language (the pseudo-locale's too).
    connect(new LanguageChangeWatch(menu), &LanguageChangeWatch::changed, menu, refresh);
    connect(menu, &LanguageMenu::languageChosen, this, &LanguageController::setComputerChoice);
}

void LanguageController::followAccount(PreferencesEditor *editor, PreferencesModel *model)
{
    m_model = model;
    connect(editor, &PreferencesEditor::loaded, this, &LanguageController::readAccountLanguage);
    connect(editor, &PreferencesEditor::saved, this, &LanguageController::readAccountLanguage);
}

void LanguageController::setSignedInUser(const QString &userId)
{
    m_signedInUser = userId;
    if (userId.isEmpty())
        setAccountLanguage(QString());
    else
        readAccountLanguage(userId);
}

void LanguageController::readAccountLanguage(const QString &userId)
{
    if (!m_model || userId.isEmpty() || userId != m_signedInUser)
        return;
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return; // not read yet: loaded() follows
    // What the server holds, never what is being typed.
    const auto saved = [this, row](const char *key) {
        return m_model->index(row, PreferencesModel::columnOf(QLatin1String(key)))
            .data(PreferencesModel::ServerValueRole)
            .toString();
    };
    // Times are shown in the user's own format and zone too.
    TimeFormat::setDefault(TimeFormat(saved("date_time_format"),
                                      QTimeZone(saved("timezone").toUtf8()),
                                      QLocale(m_choice.language)));
    setAccountLanguage(saved("language"));
}

void LanguageController::apply()
{
    const UiLanguage::Choice choice =
        UiLanguage::resolve(m_settings->uiLanguage(), m_account, m_system, m_available);
    if (m_installed && choice == m_choice)
        return;
    const bool languageChanged = !m_installed || choice.language != m_choice.language;
    m_choice = choice;
    if (languageChanged) {
        install(choice.language);
        TimeFormat::setDefaultLocale(QLocale(choice.language));
    }
    Q_EMIT changed();
}

void LanguageController::install(const QString &language)
{
    removeInstalled();
    m_installed = true;
    const QString i18n = QStringLiteral(":/i18n");
    // Installed last, asked first: the language, then the English plural forms under it.
    m_english = std::make_unique<QTranslator>();
    if (!m_english->load(QStringLiteral("valara_en"), i18n))
        qCWarning(lcApp) << "the English plural forms are missing from the build";
    QCoreApplication::installTranslator(m_english.get());

    if (m_pseudo) {
        auto pseudo = std::make_unique<PseudoTranslator>();
        pseudo->setBase(m_english.get());
        m_app = std::move(pseudo);
        QCoreApplication::installTranslator(m_app.get());
        qCInfo(lcApp) << "interface language: pseudo-locale";
        return;
    }
    if (language == QLatin1String("en"))
        return;
    m_app = std::make_unique<QTranslator>();
    if (m_app->load(QStringLiteral("valara_") + language, i18n))
        QCoreApplication::installTranslator(m_app.get());
    else
        qCWarning(lcApp) << "no translation for" << language;
    // Qt's own strings (standard buttons, file dialogs), where the system has them.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_") + language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        qCInfo(lcApp) << "Qt has no translation installed for" << language;
    qCInfo(lcApp) << "interface language:" << language;
}

void LanguageController::removeInstalled()
{
    // A translator removes itself from the application when it is deleted.
    m_qt.reset();
    m_app.reset();
    m_english.reset();
}

} // namespace valara
