#pragma once

#include <QMainWindow>
#include <QPointer>

class ApiClient;
class ApiJob;
class InlineBanner;
class QAction;
class PreferencesPage;
class ProfilePage;
class QTabWidget;
class QLabel;
class QModelIndex;
class QSplitter;
class QTableView;
class UserListModel;
struct ApiError;
struct ApiResult;

// The main window: the account's users in a table. Talks to the services only through the
// ApiClient it is given; with no client it explains how to connect and shows no data.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `client` (not owned) may be null. `demo` shows the "Demo: local data" banner.
    MainWindow(ApiClient *client, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserListModel *userModel() const { return m_users; }
    bool isLoading() const { return !m_loadJob.isNull(); }

    // Fetches the user list again (F5). Does nothing without a client or while a load runs.
    void reload();
    // Shows the selected user's preferences beside the list. The window takes the page over.
    void setPreferencesPage(PreferencesPage *page);
    PreferencesPage *preferencesPage() const { return m_preferences; }
    // Shows the selected user's profile in a tab beside their preferences.
    void setProfilePage(ProfilePage *page);
    ProfilePage *profilePage() const { return m_profile; }

protected:
    // Unsaved changes are not lost silently: the pages ask first.
    void closeEvent(QCloseEvent *event) override;

private:
    void onCurrentUserChanged(const QModelIndex &current, const QModelIndex &previous);
    QTabWidget *userPages();
    // Every page with unsaved changes asks first; false means stay.
    bool maybeLeavePages();
    void buildActions();
    void buildCentralWidget();
    void onUsersLoaded(const ApiResult &result);
    void onRequestFinished(const ApiResult &result);
    // `summary` is the first line; the request id and hints follow.
    void showError(const QString &summary, const ApiError &error);
    void showAbout();

    ApiClient *m_client = nullptr;
    bool m_demo = false;
    UserListModel *m_users = nullptr;
    QLabel *m_demoBanner = nullptr;
    InlineBanner *m_connectBanner = nullptr;
    InlineBanner *m_errorBanner = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_pages = nullptr;
    PreferencesPage *m_preferences = nullptr;
    ProfilePage *m_profile = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QAction *m_reloadAction = nullptr;
    QPointer<ApiJob> m_loadJob;
};
