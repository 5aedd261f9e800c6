// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/bulk/BulkChange.h"
#include "models/caller/Caller.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QToolBar;
class QModelIndex;
class QSplitter;

namespace valara {

class AccountSwitcher;
class FirstPaintGate;
class ConnectionStatus;
class ApiClient;
class HistoryPage;
class InlineBanner;
class LanguageMenu;
class MainMenus;
class NavigationList;
class PeopleView;
class PreferencesPage;
class ProfilePage;
class UserListModel;
class UserPagesArea;

// The main window of a Valara account: an account switcher, the places the signed-in user may go
// (My profile, My preferences, Team or All users, History), the people list, and the selected
// user's Preferences, Profile and History tabs. A status bar shows the connection and the last
// request id. Talks to the service only through the ApiClient it is given; with no client it
// explains how to connect and shows no data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A text computed again when the interface language changes.
    using TextSource = std::function<QString()>;

    // `client` (not owned) may be null. `demo` shows the "Demo: local data" banner.
    MainWindow(ApiClient *client, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserListModel *userModel() const;
    bool isLoading() const;
    AccountSwitcher *accountSwitcher() const { return m_switcher; }
    NavigationList *navigation() const { return m_navigation; }
    // View > Language: the app fills it and acts on what is chosen.
    LanguageMenu *languageMenu() const;

    // Fetches the people list again (F5). Does nothing without a client.
    void reload();
    // The selected user's pages, in tabs. The window takes them over.
    void setPreferencesPage(PreferencesPage *page);
    PreferencesPage *preferencesPage() const { return m_preferences; }
    void setProfilePage(ProfilePage *page);
    ProfilePage *profilePage() const { return m_profile; }
    // The History place over the whole journal, and the selected user's History tab (the window
    // keeps it on the selected user). The window takes them over.
    void setHistoryPages(HistoryPage *all, HistoryPage *perUser);
    HistoryPage *historyPage() const { return m_history; }
    HistoryPage *userHistoryPage() const { return m_userHistory; }

    // The signed-in user (see CallerLookup): what they may reach follows their role. Until then,
    // only the people list is shown.
    void setCaller(const Caller &caller);
    QString callerId() const { return m_caller.id(); }
    // Goes to a place (NavigationList's ids); false when not allowed or the user stays because
    // of unsaved changes.
    bool showPage(const QString &page);
    QString currentPage() const;
    // Checks the View > Theme entry ("" follows the account's preference).
    void setThemeOverride(const QString &theme);
    // Shows a user's pages: the signed-in user's own, or another's from the people place. False
    // when the user stays because of unsaved changes, or may not see others.
    bool openUser(const QString &userId);
    // A banner of the app's (unsaved changes to restore...) above the places; the window takes it.
    void addBanner(QWidget *banner);
    // A message worth a banner (no keychain, a key that could not be saved...); empty hides it.
    void showNotice(const QString &text);
    void showNotice(const TextSource &text);
    // A line in the status bar about the connection ("Connected to valara.cloud as …"); the
    // window's own (from its requests' answers) replaces it at the next answer.
    void setConnectionState(const QString &text);
    void setConnectionState(const TextSource &text);
    // Runs `work` once the window has been painted on the screen (at once if it has): what the
    // first paint does not need waits for it. See FirstPaintGate.
    void runAfterFirstPaint(std::function<void()> work);
    // Asks every page with unsaved changes first; false means stay.
    bool maybeLeavePages();

Q_SIGNALS:
    void themeOverrideChosen(const QString &theme);
    // The people list asks to change many people at once.
    void bulkChangeRequested(valara::BulkChange::Kind kind, const valara::BulkPeople &people);

protected:
    // Unsaved changes are not lost silently: the pages ask first.
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitNavigation();
    void requestBulk(BulkChange::Kind kind, const QStringList &userIds);
    void buildActions();
    void buildCentralWidget();
    UserPagesArea *userPages();
    void onPersonChosen(const QString &userId, const QModelIndex &current,
                        const QModelIndex &previous);
    // Shows `userId` in the tabs; false when the user stays because of unsaved changes.
    bool showUser(const QString &userId);

    ApiClient *m_client = nullptr;
    bool m_demo = false;
    Caller m_caller;
    AccountSwitcher *m_switcher = nullptr;
    QLabel *m_demoBanner = nullptr;
    InlineBanner *m_connectBanner = nullptr;
    InlineBanner *m_noticeBanner = nullptr;
    NavigationList *m_navigation = nullptr;
    PeopleView *m_people = nullptr;
    QSplitter *m_splitter = nullptr;
    UserPagesArea *m_pages = nullptr;
    FirstPaintGate *m_firstPaint = nullptr;
    PreferencesPage *m_preferences = nullptr;
    ProfilePage *m_profile = nullptr;
    HistoryPage *m_history = nullptr;
    HistoryPage *m_userHistory = nullptr;
    ConnectionStatus *m_status = nullptr;
    QAction *m_reloadAction = nullptr;
    MainMenus *m_menus = nullptr;
    QToolBar *m_accountToolBar = nullptr;
    QLabel *m_accountLabel = nullptr;
    QString m_page;
    TextSource m_notice;
};

} // namespace valara
