// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainWindow.h"

#include "api/ApiClient.h"
#include "models/people/UserDirectory.h"
#include "models/people/UserListModel.h"
#include "ui/UiLogging.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/editing/InlineBanner.h"
#include "ui/history/HistoryPage.h"
#include "ui/people/PeopleView.h"
#include "ui/preferences/PreferencesPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/shell/ConnectionStatus.h"
#include "ui/shell/FirstPaintGate.h"
#include "ui/shell/MainMenus.h"
#include "ui/shell/NavigationList.h"
#include "ui/shell/UserPagesArea.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace valara {

MainWindow::MainWindow(ApiClient *client, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_demo(demo)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);
    m_firstPaint = new FirstPaintGate(this);

    m_status = new ConnectionStatus(m_client, statusBar()); // the people list's messages go there
    buildActions();
    buildCentralWidget();
    retranslateUi();

    if (m_client && m_client->baseUrl().isValid())
        reload();
    else if (!m_client)
        m_reloadAction->setEnabled(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Once the places have their new names (they are told after the window).
        QTimer::singleShot(0, this, &MainWindow::fitNavigation);
    }
}

// The places list as wide as its longest entry in the current language, so that none is elided.
void MainWindow::fitNavigation()
{
    QList<int> sizes = m_splitter->sizes();
    if (m_caller.id().isEmpty() || sizes.size() < 2)
        return;
    const int wanted = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                       style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_navigation);
    sizes.last() -= wanted - sizes.first();
    sizes.first() = wanted;
    m_splitter->setSizes(sizes);
}

void MainWindow::retranslateUi()
{
    if (m_demo)
        setWindowTitle(tr("Valara Desk — Demo"));
    else if (m_client)
        setWindowTitle(tr("Valara Desk — %1").arg(m_client->baseUrl().host()));
    else
        setWindowTitle(tr("Valara Desk"));
    m_menus->retranslateUi();
    m_accountToolBar->setWindowTitle(tr("Account"));
    // Qt's own button for what does not fit in the toolbar has no name of its own.
    if (auto *more =
            m_accountToolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More of the Account toolbar"));
    m_accountLabel->setText(tr("&Account:"));
    m_switcher->setAccessibleName(tr("Account"));
    m_demoBanner->setText(tr("Demo: local data"));
    m_demoBanner->setToolTip(
        tr("Valara Desk is running on a built-in sample account. Changes stay on this computer "
           "and are lost when you quit. Switch between the demo's people with the Account list."));
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    m_demoBanner->setAccessibleDescription(m_demoBanner->toolTip());
    m_connectBanner->setText(
        tr("Not connected to a Valara account. Add one with the Account list, start Valara "
           "Desk with --demo to try it on local sample data, or with --base-url "
           "https://valara.cloud and your API key in the VALARA_API_KEY environment variable."));
    m_status->retranslateUi();
    if (m_notice)
        m_noticeBanner->setText(m_notice());
}

void MainWindow::buildActions()
{
    m_menus = new MainMenus(this);
    m_reloadAction = m_menus->reloadAction();
    connect(m_menus, &MainMenus::reloadRequested, this, &MainWindow::reload);
    connect(m_menus, &MainMenus::placeChosen, this, &MainWindow::showPage);
    connect(m_menus, &MainMenus::themeChosen, this, &MainWindow::themeOverrideChosen);

    QToolBar *toolBar = addToolBar(QString());
    m_accountToolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("accountToolBar"));
    toolBar->setMovable(false);
    auto *accountLabel = new QLabel(toolBar);
    m_accountLabel = accountLabel;
    m_switcher = new AccountSwitcher(toolBar);
    accountLabel->setBuddy(m_switcher);
    toolBar->addWidget(accountLabel);
    toolBar->addWidget(m_switcher);
}

void MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setBackgroundRole(QPalette::Highlight);
    m_demoBanner->setForegroundRole(QPalette::HighlightedText);
    m_demoBanner->setMargin(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    QFont bannerFont = m_demoBanner->font();
    bannerFont.setBold(true);
    m_demoBanner->setFont(bannerFont);
    m_demoBanner->setVisible(m_demo);
    layout->addWidget(m_demoBanner);

    m_connectBanner = new InlineBanner(InlineBanner::Kind::Information, central);
    m_connectBanner->setObjectName(QStringLiteral("connectBanner"));
    m_connectBanner->setVisible(m_client == nullptr);
    layout->addWidget(m_connectBanner);

    m_noticeBanner = new InlineBanner(InlineBanner::Kind::Information, central);
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));
    m_noticeBanner->setClosable(true);
    m_noticeBanner->hide();
    layout->addWidget(m_noticeBanner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_navigation = new NavigationList(m_splitter);
    m_navigation->hide(); // until the signed-in user is known
    m_people = new PeopleView(new UserDirectory(m_client, this), m_splitter);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_people);
    layout->addWidget(m_splitter, 1);
    connect(m_people, &PeopleView::currentUserChanged, this, &MainWindow::onPersonChosen);
    connect(m_people, &PeopleView::statusMessage, this,
            [this](const PeopleView::TextSource &text) { m_status->showMessage(text, 5000); });
    connect(m_people, &PeopleView::bulkPreferencesRequested, this,
            [this](const QStringList &ids) { requestBulk(BulkChange::Kind::Preferences, ids); });
    connect(m_people, &PeopleView::bulkProfileRequested, this,
            [this](const QStringList &ids) { requestBulk(BulkChange::Kind::Profiles, ids); });
    connect(m_navigation, &NavigationList::pageChosen, this, [this](const QString &page) {
        if (!showPage(page)) // stay: put the highlight back
            m_navigation->setCurrentPage(m_page);
    });

    setCentralWidget(central);
    m_people->table()->setFocus();
}

UserListModel *MainWindow::userModel() const
{
    return m_people->model();
}

bool MainWindow::isLoading() const
{
    return m_people->isLoading();
}

void MainWindow::reload()
{
    m_people->reload();
}

UserPagesArea *MainWindow::userPages()
{
    if (!m_pages) {
        m_pages = new UserPagesArea(m_splitter); // saying so until a user is chosen
        m_pages->setSignedIn(m_caller.isValid());
        m_splitter->addWidget(m_pages);
        m_splitter->setStretchFactor(2, 1);
    }
    return m_pages;
}

void MainWindow::runAfterFirstPaint(std::function<void()> work)
{
    m_firstPaint->run(std::move(work));
}

void MainWindow::setPreferencesPage(PreferencesPage *page)
{
    m_preferences = page;
    userPages()->setPreferencesPage(page);
}

void MainWindow::setProfilePage(ProfilePage *page)
{
    m_profile = page;
    userPages()->setProfilePage(page);
}

void MainWindow::setHistoryPages(HistoryPage *all, HistoryPage *perUser)
{
    m_history = all;
    m_splitter->addWidget(all);
    all->hide(); // until it is the place shown
    m_userHistory = perUser;
    userPages()->setHistoryPage(perUser);
}

void MainWindow::setCaller(const Caller &caller)
{
    m_caller = caller;
    m_status->setCaller(caller);
    m_navigation->setCaller(caller);
    m_navigation->show();
    if (m_pages)
        m_pages->setSignedIn(true);
    m_people->setCaller(caller); // left out of the list; search, teams, changes for many
    m_people->reload();
    m_splitter->setSizes({0, 320, width() - 320});
    fitNavigation();
    const QString page = m_page.isEmpty() ? NavigationList::MyPreferences : m_page;
    m_page.clear();
    if (!showPage(m_navigation->isAllowed(page) ? page : NavigationList::MyPreferences))
        qCWarning(lcUi) << "could not show the signed-in user's page";
}

QString MainWindow::currentPage() const
{
    return m_page;
}

bool MainWindow::showPage(const QString &page)
{
    if (!m_caller.isValid()) {
        m_page = page; // remembered until the signed-in user is known
        return false;
    }
    if (!m_navigation->isAllowed(page))
        return false;
    if (page == m_page)
        return true;
    const bool history = page == NavigationList::History;
    const bool mine = page == NavigationList::MyProfile || page == NavigationList::MyPreferences;
    if (history && !m_history)
        return false;
    if (mine) {
        if (!showUser(callerId()))
            return false;
        userPages()->tabs()->setCurrentWidget(page == NavigationList::MyProfile
                                                  ? static_cast<QWidget *>(m_profile)
                                                  : static_cast<QWidget *>(m_preferences));
    } else if (!history) {
        const QModelIndex current = m_people->table()->currentIndex();
        if (current.isValid() && !showUser(current.data(UserListModel::UserIdRole).toString()))
            return false;
        if (!current.isValid() && !maybeLeavePages())
            return false;
        if (!current.isValid())
            userPages()->setUserChosen(false);
    }
    m_page = page;
    m_people->setVisible(page == NavigationList::People);
    if (m_pages)
        m_pages->setVisible(!history); // the selected user's pages keep their edits meanwhile
    if (m_history)
        m_history->setVisible(history);
    if (page == NavigationList::People)
        m_people->table()->setFocus(); // arrow keys choose a person right away
    if (history)
        m_history->table()->setFocus(); // arrow keys choose a change right away
    m_navigation->setCurrentPage(page);
    qCDebug(lcUi) << "page" << page;
    return true;
}

bool MainWindow::showUser(const QString &userId)
{
    if ((m_preferences && userId != m_preferences->userId()) ||
        (m_profile && userId != m_profile->userId())) {
        if (!maybeLeavePages())
            return false;
        if (m_preferences)
            m_preferences->setUser(userId);
        if (m_profile)
            m_profile->setUser(userId);
    }
    userPages()->setUserChosen(true);
    if (m_userHistory)
        m_userHistory->setUserId(userId);
    return true;
}

bool MainWindow::openUser(const QString &userId)
{
    if (userId == callerId())
        return showPage(NavigationList::MyPreferences);
    return m_caller.seesOthers() && showPage(NavigationList::People) && showUser(userId);
}

void MainWindow::addBanner(QWidget *banner)
{
    auto *layout = static_cast<QVBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_splitter), banner);
}

bool MainWindow::maybeLeavePages()
{
    return (!m_preferences || m_preferences->maybeLeave()) &&
           (!m_profile || m_profile->maybeLeave());
}

void MainWindow::onPersonChosen(const QString &userId, const QModelIndex &,
                                const QModelIndex &previous)
{
    if (!m_pages)
        return;
    if (!showUser(userId))
        m_people->restoreCurrent(previous); // stay on the user whose changes are not saved
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeLeavePages()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

LanguageMenu *MainWindow::languageMenu() const
{
    return m_menus->languageMenu();
}

void MainWindow::setThemeOverride(const QString &theme)
{
    m_menus->setThemeOverride(theme);
}

void MainWindow::showNotice(const QString &text)
{
    showNotice(text.isEmpty() ? TextSource() : TextSource([text] { return text; }));
}

void MainWindow::showNotice(const TextSource &text)
{
    m_notice = text;
    m_noticeBanner->setText(text ? text() : QString());
    m_noticeBanner->setVisible(!m_noticeBanner->text().isEmpty());
}

void MainWindow::setConnectionState(const QString &text)
{
    m_status->setText([text] { return text; });
}

void MainWindow::setConnectionState(const TextSource &text)
{
    m_status->setText(text);
}

void MainWindow::requestBulk(BulkChange::Kind kind, const QStringList &userIds)
{
    Q_EMIT bulkChangeRequested(
        kind, BulkPeople{userIds, m_people->knownTeams(userIds), m_people->knownNames(userIds)});
}

} // namespace valara
