// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/meapi/MeApiSession.h"

#include "api/ApiClient.h"
#include "api/identity/IdentityClient.h"
#include "api/identity/PublishableKey.h"
#include "api/session/SessionTokenInfo.h"
#include "app/AppLogging.h"
#include "app/journal/HistorySetup.h"
#include "app/journal/JournalSession.h"
#include "models/accounts/Account.h"
#include "models/accounts/AppSettings.h"
#include "models/accounts/CredentialStore.h"
#include "models/accounts/InMemoryCredentialStore.h"
#include "models/accounts/KeychainCredentialStore.h"
#include "models/meapi/MeApiEditor.h"
#include "models/meapi/MeApiModel.h"
#include "models/meapi/signin/MeSignIn.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiPage.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/meapi/MeSignInDialog.h"

namespace valara {

MeApiSession::MeApiSession(QNetworkAccessManager *network, AppSettings *settings, bool demo,
                           std::unique_ptr<CredentialStore> store)
    : m_network(network)
    , m_settings(settings)
    , m_demo(demo)
    , m_ownedStore(store  ? std::move(store)
                   : demo ? std::unique_ptr<CredentialStore>(new InMemoryCredentialStore)
                          : std::unique_ptr<CredentialStore>(new KeychainCredentialStore))
    , m_store(m_ownedStore.get())
{}

MeApiSession::~MeApiSession()
{
    if (m_dialog)
        delete m_dialog.data();
    m_journal.reset(); // its last drafts, while the editor is there
    m_window.reset();  // the page before the editor it uses
}

MeSignInDialog *MeApiSession::signInDialog() const
{
    return m_dialog;
}

QString MeApiSession::clientTokenKey(const QUrl &baseUrl)
{
    return QStringLiteral("me-client:") + Account::normalizedBaseUrl(baseUrl).toString();
}

void MeApiSession::start(const Start &start)
{
    m_start = start;
    m_start.pastedToken.clear(); // both used once, below, and not kept
    m_start.password.clear();
    if (m_demo)
        m_demoPassword = start.password; // the demo fixture's, published in the README
    m_identity = std::make_unique<IdentityClient>(m_network, QUrl());
    m_tokens = std::make_unique<SessionTokenSource>(m_identity.get(), m_clock);
    m_signIn = std::make_unique<MeSignIn>(m_identity.get());
    m_client = std::make_unique<ApiClient>(m_network);
    m_client->setBaseUrl(start.baseUrl);
    buildWindow();
    connectSignIn();
    usePublishableKey(start.publishableKey.isEmpty()
                          ? m_settings->meApiPublishableKey(start.baseUrl)
                          : start.publishableKey);
    m_window->show();

    MeApiPage *page = m_window->page();
    const SessionTokenInfo pasted = SessionTokenInfo::decode(start.pastedToken);
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    if (!start.pastedToken.isEmpty() && pasted.expiresAt().isValid() &&
        pasted.secondsLeftAt(now) <= 0) {
        // Ended already (a token remembered from an earlier day): signing in is the way on.
        qCInfo(lcApp) << "Me API: the session token given has ended: signing in instead";
    } else if (!start.pastedToken.isEmpty()) {
        qCInfo(lcApp) << "Me API: using the pasted session token until it ends";
        m_client->setBearerToken(start.pastedToken);
        page->setSessionToken(start.pastedToken);
        page->refresh();
        return;
    }
    if (!start.password.isEmpty() && !m_identity->frontendApi().isEmpty()) {
        m_signIn->signInWithPassword(start.identifier, start.password);
        return; // onSignedIn(), or the dialog with the refusal (connectSignIn())
    }
    readClientToken();
}

void MeApiSession::buildWindow()
{
    m_model = std::make_unique<MeApiModel>();
    m_editor = std::make_unique<MeApiEditor>(m_client.get(), m_model.get());
    auto *page = new MeApiPage(m_editor.get());
    page->setObjectName(QStringLiteral("mePage"));
    m_window = std::make_unique<MeApiWindow>(m_client.get(), page, m_demo);

    auto *history = new HistoryPage;
    history->setObjectName(QStringLiteral("historyPage"));
    m_window->setHistoryPage(history);
    m_history = std::make_unique<HistorySetup>(history);
    MeApiWindow *window = m_window.get();
    JournalHost host;
    host.window = window;
    host.addBanner = [window](QWidget *banner) { window->addBanner(banner); };
    host.showNotice = [window](const QString &text) { window->showNotice(text); };
    host.openUser = [](const QString &) { return true; }; // the window shows only the Me page
    host.history = m_history.get();
    m_journal = std::make_unique<JournalSession>(m_settings, m_demo, host);
    m_journal->addEditor(m_editor.get());
    QObject::connect(m_editor.get(), &RecordEditor::loaded, window, [this] { openJournal(); });
}

void MeApiSession::connectSignIn()
{
    MeApiWindow *window = m_window.get();
    QObject::connect(m_signIn.get(), &MeSignIn::signedIn, window, [this] { onSignedIn(); });
    // A refusal with no dialog open (the demo's own sign-in, a resumed client): the dialog says it.
    QObject::connect(m_signIn.get(), &MeSignIn::busyChanged, window, [this](bool busy) {
        if (!busy && !m_dialog && m_signIn->step() != MeSignIn::Step::SignedIn)
            openSignIn(QString());
    });
    QObject::connect(m_window->page(), &MeApiPage::signInRequested, window,
                     [this] { openSignIn(QString()); });
    QObject::connect(m_editor.get(), &MeApiEditor::signInRequired, window, [this] {
        openSignIn(m_model->isDirty(m_model->meRow())
                       ? tr("Your session has ended. Sign in again: your change is kept and "
                            "sent once you are signed in.")
                       : tr("Your session has ended. Sign in again to keep working."));
    });
    QObject::connect(window, &MeApiWindow::signOutRequested, window, [this] { signOut(); });
    // The client token, each time the service gives a new one: only ever in the store.
    QObject::connect(m_identity.get(), &IdentityClient::clientTokenChanged, window,
                     [this](const QByteArray &token) {
                         m_store->write(clientTokenKey(m_start.baseUrl), token);
                     });
    QObject::connect(m_store, &CredentialStore::written, window,
                     [this](const QString &key, const QString &error) {
                         if (key == clientTokenKey(m_start.baseUrl) && !error.isEmpty())
                             m_window->showNotice(
                                 tr("Your sign-in could not be kept (%1): you will be asked to "
                                    "sign in again next time.")
                                     .arg(error));
                     });
}

bool MeApiSession::usePublishableKey(const QString &text)
{
    const PublishableKey key = PublishableKey::parse(text);
    if (!key.isValid())
        return false;
    m_identity->setFrontendApi(key.frontendApiUrl());
    return true;
}

// The client token kept from an earlier sign-in: its session, when still active, signs in at
// once; otherwise (or without one) the dialog asks.
void MeApiSession::readClientToken()
{
    if (m_identity->frontendApi().isEmpty()) {
        openSignIn(QString());
        return;
    }
    const QString key = clientTokenKey(m_start.baseUrl);
    QObject::connect(
        m_store, &CredentialStore::readFinished, m_window.get(),
        [this, key](const QString &readKey, const QByteArray &secret, const QString &) {
            if (readKey != key || m_signIn->isBusy() ||
                m_signIn->step() == MeSignIn::Step::SignedIn)
                return;
            if (secret.isEmpty()) {
                openSignIn(QString());
                return;
            }
            m_identity->setClientToken(secret);
            m_signIn->resume(); // then onSignedIn(), or the dialog
        },
        Qt::SingleShotConnection);
    m_store->read(key);
}

void MeApiSession::openSignIn(const QString &reason)
{
    if (m_dialog) {
        if (!reason.isEmpty())
            m_dialog->setReason(reason);
        m_dialog->raise();
        return;
    }
    if (m_signIn->step() == MeSignIn::Step::SignedIn)
        m_signIn->restart();
    const QString identifier =
        m_signIn->identifier().isEmpty() ? m_start.identifier : m_signIn->identifier();
    m_dialog = new MeSignInDialog(m_signIn.get(), identifier, m_window.get());
    ++m_dialogsOpened;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The demo's people share one published password: say it where it is asked for.
    m_dialog->setReason(
        m_demoPassword.isEmpty()
            ? reason
            : (reason.isEmpty() ? QString() : reason + QLatin1Char('\n')) +
                  tr("Demo: every demo user's password is %1.").arg(m_demoPassword));
    QObject::connect(m_dialog, &MeSignInDialog::publishableKeyEntered, m_window.get(),
                     [this](const QString &key) {
                         if (usePublishableKey(key))
                             m_settings->setMeApiPublishableKey(m_start.baseUrl, key);
                     });
    if (m_identity->frontendApi().isEmpty())
        m_dialog->askForPublishableKey();
    m_dialog->open();
}

void MeApiSession::onSignedIn()
{
    qCInfo(lcApp) << "Me API: signed in, session tokens minted as needed";
    m_tokens->setSession(m_signIn->sessionId(), m_signIn->orgId());
    m_client->setBearerToken({});
    m_client->setTokenProvider(m_tokens.get());
    m_window->setSignOutAvailable(true);
    m_window->showNotice(QString());
    MeApiPage *page = m_window->page();
    page->setSessionRenewed();
    if (m_editor->awaitingSignIn())
        page->resumeAfterSignIn(m_signIn->userId());
    else
        page->refresh();
}

// Every session of this client ends on the service; the client token stays (it names this
// computer's client, not a session). Then the dialog, to sign in again.
void MeApiSession::signOut()
{
    if (!m_window->page()->maybeLeave())
        return;
    qCInfo(lcApp) << "Me API: signing out";
    m_tokens->setSession(QString());
    m_window->setSignOutAvailable(false);
    ApiJob *job = m_identity->signOut();
    QObject::connect(job, &ApiJob::finished, m_window.get(), [this](const ApiResult &result) {
        if (!result.ok() && result.error.kind != ApiError::Kind::Unauthorized)
            m_window->showNotice(tr("The service could not be told that you signed out (%1); "
                                    "this computer no longer uses the session.")
                                     .arg(result.error.message));
        m_signIn->restart();
        openSignIn(tr("You have signed out."));
    });
}

void MeApiSession::openJournal()
{
    const QString userId = m_model->userId();
    if (userId.isEmpty() || userId == m_journalUser)
        return;
    m_journalUser = userId;
    Account account;
    account.kind = Account::Kind::MeApi;
    account.baseUrl = m_start.baseUrl;
    account.userId = userId;
    m_journal->open(account);
}

} // namespace valara
