// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace valara {

// Every IANA timezone the system knows (QTimeZone::availableTimeZoneIds() without Qt's own
// "UTC+05:00" ids), one row each, with what a person searches by: city, country, current UTC
// offset, current local time and abbreviations. Offsets, local times and abbreviations are computed
// at the time given by the clock; refresh() recomputes them (the picker calls it every minute).
// Search keys (lower-cased, accents removed) are computed once, so TimeZoneFilter stays cheap.
//
// Reading every zone takes tens of milliseconds (a tzfile per zone): with Loading::InBackground
// the rows are read on a worker thread and the model starts empty, so that a window can be shown
// first; the rows arrive in one reset, followed by loaded(). ensureLoaded() waits for them
// (briefly: the reading started at construction), for callers that need them now.
class TimeZoneListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    enum Roles
    {
        ZoneIdRole = Qt::UserRole + 1, // QString: "Asia/Kolkata"
        CityRole,                      // QString: "Kolkata", "Buenos Aires"
        CountryRole,                   // QString: "India"; empty for zones of no country (UTC)
        OffsetSecondsRole,             // int: current offset from UTC, in seconds
        OffsetTextRole,                // QString: "UTC+05:30", "UTC−07:00" (U+2212), "UTC"
        LocalTimeRole,                 // QString: current local time, short locale format
        AbbreviationsRole,             // QStringList: now first, then the other half of the year
        SearchTextRole,                // QString: every search key of the row, folded, one string
    };
    Q_ENUM(Roles)

    enum class Loading
    {
        Now,          // the rows are there when the constructor returns
        InBackground, // read on a worker thread; loaded() when they are in
    };

    // One offset of a zone, from a moment on (until the next one).
    struct Period
    {
        qint64 fromMSecs = 0; // UTC, milliseconds since the epoch
        int offsetSeconds = 0;
        QString abbreviation;
    };

    // One row. The *Key members are searchKey() forms; the rest is shown as is.
    struct Zone
    {
        QString id;
        QString city;
        QString country;
        int cityOrder = 0; // position of the row when sorted by city, then id
        QString idKey;
        QString cityKey;
        QString countryKey;
        // The zone's offsets over about a year from when the row was read (no QTimeZone is kept:
        // each holds its own copy of the zone's rules once Qt's cache lets go of them); read
        // again from the timezone database for a moment outside that year.
        QList<Period> periods;
        qint64 coveredToMSecs = 0;
        // Computed at the clock's time by refresh():
        int offsetSeconds = 0;
        QString offsetText;
        QString localTime;
        QStringList abbreviations;
        QStringList abbreviationKeys; // upper-case
        QString display;
        QString searchText;
    };

    // `clock` defaults to QDateTime::currentDateTimeUtc.
    explicit TimeZoneListModel(QObject *parent = nullptr);
    explicit TimeZoneListModel(Clock clock, QObject *parent = nullptr);
    TimeZoneListModel(Clock clock, Loading loading, QObject *parent = nullptr);
    ~TimeZoneListModel() override;

    // True until the rows read in the background are in.
    bool isLoading() const { return m_loading; }
    // Puts the rows read in the background in now, waiting for the worker if it has not finished
    // (or reading them on this thread if it has not started). Does nothing once loaded.
    void ensureLoaded();

    // Replaces the clock and refreshes.
    void setClock(Clock clock);
    QDateTime now() const;
    // Recomputes offsets, local times and abbreviations; emits dataChanged for those roles.
    void refresh();

    // -1 when the zone is not listed (or the rows are still loading).
    int rowOfZone(const QString &zoneId) const;
    // Adds a row for an IANA name Qt does not list (a link such as Asia/Calcutta, or Etc/UTC) and
    // returns its row; the existing row when listed; -1 when IanaTimeZone::isKnown refuses it.
    // Waits for rows still loading (ensureLoaded).
    int ensureZone(const QString &zoneId);
    const Zone &zoneAt(int row) const { return m_zones.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "UTC+05:30", "UTC−07:00" with a real minus sign, "UTC" for 0.
    static QString offsetText(int offsetSeconds);
    // Lower case, accents removed ("São Paulo" → "sao paulo"), '_' as a space, U+2212 as '-'.
    static QString searchKey(QStringView text);

Q_SIGNALS:
    // The rows read in the background are in (after the model's reset).
    void loaded();

private:
    // Every listed zone, sorted by city: thread-safe, what the worker runs. `collation` sorts.
    static QList<Zone> readZones(const QLocale &collation, const QDateTime &now);
    static Zone makeZone(const QString &id, const QDateTime &now);
    // The zone's periods from a day before `now` to about a year after it.
    static void schedule(Zone &zone, const QTimeZone &timeZone, const QDateTime &now);
    static const Period &periodAt(const Zone &zone, qint64 msecs);
    void updateZone(Zone &zone, const QDateTime &now) const;
    static void updateCityOrder(QList<Zone> &zones, const QLocale &collation);
    void takeZones(QList<Zone> zones);
    void onZonesRead();

    Clock m_clock;
    QList<Zone> m_zones;
    bool m_loading = false;
    QFutureWatcher<QList<Zone>> *m_reading = nullptr;
};

} // namespace valara
