#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

// Applies the theme preference (light, dark, system) to the whole application, live. "system"
// restores the style and palette the application started with.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void apply(const QString &theme);

Q_SIGNALS:
    void themeChanged(const QString &theme);

private:
    static QPalette darkPalette();

    QString m_theme = QStringLiteral("system");
    QString m_systemStyle;
    QPalette m_systemPalette;
};
