// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/preferences/PreferencePreview.h"

#include <QLocale>

#include <cmath>

namespace valara {

QString PreferencePreview::dateTime(const QString &format, const QDateTime &moment,
                                    const QDateTime &now, const QTimeZone &zone,
                                    const QLocale &names)
{
    const QDateTime local = moment.toTimeZone(zone);
    const QLocale c = QLocale::c();
    if (format == QLatin1String("us"))
        return c.toString(local, QStringLiteral("MM/dd/yyyy h:mm AP"));
    if (format == QLatin1String("uk"))
        return c.toString(local, QStringLiteral("dd/MM/yyyy HH:mm"));

    const QString time = c.toString(local, QStringLiteral("h:mm AP"));
    const qint64 days = now.toTimeZone(zone).date().daysTo(local.date());
    if (days == 0)
        return tr("Today at %1").arg(time);
    if (days == -1)
        return tr("Yesterday at %1").arg(time);
    if (days == 1)
        return tr("Tomorrow at %1").arg(time);
    return tr("%1 at %2").arg(names.toString(local, QStringLiteral("ddd, MMM d")), time);
}

QString PreferencePreview::area(const QString &unit, double squareFeet)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    if (unit == QLatin1String("metric")) {
        const double squareMetres = squareFeet * 0.09290304;
        return tr("%1 m²").arg(english.toString(qint64(std::llround(squareMetres))));
    }
    return tr("%1 sq ft").arg(english.toString(qint64(std::llround(squareFeet))));
}

} // namespace valara
