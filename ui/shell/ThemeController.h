// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

namespace valara {

// Applies the theme preference (light, dark, system) to the whole application, live. "system"
// restores the style and palette the application started with. An override chosen on this
// computer (View > Theme) wins over the account's preference until it is cleared.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    // The account's preference (applied unless overridden).
    void apply(const QString &theme);
    // "light", "dark" or "system" on this computer; empty to follow the account's preference.
    void setOverride(const QString &theme);
    QString overrideTheme() const { return m_override; }

Q_SIGNALS:
    void themeChanged(const QString &theme);

private:
    static QPalette darkPalette();
    void applyNow(const QString &theme);

    QString m_theme = QStringLiteral("system");
    QString m_preferred = QStringLiteral("system");
    QString m_override;
    QString m_systemStyle;
    QPalette m_systemPalette;
};

} // namespace valara
