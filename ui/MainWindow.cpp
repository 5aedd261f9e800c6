#include "MainWindow.h"

#include "PreferencesPage.h"
#include "ProfilePage.h"

#include "ApiClient.h"
#include "ApiJob.h"
#include "InlineBanner.h"
#include "UiLogging.h"
#include "UserListModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace {
constexpr int kPageSize = 200;
}

MainWindow::MainWindow(ApiClient *client, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_demo(demo)
    , m_users(new UserListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (demo)
        setWindowTitle(tr("Valara Desk — Demo"));
    else if (client)
        setWindowTitle(tr("Valara Desk — %1").arg(client->baseUrl().host()));
    else
        setWindowTitle(tr("Valara Desk"));
    resize(960, 600);

    buildActions();
    buildCentralWidget();

    m_requestIdLabel = new QLabel(this);
    m_requestIdLabel->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestIdLabel->setAccessibleName(tr("Last request ID"));
    statusBar()->addPermanentWidget(m_requestIdLabel);

    if (m_client) {
        connect(m_client, &ApiClient::requestFinished, this,
                [this](const QByteArray &, const QString &, const ApiResult &result) {
                    onRequestFinished(result);
                });
        reload();
    } else {
        m_reloadAction->setEnabled(false);
        statusBar()->showMessage(tr("Not connected"));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_reloadAction = fileMenu->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Valara Desk"), this, &MainWindow::showAbout);
}

void MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_demoBanner = new QLabel(tr("Demo: local data"), central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setToolTip(
        tr("Valara Desk is running on a built-in sample account. Changes stay on this computer "
           "and are lost when you quit."));
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    m_demoBanner->setAccessibleDescription(m_demoBanner->toolTip());
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setBackgroundRole(QPalette::Highlight);
    m_demoBanner->setForegroundRole(QPalette::HighlightedText);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    m_demoBanner->setMargin(margin);
    QFont bannerFont = m_demoBanner->font();
    bannerFont.setBold(true);
    m_demoBanner->setFont(bannerFont);
    m_demoBanner->setVisible(m_demo);
    layout->addWidget(m_demoBanner);

    m_connectBanner = new InlineBanner(InlineBanner::Kind::Information, central);
    m_connectBanner->setObjectName(QStringLiteral("connectBanner"));
    m_connectBanner->setText(
        tr("Not connected to a Valara account. Start Valara Desk with --demo to try it on local "
           "sample data, or with --base-url https://valara.cloud and your API key in the "
           "VALARA_API_KEY environment variable."));
    m_connectBanner->setVisible(m_client == nullptr);
    layout->addWidget(m_connectBanner);

    m_errorBanner = new InlineBanner(InlineBanner::Kind::Error, central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setActionText(tr("Retry"));
    m_errorBanner->hide();
    connect(m_errorBanner, &InlineBanner::actionTriggered, this, &MainWindow::reload);
    layout->addWidget(m_errorBanner);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_users);
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(tr("The users of this account: name, e-mail, role, team"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    layout->addWidget(m_splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentUserChanged);

    setCentralWidget(central);
    m_table->setFocus();
}

QTabWidget *MainWindow::userPages()
{
    if (!m_pages) {
        m_pages = new QTabWidget(m_splitter);
        m_pages->setObjectName(QStringLiteral("userPages"));
        m_pages->setAccessibleName(tr("Selected user"));
        m_splitter->addWidget(m_pages);
        m_splitter->setStretchFactor(1, 1);
        m_pages->setEnabled(false); // until a user is chosen
    }
    return m_pages;
}

void MainWindow::setPreferencesPage(PreferencesPage *page)
{
    m_preferences = page;
    userPages()->insertTab(0, page, tr("Preferences"));
}

void MainWindow::setProfilePage(ProfilePage *page)
{
    m_profile = page;
    userPages()->addTab(page, tr("Profile"));
}

bool MainWindow::maybeLeavePages()
{
    return (!m_preferences || m_preferences->maybeLeave()) &&
           (!m_profile || m_profile->maybeLeave());
}

void MainWindow::onCurrentUserChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (!m_pages || !current.isValid())
        return;
    const QString userId = current.data(UserListModel::UserIdRole).toString();
    if ((!m_preferences || userId == m_preferences->userId()) &&
        (!m_profile || userId == m_profile->userId()))
        return;
    if (!maybeLeavePages()) {
        // Stay on the user whose changes are not saved yet.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        return;
    }
    m_pages->setEnabled(true);
    if (m_preferences)
        m_preferences->setUser(userId);
    if (m_profile)
        m_profile->setUser(userId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeLeavePages()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::reload()
{
    if (!m_client || m_loadJob)
        return;
    qCDebug(lcUi) << "loading users";
    m_reloadAction->setEnabled(false);
    statusBar()->showMessage(tr("Loading users…"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    m_loadJob = m_client->get(QStringLiteral("/api/v1/users"), query);
    connect(m_loadJob, &ApiJob::finished, this, &MainWindow::onUsersLoaded);
}

void MainWindow::onUsersLoaded(const ApiResult &result)
{
    m_loadJob = nullptr;
    m_reloadAction->setEnabled(true);
    if (!result.ok()) {
        showError(tr("Could not load the users: %1").arg(result.error.message), result.error);
        statusBar()->showMessage(tr("Loading failed"));
        return;
    }
    const QJsonObject page = result.value.toObject();
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    m_users->setUsers(items);
    m_errorBanner->hide();
    m_table->resizeColumnsToContents();

    const int shown = m_users->rowCount();
    const int total = page.value(QLatin1String("total")).toInt(shown);
    if (total > shown)
        statusBar()->showMessage(tr("Showing %1 of %2 users").arg(shown).arg(total));
    else if (shown == 1)
        statusBar()->showMessage(tr("1 user"));
    else
        statusBar()->showMessage(tr("%n users", nullptr, shown));
    qCDebug(lcUi) << "users loaded:" << shown << "of" << total;
}

void MainWindow::onRequestFinished(const ApiResult &result)
{
    if (result.requestId.isEmpty())
        return;
    m_requestIdLabel->setText(tr("Request ID: %1").arg(result.requestId));
}

void MainWindow::showError(const QString &summary, const ApiError &error)
{
    QStringList lines{summary};
    if (error.kind == ApiError::Kind::Unauthorized)
        lines.append(tr("Check the API key (VALARA_API_KEY) and start Valara Desk again."));
    if (!error.requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(error.requestId));
    m_errorBanner->setText(lines.join(QLatin1Char('\n')));
    m_errorBanner->show();
    qCInfo(lcUi).noquote() << "load failed:" << ApiError::kindName(error.kind) << error.requestId;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Valara Desk"),
        tr("<h3>Valara Desk %1</h3><p>Edit Valara user profiles and localization preferences "
           "from the desktop.</p>")
            .arg(QStringLiteral(VALARA_VERSION)));
}
