// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppOptions.h"
#include "app/journal/JournalHost.h"
#include "app/meapi/MeApiSession.h"

#include <QCoreApplication>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace valara {

class Account;
class AccountFlow;
class ApiClient;
class AppSettings;
class BulkLauncher;
class Caller;
class CallerLookup;
class JournalSession;
class LanguageController;
class DemoBackend;
class HistorySetup;
class MainWindow;
class MeApiWindow;
class PreferencesEditor;
class PreferencesModel;
class PreferencesPage;
class ProfileEditor;
class ProfileModel;
class ThemeController;

// One run of valara-desk: builds the object graph the options call for (sandbox, network,
// client, main window), owns it, and tears it down in order.
class AppSession
{
    Q_DECLARE_TR_FUNCTIONS(AppSession)

public:
    explicit AppSession(const AppOptions &options);
    ~AppSession();
    AppSession(const AppSession &) = delete;
    AppSession &operator=(const AppSession &) = delete;

    // Starts the demo sandbox if asked for, then shows the main window.
    bool start(QString *error);
    MainWindow *window() const { return m_window.get(); }
    // The one access manager every request of the session goes through (for benches).
    QNetworkAccessManager *network() const { return m_network.get(); }
    MeApiWindow *meWindow() const;

private:
    void addUserPages();
    void makeClient(const QUrl &baseUrl, const QByteArray &secret);
    void openValara(const QUrl &baseUrl, const QByteArray &secret);
    void closeValara();
    void saveLayout();
    void startWithRememberedAccounts();
    void offerRememberedAccounts();
    // Where the Valara window's journal speaks.
    JournalHost windowHost() const;
    // Asks before an account is forgotten on this computer.
    bool confirmRemoval(const QString &id);
    void removeAccount(const QString &id);
    void signIn(const QByteArray &secret);
    void applyCaller(const Caller &caller);
    bool startDemo(QString *error);
    // A Me API account: the Me page in its own window, signed in with the session token.
    void startMeApi(const MeApiSession::Start &start);

    AppOptions::Mode m_mode;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    bool m_meApi = false;
    QByteArray m_sessionToken;
    // Declared in construction order; destroyed in reverse.
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageController> m_language; // first, so every window speaks it
    std::unique_ptr<DemoBackend> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ThemeController> m_theme;
    std::unique_ptr<PreferencesModel> m_preferences;
    std::unique_ptr<PreferencesEditor> m_preferencesEditor;
    std::unique_ptr<ProfileModel> m_profiles;
    std::unique_ptr<ProfileEditor> m_profileEditor;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<HistorySetup> m_history;   // its pages are the window's
    std::unique_ptr<JournalSession> m_journal; // before the editors go
    std::unique_ptr<BulkLauncher> m_bulk;      // before the journal goes
    std::unique_ptr<CallerLookup> m_callerLookup;
    PreferencesPage *m_preferencesPage = nullptr; // owned by the window
    std::unique_ptr<MeApiSession> m_meSession;
    std::unique_ptr<AccountFlow> m_accounts;
};

} // namespace valara
