// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace valara {

class ApiClient;
class AppSettings;
class HistorySetup;
class JournalSession;
class MeApiEditor;
class MeApiModel;
class MeApiWindow;

// A Me API account in its own window: its own client (a Valara account opened later never
// replaces it), the Me page, and the account's change journal with its History, opened once the
// signed-in user is known.
class MeApiSession
{
    Q_DECLARE_TR_FUNCTIONS(MeApiSession)

public:
    MeApiSession(QNetworkAccessManager *network, AppSettings *settings, bool demo);
    ~MeApiSession();
    MeApiSession(const MeApiSession &) = delete;
    MeApiSession &operator=(const MeApiSession &) = delete;

    // Shows the window and signs in with the session token (asks for one when it is empty).
    void start(const QUrl &baseUrl, const QByteArray &token);
    MeApiWindow *window() const { return m_window.get(); }

private:
    // The journal of the user the service says is signed in (again when that changes).
    void openJournal();

    AppSettings *m_settings;
    bool m_demo;
    QUrl m_baseUrl;
    QString m_journalUser;
    // Declared in construction order; destroyed in reverse.
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MeApiModel> m_model;
    std::unique_ptr<MeApiEditor> m_editor;
    std::unique_ptr<MeApiWindow> m_window;
    std::unique_ptr<HistorySetup> m_history;   // its page is the window's
    std::unique_ptr<JournalSession> m_journal; // before the editor goes
};

} // namespace valara
