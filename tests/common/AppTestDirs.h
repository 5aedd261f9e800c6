// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTemporaryDir>

namespace valara::testing {

// What a test of the whole app starts with: its settings and data in temporary folders (through
// XDG_CONFIG_HOME and XDG_DATA_HOME) and the app's names, so nothing of the user's is touched.
class AppTestDirs
{
public:
    // False when a folder could not be made.
    bool setUp()
    {
        if (!m_config.isValid() || !m_data.isValid())
            return false;
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
        QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
        return true;
    }

private:
    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

} // namespace valara::testing
