// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/identity/SessionTokenSource.h"
#include "models/accounts/CredentialStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace valara {

class ApiClient;
class AppSettings;
class HistorySetup;
class IdentityClient;
class JournalSession;
class MeApiEditor;
class MeApiModel;
class MeApiWindow;
class MeSignIn;
class MeSignInDialog;

// A Me API account in its own window: its own client (a Valara account opened later never
// replaces it), the Me page, and the account's change journal with its History, opened once the
// signed-in user is known.
//
// Signed in as a native client of the Me API's identity service (docs/api-contract.md S1-S10):
// the client token from the credential store (the OS keychain), else the sign-in dialog; then
// every Me API request carries a session token minted for it (SessionTokenSource). A session that
// ends under a request (401) opens the sign-in dialog, and the edit it refused is sent once signed
// in. A pasted token (VALARA_SESSION_TOKEN) is used as it is until it ends; then the same.
class MeApiSession
{
    Q_DECLARE_TR_FUNCTIONS(MeApiSession)

public:
    struct Start
    {
        QUrl baseUrl;
        QByteArray pastedToken; // used as it is, never renewed
        QString publishableKey; // else the one remembered for baseUrl, else asked for
        QString identifier;     // the sign-in's e-mail address, filled in
        QString password;       // the demo's: it signs in by itself

        // An address, and a session token to use as it is (none: sign in).
        static Start at(const QUrl &baseUrl, const QByteArray &pastedToken = {})
        {
            Start start;
            start.baseUrl = baseUrl;
            start.pastedToken = pastedToken;
            return start;
        }
    };

    // `store` keeps the client token; without one, the OS keychain (memory for the demo, whose
    // sign-in is not kept).
    MeApiSession(QNetworkAccessManager *network, AppSettings *settings, bool demo,
                 std::unique_ptr<CredentialStore> store = {});
    ~MeApiSession();
    MeApiSession(const MeApiSession &) = delete;
    MeApiSession &operator=(const MeApiSession &) = delete;

    // This computer's clock for the session tokens' time left (tests); before start().
    void setClock(SessionTokenSource::Clock clock) { m_clock = std::move(clock); }
    // Shows the window, then signs in (see the class comment).
    void start(const Start &start);

    MeApiWindow *window() const { return m_window.get(); }
    MeApiEditor *editor() const { return m_editor.get(); }
    MeSignIn *signIn() const { return m_signIn.get(); }
    SessionTokenSource *tokens() const { return m_tokens.get(); }
    IdentityClient *identity() const { return m_identity.get(); }
    // The open sign-in dialog, if any.
    MeSignInDialog *signInDialog() const;
    // How many times the sign-in dialog was opened (a sign-in that needs none opens none).
    int signInDialogsOpened() const { return m_dialogsOpened; }
    // The credential store's key of the client token for a Me API base URL.
    static QString clientTokenKey(const QUrl &baseUrl);

private:
    void buildWindow();
    void connectSignIn();
    bool usePublishableKey(const QString &key);
    void readClientToken();
    void openSignIn(const QString &reason);
    void onSignedIn();
    void signOut();
    // The journal of the user the service says is signed in (again when that changes).
    void openJournal();

    QNetworkAccessManager *m_network;
    AppSettings *m_settings;
    bool m_demo;
    std::unique_ptr<CredentialStore> m_ownedStore;
    CredentialStore *m_store;
    Start m_start;
    SessionTokenSource::Clock m_clock;
    QString m_journalUser;
    QPointer<MeSignInDialog> m_dialog;
    int m_dialogsOpened = 0;
    QString m_demoPassword; // shown in the demo's sign-in dialog
    // Declared in construction order; destroyed in reverse (the token source after the client
    // whose requests ask it).
    std::unique_ptr<IdentityClient> m_identity;
    std::unique_ptr<SessionTokenSource> m_tokens;
    std::unique_ptr<MeSignIn> m_signIn;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MeApiModel> m_model;
    std::unique_ptr<MeApiEditor> m_editor;
    std::unique_ptr<MeApiWindow> m_window;
    std::unique_ptr<HistorySetup> m_history;   // its page is the window's
    std::unique_ptr<JournalSession> m_journal; // before the editor goes
};

} // namespace valara
