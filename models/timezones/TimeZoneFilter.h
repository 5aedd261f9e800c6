// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace valara {

class TimeZoneListModel;

// Filters and ranks a TimeZoneListModel with one query, as typed in a search box:
//  - city, country or zone id ("kolkata", "india", "asia/kol", "new york"), without regard to case
//    or accents ("Sao Paulo", "São Paulo");
//  - a UTC offset ("+5:30", "+05:30", "UTC+5:30", "UTC-7", "GMT+1", "-07:00", "utc"), compared with
//    each zone's current offset;
//  - an abbreviation ("PST", "CET"); an ambiguous one ("CST", "IST") lists every zone using it.
// Rows are ranked: exact matches (id, city, country, abbreviation, offset) first, then prefixes,
// then substrings, each group by city. An empty query keeps every row, by offset then city.
// The query is parsed once per change; each row costs a few string comparisons.
class TimeZoneFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum class Rank : quint8
    {
        Exact,
        Prefix,
        Substring,
        AllWords, // every word of a multi-word query somewhere in the row
        None
    };
    Q_ENUM(Rank)

    explicit TimeZoneFilter(QObject *parent = nullptr);

    // Must be a TimeZoneListModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);

    // How a row of the source model matches the current query.
    Rank rankOfSourceRow(int sourceRow) const;

Q_SIGNALS:
    void queryChanged(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct ParsedQuery
    {
        QString key; // TimeZoneListModel::searchKey of the query
        QStringList words;
        QString abbreviation; // upper case; empty when the query cannot be one
        bool hasOffset = false;
        int offsetSign = 0;   // +1, -1, or 0 for either (UTC, +0)
        int offsetHours = -1; // -1: any (a lone "+" or "-")
        int minMinutes = 0;
        int maxMinutes = 0;
    };
    static ParsedQuery parse(const QString &query);
    bool offsetMatches(int offsetSeconds) const;

    QString m_query;
    ParsedQuery m_parsed;
    TimeZoneListModel *m_zones = nullptr;
    mutable QList<Rank> m_ranks; // by source row, filled by filterAcceptsRow for lessThan
};

} // namespace valara
