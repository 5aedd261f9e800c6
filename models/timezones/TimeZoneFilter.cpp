// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timezones/TimeZoneFilter.h"

#include "models/ModelsLogging.h"
#include "models/timezones/TimeZoneListModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace valara {

TimeZoneFilter::TimeZoneFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // Sorting and filtering follow the offset, so the minute refresh re-sorts and re-filters.
    setSortRole(TimeZoneListModel::OffsetSecondsRole);
    setFilterRole(TimeZoneListModel::SearchTextRole);
    sort(0);
}

void TimeZoneFilter::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_zones = qobject_cast<TimeZoneListModel *>(sourceModel);
    if (sourceModel && !m_zones)
        qCWarning(lcModels) << "TimeZoneFilter needs a TimeZoneListModel; showing rows unfiltered";
    m_ranks.clear();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TimeZoneFilter::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_parsed = parse(query);
    invalidate();
    Q_EMIT queryChanged(m_query);
}

TimeZoneFilter::ParsedQuery TimeZoneFilter::parse(const QString &query)
{
    ParsedQuery parsed;
    parsed.key = TimeZoneListModel::searchKey(query);
    if (parsed.key.isEmpty())
        return parsed;
    if (parsed.key.contains(QLatin1Char(' ')))
        parsed.words = parsed.key.split(QLatin1Char(' '));

    static const QRegularExpression abbreviation(QStringLiteral("^[a-z]{2,6}$"));
    if (abbreviation.match(parsed.key).hasMatch())
        parsed.abbreviation = parsed.key.toUpper();

    // [UTC|GMT] [sign [hours [(:|.) minutes] | hhmm]]; at least a prefix or a sign.
    static const QRegularExpression offset(QStringLiteral(
        "^(utc|gmt)?\\s*(?:([+-])\\s*(?:(\\d{1,2})(?:[:.](\\d{0,2}))?|(\\d{1,2})(\\d{"
        "2}))?)?$"));
    const QRegularExpressionMatch match = offset.match(parsed.key);
    if (!match.hasMatch() || (!match.hasCaptured(1) && !match.hasCaptured(2)))
        return parsed;
    if (!match.hasCaptured(2)) { // "utc", "gmt"
        parsed.hasOffset = true;
        parsed.offsetHours = 0;
        return parsed;
    }
    parsed.offsetSign = match.captured(2) == QLatin1String("-") ? -1 : 1;
    const bool compact = match.hasCaptured(5);
    const QString hours = match.captured(compact ? 5 : 3);
    const QString minutes = match.captured(compact ? 6 : 4);
    if (hours.isEmpty()) { // a lone sign: every offset on that side of UTC
        parsed.hasOffset = true;
        parsed.offsetHours = -1;
        return parsed;
    }
    parsed.offsetHours = hours.toInt();
    if (minutes.size() == 1) { // "+5:3", still typing: 30 to 39
        parsed.minMinutes = minutes.toInt() * 10;
        parsed.maxMinutes = parsed.minMinutes + 9;
    } else {
        parsed.minMinutes = parsed.maxMinutes = minutes.toInt();
    }
    parsed.hasOffset = parsed.offsetHours <= 14 && parsed.minMinutes < 60;
    return parsed;
}

bool TimeZoneFilter::offsetMatches(int offsetSeconds) const
{
    const ParsedQuery &q = m_parsed;
    if (q.offsetHours < 0)
        return q.offsetSign > 0 ? offsetSeconds > 0 : offsetSeconds < 0;
    if (offsetSeconds != 0 && q.offsetSign != 0 && (offsetSeconds > 0) != (q.offsetSign > 0))
        return false;
    const int minutes = qAbs(offsetSeconds) / 60;
    return minutes / 60 == q.offsetHours && minutes % 60 >= q.minMinutes &&
           minutes % 60 <= q.maxMinutes;
}

TimeZoneFilter::Rank TimeZoneFilter::rankOfSourceRow(int sourceRow) const
{
    const ParsedQuery &q = m_parsed;
    if (q.key.isEmpty())
        return Rank::Exact;
    if (!m_zones || sourceRow < 0 || sourceRow >= m_zones->rowCount())
        return Rank::None;
    const TimeZoneListModel::Zone &zone = m_zones->zoneAt(sourceRow);
    if (q.hasOffset && offsetMatches(zone.offsetSeconds))
        return Rank::Exact;
    if (!q.abbreviation.isEmpty() && zone.abbreviationKeys.contains(q.abbreviation))
        return Rank::Exact;
    if (zone.cityKey == q.key || zone.idKey == q.key || zone.countryKey == q.key)
        return Rank::Exact;
    if (zone.cityKey.startsWith(q.key) || zone.idKey.startsWith(q.key) ||
        zone.countryKey.startsWith(q.key))
        return Rank::Prefix;
    if (zone.cityKey.contains(q.key) || zone.idKey.contains(q.key) ||
        zone.countryKey.contains(q.key))
        return Rank::Substring;
    if (!q.words.isEmpty()) {
        const bool all = std::all_of(q.words.cbegin(), q.words.cend(), [&](const QString &word) {
            return zone.searchText.contains(word);
        });
        if (all)
            return Rank::AllWords;
    }
    return Rank::None;
}

bool TimeZoneFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_zones)
        return true;
    const int count = m_zones->rowCount();
    if (m_ranks.size() != count)
        m_ranks.resize(count, Rank::None);
    const Rank rank = rankOfSourceRow(sourceRow);
    m_ranks[sourceRow] = rank;
    return rank != Rank::None;
}

bool TimeZoneFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_zones)
        return QSortFilterProxyModel::lessThan(left, right);
    const int l = left.row();
    const int r = right.row();
    const TimeZoneListModel::Zone &a = m_zones->zoneAt(l);
    const TimeZoneListModel::Zone &b = m_zones->zoneAt(r);
    if (m_parsed.key.isEmpty()) {
        if (a.offsetSeconds != b.offsetSeconds)
            return a.offsetSeconds < b.offsetSeconds;
        return a.cityOrder < b.cityOrder;
    }
    const Rank rankA = l < m_ranks.size() ? m_ranks.at(l) : Rank::None;
    const Rank rankB = r < m_ranks.size() ? m_ranks.at(r) : Rank::None;
    if (rankA != rankB)
        return rankA < rankB;
    return a.cityOrder < b.cityOrder;
}

} // namespace valara
