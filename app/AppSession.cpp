#include "AppSession.h"

#include "ApiClient.h"
#include "AppLogging.h"
#include "DemoBackend.h"
#include "MainWindow.h"

#include <QNetworkAccessManager>

AppSession::AppSession(const AppOptions &options)
    : m_mode(options.mode())
    , m_baseUrl(options.baseUrl())
    , m_apiKey(options.apiKey())
{}

AppSession::~AppSession() = default;

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
    m_window->show();
    return true;
}
