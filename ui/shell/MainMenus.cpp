#include "ui/shell/MainMenus.h"

#include "ui/shell/LanguageMenu.h"
#include "ui/shell/NavigationList.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>

namespace valara {

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *fileMenu = bar->addMenu(tr("&File"));
    m_reload = fileMenu->addAction(tr("&Reload"), this, &MainMenus::reloadRequested);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setIcon(window->style()->standardIcon(QStyle::SP_BrowserReload));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *goMenu = bar->addMenu(tr("&Go"));
    const QList<QPair<QString, QString>> places{
        {NavigationList::MyProfile, tr("My &profile")},
        {NavigationList::MyPreferences, tr("My pre&ferences")},
        {NavigationList::People, tr("&People")},
        {NavigationList::History, tr("&History")}};
    int key = Qt::Key_1;
    for (const auto &[page, text] : places) {
        // An init-capture: clang before 16 cannot capture a structured binding by name.
        QAction *action =
            goMenu->addAction(text, this, [this, page = page] { Q_EMIT placeChosen(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
    }

    QMenu *viewMenu = bar->addMenu(tr("&View"));
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themes = new QActionGroup(this);
    const QList<QPair<QString, QString>> themes{{QString(), tr("&Follow my preferences")},
                                                {QStringLiteral("light"), tr("&Light")},
                                                {QStringLiteral("dark"), tr("&Dark")},
                                                {QStringLiteral("system"), tr("&System")}};
    for (const auto &[theme, text] : themes) {
        QAction *action =
            themeMenu->addAction(text, this, [this, theme = theme] { Q_EMIT themeChosen(theme); });
        action->setCheckable(true);
        action->setData(theme);
        m_themes->addAction(action);
    }
    setThemeOverride(QString());
    m_language = new LanguageMenu(window);
    viewMenu->addMenu(m_language);

    QMenu *helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Valara Desk"), this, &MainMenus::showAbout);
}

void MainMenus::setThemeOverride(const QString &theme)
{
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toString() == theme);
}

void MainMenus::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Valara Desk"),
        tr("<h3>Valara Desk %1</h3><p>Edit Valara user profiles and localization preferences "
           "from the desktop.</p>")
            .arg(QStringLiteral(VALARA_VERSION)));
}

} // namespace valara
