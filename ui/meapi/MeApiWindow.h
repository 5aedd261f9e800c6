// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class QVBoxLayout;

namespace valara {

class ApiClient;
class HistoryPage;
class InlineBanner;
class LanguageMenu;
class MeApiPage;

// The window of a Me API account (docs/api-contract.md M1-M13): the account has no user list, only
// the signed-in user, so the Me page fills it, with the account's History in a tab beside it. A
// status bar shows the last request id.
class MeApiWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `client` is not owned. The window takes `page` over. `demo` shows the demo banner.
    MeApiWindow(ApiClient *client, MeApiPage *page, bool demo, QWidget *parent = nullptr);

    MeApiPage *page() const { return m_page; }
    // The account's History, in a tab beside the Me page. The window takes it over.
    void setHistoryPage(HistoryPage *history);
    HistoryPage *historyPage() const { return m_history; }
    // A banner of the app's (unsaved changes to restore...) above the page; the window takes it.
    void addBanner(QWidget *banner);
    // A message worth a banner (a change sent again...); empty hides it.
    void showNotice(const QString &text);
    // View > Language: the app fills it and acts on what is chosen.
    LanguageMenu *languageMenu() const { return m_language; }
    // File > Sign out, for a signed-in session (not a pasted token, which cannot be ended here).
    void setSignOutAvailable(bool available);

Q_SIGNALS:
    void signOutRequested();

protected:
    // Unsaved changes are not lost silently: the page asks first.
    void closeEvent(QCloseEvent *event) override;

    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    MeApiPage *m_page;
    HistoryPage *m_history = nullptr;
    QVBoxLayout *m_layout = nullptr;
    InlineBanner *m_notice = nullptr;
    QLabel *m_requestId;
    bool m_demo = false;
    QString m_host;
    QLabel *m_demoBanner = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_language = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_lastRequestId;
};

} // namespace valara
