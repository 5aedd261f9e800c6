#include "ui/meapi/MeApiWindow.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"
#include "ui/meapi/MeApiPage.h"

#include <QCloseEvent>
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
    setWindowTitle(demo ? tr("Valara Desk — Me API — Demo")
                        : tr("Valara Desk — Me API — %1").arg(client->baseUrl().host()));
    resize(720, 640);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_layout = layout;
    if (demo) {
        auto *banner = new QLabel(tr("Demo: local data"), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAutoFillBackground(true);
        banner->setBackgroundRole(QPalette::Highlight);
        banner->setForegroundRole(QPalette::HighlightedText);
        banner->setMargin(6);
        layout->addWidget(banner);
    }
    m_notice = new InlineBanner(InlineBanner::Kind::Information, central);
    m_notice->setObjectName(QStringLiteral("noticeBanner"));
    m_notice->hide();
    layout->addWidget(m_notice);
    page->setParent(central);
    layout->addWidget(page, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), page, &MeApiPage::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_requestId->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestId->setAccessibleName(tr("Last request ID"));
    statusBar()->addPermanentWidget(m_requestId);
    connect(client, &ApiClient::requestFinished, this,
            [this](const QByteArray &, const QString &, const ApiResult &result) {
                if (!result.requestId.isEmpty())
                    m_requestId->setText(tr("Request ID: %1").arg(result.requestId));
            });
}

void MeApiWindow::setHistoryPage(HistoryPage *history)
{
    if (m_history)
        return;
    m_history = history;
    auto *tabs = new QTabWidget(centralWidget());
    tabs->setObjectName(QStringLiteral("meTabs"));
    tabs->setAccessibleName(tr("Your account"));
    delete m_layout->replaceWidget(m_page, tabs); // the old layout item is ours to delete
    tabs->addTab(m_page, tr("&Preferences"));
    tabs->addTab(history, tr("&History"));
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
