// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/values/IanaTimeZone.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace valara {

bool IanaTimeZone::isKnown(const QString &id)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"));
    static const QRegularExpression qtOffset(QStringLiteral("^UTC[+-]"));
    static const QStringList excluded{QStringLiteral("posixrules"), QStringLiteral("localtime"),
                                      QStringLiteral("Factory")};
    if (!shape.match(id).hasMatch() || qtOffset.match(id).hasMatch() || excluded.contains(id) ||
        id.startsWith(QLatin1String("posix/")) || id.startsWith(QLatin1String("right/")))
        return false;
    static const QSet<QByteArray> listed = [] {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        return QSet<QByteArray>(ids.begin(), ids.end());
    }();
    if (listed.contains(id.toUtf8()))
        return true;
    // Qt does not list links on every platform: where the system keeps the IANA database as
    // files, a compiled zone file of exactly that name is an IANA name.
    const QString directory = qEnvironmentVariable("TZDIR", QStringLiteral("/usr/share/zoneinfo"));
    QFile file(directory + QLatin1Char('/') + id);
    return QFileInfo(file).isFile() && file.open(QIODevice::ReadOnly) && file.read(4) == "TZif";
}

} // namespace valara
