// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/MainMenus.h"

#include "ui/shell/LanguageMenu.h"
#include "ui/shell/NavigationList.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>

namespace valara {

MainMenus::MainMenus(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();
    m_file = bar->addMenu(QString());
    m_reload = m_file->addAction(QString(), this, &MainMenus::reloadRequested);
    m_reload->setShortcut(QKeySequence::Refresh);
    // Its icon when the menu first opens: the first theme icon costs milliseconds.
    connect(m_file, &QMenu::aboutToShow, this, [this] {
        if (m_reload->icon().isNull())
            m_reload->setIcon(m_window->style()->standardIcon(QStyle::SP_BrowserReload));
    });
    m_file->addSeparator();
    m_quit = m_file->addAction(QString(), window, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_go = bar->addMenu(QString());
    const QStringList places{NavigationList::MyProfile, NavigationList::MyPreferences,
                             NavigationList::People, NavigationList::History};
    int key = Qt::Key_1;
    for (const QString &page : places) {
        QAction *action =
            m_go->addAction(QString(), this, [this, page] { Q_EMIT placeChosen(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        m_places.append(action);
    }

    m_view = bar->addMenu(QString());
    m_theme = m_view->addMenu(QString());
    m_themes = new QActionGroup(this);
    const QStringList themes{QString(), QStringLiteral("light"), QStringLiteral("dark"),
                             QStringLiteral("system")};
    for (const QString &theme : themes) {
        QAction *action =
            m_theme->addAction(QString(), this, [this, theme] { Q_EMIT themeChosen(theme); });
        action->setCheckable(true);
        action->setData(theme);
        m_themes->addAction(action);
    }
    setThemeOverride(QString());
    m_language = new LanguageMenu(window);
    m_view->addMenu(m_language);

    m_help = bar->addMenu(QString());
    m_about = m_help->addAction(QString(), this, &MainMenus::showAbout);
    retranslateUi();
}

void MainMenus::retranslateUi()
{
    m_file->setTitle(tr("&File"));
    m_reload->setText(tr("&Reload"));
    m_quit->setText(tr("&Quit"));
    m_go->setTitle(tr("&Go"));
    const QStringList places{tr("My &profile"), tr("My pre&ferences"), tr("&People"),
                             tr("&History")};
    for (int i = 0; i < m_places.size(); ++i)
        m_places.at(i)->setText(places.at(i));
    m_view->setTitle(tr("&View"));
    m_theme->setTitle(tr("&Theme"));
    const QStringList themes{tr("&Follow my preferences"), tr("&Light"), tr("&Dark"),
                             tr("&System")};
    const QList<QAction *> themeActions = m_themes->actions();
    for (int i = 0; i < themeActions.size(); ++i)
        themeActions.at(i)->setText(themes.at(i));
    m_help->setTitle(tr("&Help"));
    m_about->setText(tr("&About Valara Desk"));
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
