// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;
class QMainWindow;

namespace valara {

class LanguageMenu;

// The menu bar of the main window: File (Reload, Quit), Go (the places, Ctrl+1 to Ctrl+4),
// View > Theme, View > Language and Help. It only says what was chosen; the window acts on it.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    explicit MainMenus(QMainWindow *window);

    QAction *reloadAction() const { return m_reload; }
    LanguageMenu *languageMenu() const { return m_language; }
    // Checks the View > Theme entry ("" follows the account's preference).
    void setThemeOverride(const QString &theme);
    // Sets every title and entry in the current language (the window calls it on a change).
    void retranslateUi();

Q_SIGNALS:
    void reloadRequested();
    void placeChosen(const QString &page);
    void themeChosen(const QString &theme);

private:
    void showAbout();

    QMainWindow *m_window;
    QMenu *m_file = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_quit = nullptr;
    QMenu *m_go = nullptr;
    QList<QAction *> m_places;
    QMenu *m_view = nullptr;
    QMenu *m_theme = nullptr;
    QActionGroup *m_themes = nullptr;
    LanguageMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QAction *m_about = nullptr;
};

} // namespace valara
