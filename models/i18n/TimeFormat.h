// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace valara {

// How the app shows times (history, session expiry, the local time of a timezone, since when a
// draft is kept): in the signed-in user's date_time_format ("friendly", "us", "uk") and
// timezone, with day and month names in the interface's language. Like QLocale, a value with a
// process-wide default that the app sets when the signed-in user's saved preferences are read or
// the interface's language changes; TimeFormat() is that default. Views pick it up as they draw.
class TimeFormat
{
public:
    TimeFormat(); // the default
    TimeFormat(const QString &format, const QTimeZone &zone, const QLocale &locale = QLocale::c());

    static void setDefault(const TimeFormat &format);
    // Keeps the default's format and zone; day and month names in `locale`.
    static void setDefaultLocale(const QLocale &locale);

    QString format() const { return m_format; }
    QTimeZone zone() const { return m_zone; }

    // A moment in the user's zone: "Today at 3:45 PM", "11/22/2026 3:45 PM", "22/11/2026 15:45".
    QString moment(const QDateTime &moment,
                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The time of day of `moment` in another zone: "3:45 PM", or "15:45" in the uk format.
    QString timeOfDay(const QDateTime &moment, const QTimeZone &zone) const;
    // The same where the zone's offset from UTC at `moment` is known.
    QString timeOfDay(const QDateTime &moment, int offsetSeconds) const;

private:
    QString m_format;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace valara
