// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/i18n/UiLanguage.h"
#include "models/preferences/PreferencesModel.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTranslator;

namespace valara {

class AppSettings;
class LanguageMenu;
class PreferencesEditor;

// Makes the interface speak the language UiLanguage picks, live: it swaps the installed
// translators (ours, the English plural forms, and Qt's own qtbase strings), which sends
// QEvent::LanguageChange to every window. With VALARA_PSEUDO_LOCALE=1 it installs the
// pseudo-locale instead, whatever else is chosen.
class LanguageController : public QObject
{
    Q_OBJECT

public:
    // `settings` keeps the choice made on this computer; `systemLocale` is the system's locale
    // name (QLocale::system().name() in the app, injected by tests).
    LanguageController(AppSettings *settings, const QString &systemLocale,
                       QObject *parent = nullptr);
    ~LanguageController() override;

    UiLanguage::Choice choice() const { return m_choice; }
    QStringList available() const { return m_available; }
    QString computerChoice() const;
    bool isPseudo() const { return m_pseudo; }
    // What View > Language says now.
    QString note() const;

    // View > Language: a language code, or "" to follow the account (saved on this computer).
    void setComputerChoice(const QString &language);
    // The signed-in user's saved language preference ("" when nobody is signed in).
    void setAccountLanguage(const QString &tag);

    // Fills View > Language and keeps it up to date; what is chosen there is saved and applied.
    void attachMenu(LanguageMenu *menu);
    // Follows the saved `language` preference of `userId` (the signed-in user) as `editor`
    // loads and saves it; a value being edited, or anyone else's, changes nothing.
    void followAccount(PreferencesEditor *editor, PreferencesModel *model);
    void setSignedInUser(const QString &userId);

Q_SIGNALS:
    void changed();

private:
    void apply();
    void install(const QString &language);
    void removeInstalled();
    void readAccountLanguage(const QString &userId);

    AppSettings *m_settings;
    QString m_system;
    QString m_account;
    QString m_signedInUser;
    QPointer<PreferencesModel> m_model; // the window's: it goes with it
    QStringList m_available;
    bool m_pseudo = false;
    bool m_installed = false;
    UiLanguage::Choice m_choice;
    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace valara
