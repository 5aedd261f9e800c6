#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
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

Q_SIGNALS:
    void reloadRequested();
    void placeChosen(const QString &page);
    void themeChosen(const QString &theme);

private:
    void showAbout();

    QMainWindow *m_window;
    QAction *m_reload = nullptr;
    QActionGroup *m_themes = nullptr;
    LanguageMenu *m_language = nullptr;
};

} // namespace valara
