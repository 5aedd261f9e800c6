#include "AppSession.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "AppLogging.h"
#include "DemoBackend.h"
#include "MainWindow.h"
#include "MeEditor.h"
#include "MeModel.h"
#include "MePage.h"
#include "MeWindow.h"
#include "PhoneNumber.h"
#include "PreferencesEditor.h"
#include "PreferencesModel.h"
#include "PreferencesPage.h"
#include "ProfileEditor.h"
#include "ProfileModel.h"
#include "ProfilePage.h"
#include "ThemeController.h"

#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

AppSession::AppSession(const AppOptions &options)
    : m_mode(options.mode())
    , m_baseUrl(options.baseUrl())
    , m_apiKey(options.apiKey())
    , m_meApi(options.isMeApi())
    , m_sessionToken(options.sessionToken())
{}

AppSession::~AppSession() = default;

// The selected user's preferences and profile beside the list. The signed-in user is looked up:
// their saved theme applies to the app, and their role says which profile fields they may edit.
void AppSession::addUserPages()
{
    m_theme = std::make_unique<ThemeController>();
    m_preferences = std::make_unique<PreferencesModel>();
    m_preferencesEditor = std::make_unique<PreferencesEditor>(m_client.get(), m_preferences.get());
    auto *page = new PreferencesPage(m_preferencesEditor.get(), m_theme.get(), QString());
    page->setObjectName(QStringLiteral("preferencesPage"));
    m_window->setPreferencesPage(page);

    m_profiles = std::make_unique<ProfileModel>();
    m_profiles->setPhoneRegion(PhoneNumber::regionFor(QLocale()));
    m_profileEditor = std::make_unique<ProfileEditor>(m_client.get(), m_profiles.get());
    auto *profilePage = new ProfilePage(m_profileEditor.get(), m_network.get());
    profilePage->setObjectName(QStringLiteral("profilePage"));
    m_window->setProfilePage(profilePage);

    ApiJob *me = m_client->get(QStringLiteral("/api/v1/users/me"));
    ProfileModel *profiles = m_profiles.get();
    QObject::connect(me, &ApiJob::finished, page, [page, profiles](const ApiResult &result) {
        if (!result.ok())
            return;
        const QJsonObject caller = result.value.toObject();
        const QString id = caller.value(QLatin1String("id")).toString();
        page->setSelfUserId(id);
        profiles->setCaller(id, caller.value(QLatin1String("role")).toString() ==
                                    QLatin1String("admin"));
    });
}

void AppSession::startMeApi()
{
    m_me = std::make_unique<MeModel>();
    m_meEditor = std::make_unique<MeEditor>(m_client.get(), m_me.get());
    auto *page = new MePage(m_meEditor.get());
    page->setObjectName(QStringLiteral("mePage"));
    ApiClient *client = m_client.get();
    QObject::connect(page, &MePage::sessionTokenChanged, client, &ApiClient::setBearerToken);
    m_meWindow = std::make_unique<MeWindow>(client, page, m_mode == AppOptions::Mode::Demo);
    m_meWindow->show();
    if (m_sessionToken.isEmpty()) {
        // Nothing to sign in with yet: ask (once the window is up), then read the account.
        QTimer::singleShot(0, page, &MePage::signInAgain);
        return;
    }
    page->setSessionToken(m_sessionToken);
    page->refresh();
}

bool AppSession::start(QString *error)
{
    if (m_mode == AppOptions::Mode::Demo) {
        m_demo = std::make_unique<DemoBackend>();
        if (!m_demo->start(error)) {
            *error = tr("Could not start the demo: %1").arg(*error);
            return false;
        }
        m_baseUrl = m_demo->baseUrl();
        m_apiKey = m_demo->apiKey();
        if (m_meApi)
            m_sessionToken = m_demo->sessionToken();
    }

    if (m_mode != AppOptions::Mode::Unconfigured) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setBaseUrl(m_baseUrl);
        m_client->setBearerToken(m_meApi ? m_sessionToken : m_apiKey);
        qCInfo(lcApp).noquote() << "connecting to"
                                << m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    }

    if (m_client && m_meApi) {
        startMeApi();
        return true;
    }
    m_window = std::make_unique<MainWindow>(m_client.get(), m_mode == AppOptions::Mode::Demo);
    if (m_client)
        addUserPages();
    m_window->show();
    return true;
}
