// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/ThemeController.h"

#include "ui/UiLogging.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace valara {

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{}

// The one place where colours are defined: every widget takes them from the palette.
QPalette ThemeController::darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(128, 128, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 120));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, QColor(42, 110, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void ThemeController::apply(const QString &theme)
{
    m_preferred = theme;
    applyNow(m_override.isEmpty() ? theme : m_override);
}

void ThemeController::setOverride(const QString &theme)
{
    m_override = theme;
    applyNow(theme.isEmpty() ? m_preferred : theme);
}

namespace {
// A change of style polishes every widget again: none when the style is already that one (the
// first theme applied is often the style the app started with).
void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}
} // namespace

void ThemeController::applyNow(const QString &theme)
{
    if (theme == m_theme)
        return;
    if (theme == QLatin1String("light")) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else if (theme == QLatin1String("dark")) {
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (theme == QLatin1String("system")) {
        useStyle(m_systemStyle);
        QApplication::setPalette(m_systemPalette);
    } else {
        qCWarning(lcUi) << "unknown theme" << theme;
        return;
    }
    m_theme = theme;
    Q_EMIT themeChanged(theme);
}

} // namespace valara
