#pragma once

#include <QWidget>

class QLineEdit;
class QModelIndex;
class QTableView;
class QTimer;

namespace valara {

class ApiClient;
class InlineBanner;
class UserDirectory;
class UserListModel;
struct ApiError;

// The people the signed-in user may see (loaded by a UserDirectory): a table (name, e-mail, role,
// team), a search field sent as `q` (admins, who see everyone), and an error banner with Retry.
// Reports the chosen user; the window decides whether to move (unsaved changes) and may put the
// selection back with restoreCurrent().
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    // `client` (not owned) may be null: nothing is loaded.
    explicit PeopleView(ApiClient *client, QWidget *parent = nullptr);

    UserListModel *model() const { return m_users; }
    QTableView *table() const { return m_table; }
    bool isLoading() const;
    // Users other than this one are listed (the signed-in user has their own pages); empty for
    // everyone.
    void setExcludedUser(const QString &userId);
    // Shows the search field (admins: every user of the account, searched by the service).
    void setSearchable(bool searchable);
    // Fetches the list again (with the current search).
    void reload();
    // Puts the selection back on `index` without reporting it.
    void restoreCurrent(const QModelIndex &index);

Q_SIGNALS:
    void currentUserChanged(const QString &userId, const QModelIndex &current,
                            const QModelIndex &previous);
    void statusMessage(const QString &text);

private:
    void onLoaded(int shown, int total);
    void showError(const QString &summary, const ApiError &error);

    ApiClient *m_client;
    UserListModel *m_users;
    QLineEdit *m_search;
    InlineBanner *m_errorBanner;
    QTableView *m_table;
    QTimer *m_searchDelay;
    UserDirectory *m_directory;
};

} // namespace valara
