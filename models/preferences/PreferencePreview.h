// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace valara {

// How the preference values look in use, for the previews next to the fields:
//   date_time_format  friendly "Today at 3:45 PM" (relative day, else "Sun, Nov 22 at 3:45 PM")
//                     us       "11/22/2026 3:45 PM"
//                     uk       "22/11/2026 15:45"
//   measurement_unit  imperial "1,850 sq ft"    metric "172 m²"
class PreferencePreview
{
    Q_DECLARE_TR_FUNCTIONS(PreferencePreview)

public:
    // `moment` shown in `zone` in the given format; `now` decides "Today"/"Yesterday"/"Tomorrow".
    // Day and month names (friendly) in `names`.
    static QString dateTime(const QString &format, const QDateTime &moment, const QDateTime &now,
                            const QTimeZone &zone, const QLocale &names = QLocale::c());
    // An area given in square feet, in the given unit system (whole numbers, grouped digits).
    static QString area(const QString &unit, double squareFeet);
};

} // namespace valara
