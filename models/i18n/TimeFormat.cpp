// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/i18n/TimeFormat.h"

#include "models/preferences/PreferencePreview.h"

namespace valara {

namespace {

TimeFormat &defaultFormat()
{
    static TimeFormat format(QStringLiteral("friendly"), QTimeZone::systemTimeZone());
    return format;
}

bool isFormat(const QString &format)
{
    return format == QLatin1String("friendly") || format == QLatin1String("us") ||
           format == QLatin1String("uk");
}

} // namespace

TimeFormat::TimeFormat()
    : TimeFormat(defaultFormat())
{}

TimeFormat::TimeFormat(const QString &format, const QTimeZone &zone, const QLocale &locale)
    : m_format(isFormat(format) ? format : QStringLiteral("friendly"))
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_locale(locale)
{}

void TimeFormat::setDefault(const TimeFormat &format)
{
    defaultFormat() = format;
}

void TimeFormat::setDefaultLocale(const QLocale &locale)
{
    TimeFormat &current = defaultFormat();
    current = TimeFormat(current.m_format, current.m_zone, locale);
}

QString TimeFormat::moment(const QDateTime &moment, const QDateTime &now) const
{
    return PreferencePreview::dateTime(m_format, moment, now, m_zone, m_locale);
}

QString TimeFormat::timeOfDay(const QDateTime &moment, const QTimeZone &zone) const
{
    return timeOfDay(moment, zone.offsetFromUtc(moment));
}

QString TimeFormat::timeOfDay(const QDateTime &moment, int offsetSeconds) const
{
    const QDateTime local = moment.toOffsetFromUtc(offsetSeconds);
    if (m_format == QLatin1String("uk"))
        return QLocale::c().toString(local, QStringLiteral("HH:mm"));
    return QLocale::c().toString(local, QStringLiteral("h:mm AP"));
}

} // namespace valara
