// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSession.h"

#include "api/ApiClient.h"
#include "app/AppLogging.h"
#include "app/accounts/AccountFlow.h"
#include "app/bulk/BulkLauncher.h"
#include "app/demo/DemoBackend.h"
#include "app/demo/DemoPeople.h"
#include "app/i18n/LanguageController.h"
#include "app/journal/HistorySetup.h"
#include "app/journal/JournalSession.h"
#include "app/meapi/MeApiSession.h"
#include "app/startup/StartupTrace.h"
#include "models/accounts/Account.h"
#include "models/accounts/AppSettings.h"
#include "models/caller/CallerLookup.h"
#include "models/people/UserListModel.h"
#include "models/preferences/PreferencesEditor.h"
#include "models/preferences/PreferencesModel.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileModel.h"
#include "models/values/PhoneNumber.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/meapi/MeApiWindow.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ThemeController.h"

#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace valara {

AppSession::AppSession(const AppOptions &options)
    : m_mode(options.mode())
    , m_baseUrl(options.baseUrl())
    , m_apiKey(options.apiKey())
    , m_meApi(options.isMeApi())
    , m_sessionToken(options.sessionToken())
{}

AppSession::~AppSession()
{
    saveLayout();
}

// The selected user's preferences and profile, in tabs beside the people list; their models, the
// journal and the bulk changes.
void AppSession::addUserPages()
{
    m_preferences = std::make_unique<PreferencesModel>();
    m_preferencesEditor = std::make_unique<PreferencesEditor>(m_client.get(), m_preferences.get());
    m_preferencesPage = new PreferencesPage(m_preferencesEditor.get(), m_theme.get(), QString());
    m_preferencesPage->setObjectName(QStringLiteral("preferencesPage"));
    m_window->setPreferencesPage(m_preferencesPage);

    m_profiles = std::make_unique<ProfileModel>();
    m_profiles->setPhoneRegion(PhoneNumber::regionFor(QLocale()));
    m_profileEditor = std::make_unique<ProfileEditor>(m_client.get(), m_profiles.get());
    auto *profilePage = new ProfilePage(m_profileEditor.get(), m_client.get());
    profilePage->setObjectName(QStringLiteral("profilePage"));
    m_window->setProfilePage(profilePage);
    m_history = std::make_unique<HistorySetup>(m_window.get());
    m_journal = std::make_unique<JournalSession>(m_settings.get(), m_mode == AppOptions::Mode::Demo,
                                                 windowHost());
    m_journal->addEditor(m_preferencesEditor.get());
    m_journal->addEditor(m_profileEditor.get());
    m_bulk = std::make_unique<BulkLauncher>(m_client.get(), m_window.get());
    m_language->followAccount(m_preferencesEditor.get(), m_preferences.get());
    // The forms read again the people a bulk change reached, keeping their own edits.
    m_bulk->setOnApplied([this](const QStringList &userIds) {
        for (const QString &userId : userIds) {
            if (m_preferences->rowOf(userId) >= 0)
                m_preferencesEditor->load(userId);
            if (m_profiles->rowOf(userId) >= 0)
                m_profileEditor->load(userId);
        }
    });
    QObject::connect(
        m_window.get(), &MainWindow::bulkChangeRequested, m_bulk.get(),
        [this](BulkChange::Kind kind, const BulkPeople &people) { m_bulk->open(kind, people); });
}

// Signs in with `secret`: the service says who the caller is and what they may do.
void AppSession::signIn(const QByteArray &secret)
{
    // The bulk windows act for the caller signed in so far, with their rights: they go first.
    if (m_bulk)
        m_bulk->closeAll();
    m_client->setBearerToken(secret);
    if (!m_client->baseUrl().isValid()) {
        m_apiKey = secret; // the demo's sandbox is still starting: signed in once it listens
        return;
    }
    // A new sign-in (the demo's switcher) drops the pending one.
    m_callerLookup = std::make_unique<CallerLookup>(m_client.get());
    CallerLookup *lookup = m_callerLookup.get();
    QObject::connect(
        lookup, &CallerLookup::finished, m_window.get(), [this, lookup](const ApiResult &result) {
            if (!result.ok()) {
                qCWarning(lcApp) << "sign-in refused:" << ApiError::kindName(result.error.kind);
                m_window->setConnectionState(
                    MainWindow::TextSource([host = m_baseUrl.host(), error = result.error] {
                        return error.kind == ApiError::Kind::Unauthorized
                                   ? tr("Not signed in: %1 did not accept the API key (request "
                                        "%2).")
                                         .arg(host, error.requestId)
                                   : tr("Not signed in: %1").arg(error.message);
                    }));
                return;
            }
            // Applied once the window is on the screen: the first paint does not wait for it.
            // A newer sign-in (the demo's switcher) drops this one meanwhile.
            m_window->runAfterFirstPaint([this, guard = QPointer<CallerLookup>(lookup)] {
                if (guard)
                    applyCaller(guard->caller());
            });
        });
    lookup->start();
}

void AppSession::applyCaller(const Caller &caller)
{
    qCInfo(lcApp).noquote() << "signed in as" << caller.id() << caller.roleKey();
    m_language->setSignedInUser(caller.id());
    m_preferencesPage->setSelfUserId(caller.id());
    m_profiles->setCaller(caller);
    m_window->setCaller(caller);
    m_history->setCaller(caller);
    Account account;
    account.kind = Account::Kind::Valara;
    account.baseUrl = m_baseUrl;
    account.userId = caller.id();
    m_journal->open(account);
    m_bulk->setCaller(caller);
    m_bulk->setJournal(m_journal->journal());
    StartupTrace::mark("signed-in");
}

void AppSession::startMeApi(const MeApiSession::Start &start)
{
    m_meSession.reset();
    m_meSession = std::make_unique<MeApiSession>(m_network.get(), m_settings.get(),
                                                 m_mode == AppOptions::Mode::Demo);
    m_meSession->start(start);
    // A Me API account has no language preference: this computer's choice, or the system's.
    m_language->setSignedInUser(QString());
    m_language->attachMenu(m_meSession->window()->languageMenu());
}

MeApiWindow *AppSession::meWindow() const
{
    return m_meSession ? m_meSession->window() : nullptr;
}

bool AppSession::start(QString *error)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_qsettings = std::make_unique<QSettings>();
    m_settings = std::make_unique<AppSettings>(m_qsettings.get());
    const QStringList systemLanguages = QLocale::system().uiLanguages();
    m_language = std::make_unique<LanguageController>(
        m_settings.get(), systemLanguages.isEmpty() ? QString() : systemLanguages.constFirst());
    if (m_mode == AppOptions::Mode::Demo)
        return startDemo(error);
    if (m_mode == AppOptions::Mode::Unconfigured) {
        startWithRememberedAccounts();
        return true;
    }
    if (m_meApi) {
        startMeApi(MeApiSession::Start::at(m_baseUrl, m_sessionToken));
        return true;
    }
    openValara(m_baseUrl, m_apiKey);
    m_window->accountSwitcher()->setAccounts({{QStringLiteral("direct"), m_baseUrl.host()}},
                                             QStringLiteral("direct"), false);
    return true;
}

// The demo's sandbox starts on its own thread while the window is built and shown, saying
// "Connecting…"; the sign-in follows once it listens. A Me API window waits for it.
bool AppSession::startDemo(QString *error)
{
    m_demo = std::make_unique<DemoBackend>();
    if (!m_demo->prepare(error)) {
        *error = tr("Could not start the demo: %1").arg(*error);
        return false;
    }
    m_apiKey = m_demo->apiKey();
    if (m_meApi) {
        m_demo->startInBackground();
        if (!m_demo->waitUntilStarted(error)) {
            *error = tr("Could not start the demo: %1").arg(*error);
            return false;
        }
        // Signed in by itself, through the sandbox's identity service (60 s session tokens).
        startMeApi(m_demo->meApiStart());
        return true;
    }
    // Connected before the start, so that neither outcome is missed; both arrive through this
    // thread's event loop, once the window below exists.
    QObject::connect(m_demo.get(), &DemoBackend::started, m_demo.get(), [this](const QUrl &url) {
        m_baseUrl = url;
        m_client->setBaseUrl(url);
        signIn(m_apiKey);
    });
    QObject::connect(m_demo.get(), &DemoBackend::failed, m_demo.get(),
                     [this](const QString &reason) {
                         m_window->setConnectionState(MainWindow::TextSource(
                             [reason] { return tr("Could not start the demo: %1").arg(reason); }));
                     });
    m_demo->startInBackground();
    openValara(QUrl(), m_apiKey);
    DemoPeople::offer(m_window.get(), [this](const QByteArray &apiKey) { signIn(apiKey); });
    return true;
}

void AppSession::makeClient(const QUrl &baseUrl, const QByteArray &secret)
{
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(baseUrl);
    m_client->setBearerToken(secret);
    qCInfo(lcApp).noquote() << "connecting to" << baseUrl.toDisplayString(QUrl::RemoveUserInfo);
}

// A Valara account's window, built afresh (an account switch replaces everything).
void AppSession::openValara(const QUrl &baseUrl, const QByteArray &secret)
{
    closeValara();
    m_baseUrl = baseUrl;
    makeClient(baseUrl, secret);
    m_window = std::make_unique<MainWindow>(m_client.get(), m_mode == AppOptions::Mode::Demo);
    StartupTrace::mark("main-window");
    m_language->attachMenu(m_window->languageMenu());
    m_theme = std::make_unique<ThemeController>(); // the first paint in the chosen theme
    m_theme->setOverride(m_settings->themeOverride());
    m_window->setThemeOverride(m_settings->themeOverride());
    QObject::connect(m_window.get(), &MainWindow::themeOverrideChosen, m_window.get(),
                     [this](const QString &theme) {
                         m_theme->setOverride(theme);
                         m_settings->setThemeOverride(theme);
                     });
    m_window->restoreGeometry(m_settings->windowGeometry());
    m_window->restoreState(m_settings->windowState());
    m_window->showPage(m_settings->lastPage()); // once the signed-in user is known
    if (baseUrl.isValid())
        signIn(secret);
    else // the demo's sandbox is still starting
        m_window->setConnectionState(MainWindow::TextSource([] { return tr("Connecting…"); }));
    StartupTrace::mark("show");
    m_window->show();
    StartupTrace::mark("shown");
    // The pages stay hidden until someone is chosen: they are built once the window is on the
    // screen, before the sign-in's answer is applied (which waits for the paint too).
    m_window->runAfterFirstPaint([this] {
        addUserPages();
        StartupTrace::mark("pages");
    });
}

void AppSession::closeValara()
{
    saveLayout();
    m_callerLookup.reset();
    m_bulk.reset();    // its windows' changes are journaled: they go before the journal
    m_journal.reset(); // writes its last drafts, then leaves the editors without a journal
    m_history.reset();
    m_window.reset(); // the pages first: they use the editors
    m_profileEditor.reset();
    m_profiles.reset();
    m_preferencesEditor.reset();
    m_preferences.reset();
    m_theme.reset();
    m_preferencesPage = nullptr;
}

void AppSession::saveLayout()
{
    if (!m_window || !m_settings)
        return;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
    if (!m_window->currentPage().isEmpty())
        m_settings->setLastPage(m_window->currentPage());
}

// No --demo or --base-url: the accounts remembered in the settings, with their secrets in the
// keychain; the sign-in dialog when there is none.
void AppSession::startWithRememberedAccounts()
{
    m_window = std::make_unique<MainWindow>(nullptr, false);
    m_window->show();
    m_accounts = std::make_unique<AccountFlow>(m_settings.get(), m_network.get());
    AccountFlow *accounts = m_accounts.get();
    QObject::connect(accounts, &AccountFlow::open, accounts,
                     [this](const Account &account, const QByteArray &secret) {
                         if (account.kind == Account::Kind::MeApi) {
                             startMeApi(MeApiSession::Start::at(account.baseUrl, secret));
                             return;
                         }
                         openValara(account.baseUrl, secret);
                         offerRememberedAccounts();
                     });
    QObject::connect(accounts, &AccountFlow::signInNeeded, accounts, [this] {
        QTimer::singleShot(0, m_window.get(), [this] { m_accounts->addAccount(m_window.get()); });
    });
    QObject::connect(accounts, &AccountFlow::failed, accounts,
                     [this](const QString &message) { m_window->showNotice(message); });
    offerRememberedAccounts();
    accounts->start();
}

void AppSession::offerRememberedAccounts()
{
    QList<AccountSwitcher::Entry> entries;
    for (const Account &account : m_accounts->accounts())
        entries.append({account.id(), account.label()});
    AccountSwitcher *switcher = m_window->accountSwitcher();
    switcher->setAccounts(entries, m_accounts->currentId(), true);
    QObject::connect(switcher, &AccountSwitcher::switchRequested, m_window.get(),
                     [this](const QString &id) {
                         if (m_window->maybeLeavePages())
                             m_accounts->switchTo(id);
                     });
    QObject::connect(switcher, &AccountSwitcher::addRequested, m_window.get(), [this] {
        if (m_window->maybeLeavePages())
            m_accounts->addAccount(m_window.get());
    });
    QObject::connect(switcher, &AccountSwitcher::removeRequested, m_window.get(),
                     [this](const QString &id) {
                         if (!m_window->maybeLeavePages() || !confirmRemoval(id))
                             return;
                         // Once this signal is over: the window that sent it goes.
                         QTimer::singleShot(0, m_accounts.get(), [this, id] { removeAccount(id); });
                     });
    if (const QString note = m_accounts->storageNote(); !note.isEmpty())
        m_window->showNotice(note); // a new window after a switch says it again
}

JournalHost AppSession::windowHost() const
{
    MainWindow *window = m_window.get();
    JournalHost host;
    host.window = window;
    host.addBanner = [window](QWidget *banner) { window->addBanner(banner); };
    host.showNotice = [window](const QString &text) { window->showNotice(text); };
    host.openUser = [window](const QString &userId) { return window->openUser(userId); };
    host.history = m_history.get();
    host.people = window->userModel();
    return host;
}

bool AppSession::confirmRemoval(const QString &id)
{
    QString label = id;
    for (const Account &account : m_accounts->accounts()) {
        if (account.id() == id)
            label = account.label();
    }
    return QMessageBox::question(
               m_window.get(), tr("Remove Account"),
               tr("Remove %1 from Valara Desk? Its key is removed from the keychain, and the "
                  "history of changes made from this computer for it is deleted. The account "
                  "itself and its data on the service stay as they are.")
                   .arg(label),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

// The account's window and journal go first; then another remembered account opens, or the
// sign-in dialog when none is left.
void AppSession::removeAccount(const QString &id)
{
    closeValara();
    QString problem;
    const bool removed = m_accounts->removeAccount(id, &problem);
    m_window = std::make_unique<MainWindow>(nullptr, false);
    m_window->show();
    offerRememberedAccounts();
    if (!removed)
        m_window->showNotice(
            tr("The account was removed, but its change journal could not be deleted: %1")
                .arg(problem));
    const QList<Account> left = m_accounts->accounts();
    if (!left.isEmpty())
        m_accounts->switchTo(left.constFirst().id());
    else
        m_accounts->addAccount(m_window.get());
}

} // namespace valara
