// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meapi/MeApiWindow.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiPage.h"
#include "ui/shell/LanguageMenu.h"

#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace valara {

MeApiWindow::MeApiWindow(ApiClient *client, MeApiPage *page, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_page(page)
    , m_requestId(new QLabel(this))
{
    setObjectName(QStringLiteral("meWindow"));
    m_demo = demo;
    m_host = client->baseUrl().host();
    resize(720, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_layout = layout;
    if (demo) {
        auto *banner = new QLabel(central);
        m_demoBanner = banner;
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::Highlight);
        banner->setForegroundRole(QPalette::HighlightedText);
        banner->setMargin(6);
        layout->addWidget(banner);
    }
    m_notice = new InlineBanner(InlineBanner::Kind::Information, central);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_notice->setClosable(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    page->setParent(central);
    layout->addWidget(page, 1);
    setCentralWidget(central);

    m_fileMenu = menuBar()->addMenu(QString());
    m_refresh = m_fileMenu->addAction(QString(), page, &MeApiPage::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    page->setRefreshShortcutEnabled(false); // the action above has F5

    m_signOut = m_fileMenu->addAction(QString(), this, &MeApiWindow::signOutRequested);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setVisible(false);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_language = new LanguageMenu(this);
    m_viewMenu->addMenu(m_language);

    m_requestId->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestId->setProperty("valaraLive", true); // the last request's id
    statusBar()->addPermanentWidget(m_requestId);
    connect(client, &ApiClient::requestFinished, this,
            [this](const QByteArray &, const QString &, const ApiResult &result) {
                if (result.requestId.isEmpty())
                    return;
                m_lastRequestId = result.requestId;
                m_requestId->setText(tr("Request ID: %1").arg(result.requestId));
            });
    retranslateUi();
}

void MeApiWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MeApiWindow::retranslateUi()
{
    setWindowTitle(m_demo ? tr("Valara Desk — Me API — Demo")
                          : tr("Valara Desk — Me API — %1").arg(m_host));
    if (m_demoBanner)
        m_demoBanner->setText(tr("Demo: local data"));
    m_fileMenu->setTitle(tr("&File"));
    m_refresh->setText(tr("&Refresh"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_requestId->setAccessibleName(tr("Last request ID"));
    if (!m_lastRequestId.isEmpty())
        m_requestId->setText(tr("Request ID: %1").arg(m_lastRequestId));
    if (m_tabs) {
        m_tabs->setAccessibleName(tr("Your account"));
        m_tabs->setTabText(m_tabs->indexOf(m_page), tr("&Preferences"));
        m_tabs->setTabText(m_tabs->indexOf(m_history), tr("&History"));
    }
}

void MeApiWindow::setHistoryPage(HistoryPage *history)
{
    if (m_history)
        return;
    m_history = history;
    auto *tabs = new QTabWidget(centralWidget());
    m_tabs = tabs;
    tabs->setObjectName(QStringLiteral("meTabs"));
    delete m_layout->replaceWidget(m_page, tabs); // the old layout item is ours to delete
    tabs->addTab(m_page, QString());
    tabs->addTab(history, QString());
    retranslateUi();
}

void MeApiWindow::setSignOutAvailable(bool available)
{
    m_signOut->setVisible(available);
}

void MeApiWindow::addBanner(QWidget *banner)
{
    m_layout->insertWidget(m_layout->indexOf(m_notice) + 1, banner);
}

void MeApiWindow::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MeApiWindow::closeEvent(QCloseEvent *event)
{
    if (!m_page->maybeLeave()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace valara
