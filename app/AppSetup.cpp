// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSetup.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#ifndef VALARA_APP_ID
#define VALARA_APP_ID "cloud.valara.Desk"
#endif

namespace valara {

void AppSetup::applyIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Valara Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Valara"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("valara.cloud"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALARA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Valara Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(VALARA_APP_ID));
}

void AppSetup::applyWindowIcon()
{
    const QString embedded = QStringLiteral(":/icons/" VALARA_APP_ID ".svg");
    if (QFile::exists(embedded))
        QApplication::setWindowIcon(QIcon(embedded));
    else
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(VALARA_APP_ID)));
}

} // namespace valara
