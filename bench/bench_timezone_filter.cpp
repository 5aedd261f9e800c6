// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times TimeZoneFilter as a person types in the timezone picker's search box, against a naive scan
// (build every zone's display text, QString::contains), and prints one line:
//   tz filter: median N us per keystroke over M zones (baseline substring scan B us, ratio R)
// Run: build/bench/bench_timezone_filter [rounds]

#include "models/timezones/TimeZoneFilter.h"
#include "models/timezones/TimeZoneListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace valara;

namespace {
// Every prefix of each term, typed one character at a time, then erased one at a time.
QStringList keystrokeQueries()
{
    const QStringList terms{QStringLiteral("america/los"), QStringLiteral("kolkata"),
                            QStringLiteral("+5:30"),       QStringLiteral("utc-7"),
                            QStringLiteral("ist"),         QStringLiteral("new york"),
                            QStringLiteral("são paulo"),   QStringLiteral("pst")};
    QStringList queries;
    for (const QString &term : terms) {
        for (qsizetype n = 1; n <= term.size(); ++n)
            queries.append(term.left(n));
        for (qsizetype n = term.size() - 1; n >= 0; --n)
            queries.append(term.left(n));
    }
    return queries;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// What a search box without TimeZoneFilter would do on every keystroke.
int naiveScan(const TimeZoneListModel &zones, const QString &query)
{
    int count = 0;
    for (int row = 0; row < zones.rowCount(); ++row) {
        const TimeZoneListModel::Zone &zone = zones.zoneAt(row);
        const QString display =
            QStringLiteral("%1 \u2014 %2 (%3)").arg(zone.city, zone.country, zone.offsetText);
        if (display.contains(query, Qt::CaseInsensitive))
            ++count;
    }
    return count;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 40;

    TimeZoneListModel zones;
    TimeZoneFilter filter;
    filter.setSourceModel(&zones);
    const QStringList queries = keystrokeQueries();

    QList<double> filterTimes;
    QList<double> baselineTimes;
    filterTimes.reserve(rounds * queries.size());
    baselineTimes.reserve(rounds * queries.size());
    qint64 sink = 0; // keeps the work observable
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            timer.start();
            filter.setQuery(query);
            sink += filter.rowCount();
            filterTimes.append(double(timer.nsecsElapsed()) / 1000.0);

            timer.start();
            sink += naiveScan(zones, query);
            baselineTimes.append(double(timer.nsecsElapsed()) / 1000.0);
        }
    }
    if (sink < 0)
        return 1;

    const double n = median(filterTimes);
    const double b = median(baselineTimes);
    std::printf("tz filter: median %.0f us per keystroke over %d zones (baseline substring scan "
                "%.0f us, ratio %.2f)\n",
                n, zones.rowCount(), b, b > 0 ? n / b : 0.0);
    return 0;
}
