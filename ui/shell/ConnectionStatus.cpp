// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/ConnectionStatus.h"

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>

namespace valara {

ConnectionStatus::ConnectionStatus(ApiClient *client, QStatusBar *bar)
    : QObject(bar)
    , m_client(client)
    , m_connection(new QLabel(bar))
    , m_requestId(new QLabel(bar))
    , m_state(client ? State::Connecting : State::None)
{
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setProperty("valaraLive", true); // follows the answers and passing messages
    bar->addWidget(m_connection, 1);
    m_requestId->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestId->setProperty("valaraLive", true); // the last request's id
    bar->addPermanentWidget(m_requestId);
    if (m_client) {
        connect(m_client, &ApiClient::requestFinished, this,
                [this](const QByteArray &, const QString &, const ApiResult &result) {
                    onRequestFinished(result);
                });
    }
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, [this] {
        m_message = nullptr;
        update();
    });
    retranslateUi();
}

void ConnectionStatus::showMessage(const TextSource &text, int milliseconds)
{
    m_message = text;
    m_messageTimer.start(milliseconds);
    update();
}

void ConnectionStatus::setText(const TextSource &text)
{
    m_state = State::Given;
    m_given = text;
    // The app's own line (a refused sign-in, say) matters more than a passing message.
    m_message = nullptr;
    m_messageTimer.stop();
    update();
}

void ConnectionStatus::retranslateUi()
{
    m_connection->setAccessibleName(
        QCoreApplication::translate("valara::MainWindow", "Connection"));
    m_requestId->setAccessibleName(
        QCoreApplication::translate("valara::MainWindow", "Last request ID"));
    if (!m_lastRequestId.isEmpty())
        m_requestId->setText(QCoreApplication::translate("valara::MainWindow", "Request ID: %1")
                                 .arg(m_lastRequestId));
    update();
}

void ConnectionStatus::onRequestFinished(const ApiResult &result)
{
    if (!result.requestId.isEmpty()) {
        m_lastRequestId = result.requestId;
        m_requestId->setText(QCoreApplication::translate("valara::MainWindow", "Request ID: %1")
                                 .arg(result.requestId));
    }
    if (result.error.kind == ApiError::Kind::Network ||
        result.error.kind == ApiError::Kind::Timeout)
        m_state = State::Offline;
    else if (result.error.kind == ApiError::Kind::Unauthorized)
        m_state = State::SignedOut;
    else
        m_state = State::Connected;
    update();
}

void ConnectionStatus::update()
{
    const QString host = m_client ? m_client->baseUrl().host() : QString();
    QString text;
    switch (m_state) {
    case State::None:
        text = QCoreApplication::translate("valara::MainWindow", "Not connected");
        break;
    case State::Connecting:
        text = QCoreApplication::translate("valara::MainWindow", "Connecting to %1…").arg(host);
        break;
    case State::Offline:
        text = QCoreApplication::translate("valara::MainWindow", "Offline: %1 is not answering")
                   .arg(host);
        break;
    case State::SignedOut:
        text = QCoreApplication::translate("valara::MainWindow",
                                           "Signed out: %1 did not accept the key")
                   .arg(host);
        break;
    case State::Connected:
        text = m_caller.isValid()
                   ? QCoreApplication::translate("valara::MainWindow", "Connected to %1 as %2 (%3)")
                         .arg(host, m_caller.displayName(), m_caller.roleName())
                   : QCoreApplication::translate("valara::MainWindow", "Connected to %1").arg(host);
        break;
    case State::Given:
        text = m_given ? m_given() : QString();
        break;
    }
    m_connection->setText(m_message ? m_message() : text);
}

} // namespace valara
