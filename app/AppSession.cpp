#include "AppSession.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "AppLogging.h"
#include "DemoBackend.h"
#include "MainWindow.h"
#include "PreferencesEditor.h"
#include "PreferencesModel.h"
#include "PreferencesPage.h"
#include "ThemeController.h"

#include <QJsonObject>

#include <QNetworkAccessManager>

AppSession::AppSession(const AppOptions &options)
    : m_mode(options.mode())
    , m_baseUrl(options.baseUrl())
    , m_apiKey(options.apiKey())
{}

AppSession::~AppSession() = default;

// The selected user's preferences beside the list; the signed-in user is looked up so that their
// saved theme applies to the app.
void AppSession::addPreferencesPage()
{
    m_theme = std::make_unique<ThemeController>();
    m_preferences = std::make_unique<PreferencesModel>();
    m_preferencesEditor = std::make_unique<PreferencesEditor>(m_client.get(), m_preferences.get());
    auto *page = new PreferencesPage(m_preferencesEditor.get(), m_theme.get(), QString());
    page->setObjectName(QStringLiteral("preferencesPage"));
    m_window->setPreferencesPage(page);
    ApiJob *me = m_client->get(QStringLiteral("/api/v1/users/me"));
    QObject::connect(me, &ApiJob::finished, page, [page](const ApiResult &result) {
        if (result.ok())
            page->setSelfUserId(result.value.toObject().value(QLatin1String("id")).toString());
    });
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
    }

    if (m_mode != AppOptions::Mode::Unconfigured) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiClient>(m_network.get());
        m_client->setBaseUrl(m_baseUrl);
        m_client->setBearerToken(m_apiKey);
        qCInfo(lcApp).noquote() << "connecting to"
                                << m_baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    }

    m_window = std::make_unique<MainWindow>(m_client.get(), m_mode == AppOptions::Mode::Demo);
    if (m_client)
        addPreferencesPage();
    m_window->show();
    return true;
}
