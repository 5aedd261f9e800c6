// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timezones/TimeZoneListModel.h"

#include "models/ModelsLogging.h"
#include "models/i18n/LanguageChangeWatch.h"
#include "models/i18n/TimeFormat.h"
#include "models/values/IanaTimeZone.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace valara {

namespace {
constexpr QChar minusSign(0x2212);
constexpr QChar emDash(0x2014);

QString cityFromId(const QString &id)
{
    QString city = id.mid(id.lastIndexOf(QLatin1Char('/')) + 1);
    city.replace(QLatin1Char('_'), QLatin1Char(' '));
    return city;
}

// Letters only: "-03" and "+0530" are offsets written as abbreviations, not names.
bool isAlphabetic(const QString &abbreviation)
{
    if (abbreviation.size() < 2)
        return false;
    return std::all_of(abbreviation.cbegin(), abbreviation.cend(),
                       [](QChar c) { return c.isLetter(); });
}
} // namespace

TimeZoneListModel::TimeZoneListModel(QObject *parent)
    : TimeZoneListModel(Clock(), parent)
{}

TimeZoneListModel::TimeZoneListModel(Clock clock, QObject *parent)
    : TimeZoneListModel(std::move(clock), Loading::Now, parent)
{}

TimeZoneListModel::TimeZoneListModel(Clock clock, Loading loading, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(std::move(clock))
{
    LanguageChangeWatch::announceOnChange(this); // the tooltips
    if (loading == Loading::Now) {
        QElapsedTimer timer;
        timer.start();
        takeZones(readZones(QLocale(), now()));
        qCDebug(lcModels) << "timezone list:" << m_zones.size() << "zones in" << timer.elapsed()
                          << "ms";
        return;
    }
    m_loading = true;
    m_reading = new QFutureWatcher<QList<Zone>>(this);
    connect(m_reading, &QFutureWatcherBase::finished, this, &TimeZoneListModel::onZonesRead);
    // The worker gets its own copy of the locale: the default one may change on this thread.
    m_reading->setFuture(QtConcurrent::run(&TimeZoneListModel::readZones, QLocale(), now()));
}

QList<TimeZoneListModel::Zone> TimeZoneListModel::readZones(const QLocale &collation,
                                                            const QDateTime &now)
{
    QList<Zone> zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    zones.reserve(ids.size() + 1);
    for (const QByteArray &id : ids) {
        const QString name = QString::fromUtf8(id);
        if (IanaTimeZone::isKnown(name))
            zones.append(makeZone(name, now));
    }
    // The computer's own zone is often a name Qt does not list (Etc/UTC, a link).
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const bool listed = std::any_of(zones.cbegin(), zones.cend(),
                                    [&system](const Zone &zone) { return zone.id == system; });
    if (!listed && IanaTimeZone::isKnown(system) && QTimeZone(system.toUtf8()).isValid())
        zones.append(makeZone(system, now));
    updateCityOrder(zones, collation);
    return zones;
}

// The offsets, local times and abbreviations are computed here, on the model's thread, at the
// model's clock.
void TimeZoneListModel::takeZones(QList<Zone> zones)
{
    const QDateTime current = now();
    for (Zone &zone : zones)
        updateZone(zone, current);
    m_zones = std::move(zones);
}

void TimeZoneListModel::ensureLoaded()
{
    if (!m_loading)
        return;
    QElapsedTimer timer;
    timer.start();
    m_reading->waitForFinished();
    qCDebug(lcModels) << "timezone list: waited" << timer.elapsed() << "ms for the rows";
    onZonesRead();
}

void TimeZoneListModel::onZonesRead()
{
    if (!m_loading)
        return; // ensureLoaded() took them already
    m_loading = false;
    beginResetModel();
    // Moved out of the future: a copy would share the rows, and filling them in would copy all
    // 420 before the future's own were freed.
    QFuture<QList<Zone>> future = m_reading->future();
    takeZones(future.takeResult());
    endResetModel();
    m_reading->deleteLater();
    m_reading = nullptr;
    qCDebug(lcModels) << "timezone list:" << m_zones.size() << "zones read in the background";
    Q_EMIT loaded();
}

TimeZoneListModel::~TimeZoneListModel() = default;

void TimeZoneListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime TimeZoneListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TimeZoneListModel::refresh()
{
    if (m_zones.isEmpty())
        return;
    const QDateTime current = now();
    for (Zone &zone : m_zones)
        updateZone(zone, current);
    Q_EMIT dataChanged(index(0), index(int(m_zones.size()) - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, OffsetSecondsRole, OffsetTextRole,
                        LocalTimeRole, AbbreviationsRole, SearchTextRole});
}

int TimeZoneListModel::rowOfZone(const QString &zoneId) const
{
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        if (m_zones.at(i).id == zoneId)
            return int(i);
    }
    return -1;
}

int TimeZoneListModel::ensureZone(const QString &zoneId)
{
    ensureLoaded();
    const int existing = rowOfZone(zoneId);
    if (existing >= 0)
        return existing;
    if (!IanaTimeZone::isKnown(zoneId) || !QTimeZone(zoneId.toUtf8()).isValid())
        return -1;
    Zone zone = makeZone(zoneId, now());
    updateZone(zone, now());
    const int row = int(m_zones.size());
    beginInsertRows(QModelIndex(), row, row);
    m_zones.append(std::move(zone));
    updateCityOrder(m_zones, QLocale());
    endInsertRows();
    qCDebug(lcModels) << "timezone list: added" << zoneId;
    return row;
}

int TimeZoneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size());
}

QVariant TimeZoneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Zone &zone = m_zones.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return zone.display;
    case Qt::ToolTipRole: {
        QStringList lines{zone.id, tr("Local time: %1").arg(zone.localTime)};
        if (!zone.abbreviations.isEmpty())
            lines.append(
                tr("Abbreviations: %1").arg(zone.abbreviations.join(QStringLiteral(", "))));
        return lines.join(QLatin1Char('\n'));
    }
    case ZoneIdRole:
        return zone.id;
    case CityRole:
        return zone.city;
    case CountryRole:
        return zone.country;
    case OffsetSecondsRole:
        return zone.offsetSeconds;
    case OffsetTextRole:
        return zone.offsetText;
    case LocalTimeRole:
        return zone.localTime;
    case AbbreviationsRole:
        return zone.abbreviations;
    case SearchTextRole:
        return zone.searchText;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimeZoneListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ZoneIdRole, "zoneId");
    names.insert(CityRole, "city");
    names.insert(CountryRole, "country");
    names.insert(OffsetSecondsRole, "offsetSeconds");
    names.insert(OffsetTextRole, "offsetText");
    names.insert(LocalTimeRole, "localTime");
    names.insert(AbbreviationsRole, "abbreviations");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QString TimeZoneListModel::offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? minusSign : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimeZoneListModel::searchKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QLatin1Char('_'))
            key.append(QLatin1Char(' '));
        else if (c == minusSign || c == QChar(0x2013))
            key.append(QLatin1Char('-'));
        else
            key.append(c.toLower());
    }
    return key.simplified();
}

TimeZoneListModel::Zone TimeZoneListModel::makeZone(const QString &id, const QDateTime &now)
{
    Zone zone;
    zone.id = id;
    const QTimeZone timeZone(id.toUtf8());
    zone.city = cityFromId(id);
    // Etc/GMT+7 is seven hours *behind* UTC: name such zones by their offset instead.
    if (id.startsWith(QLatin1String("Etc/GMT")) && id.size() > 7)
        zone.city = offsetText(timeZone.standardTimeOffset(QDateTime::currentDateTimeUtc()));
    const QLocale::Territory territory = timeZone.territory();
    if (territory != QLocale::AnyTerritory)
        zone.country = QLocale::territoryToString(territory);
    zone.idKey = searchKey(id);
    zone.cityKey = searchKey(zone.city);
    zone.countryKey = searchKey(zone.country);
    schedule(zone, timeZone, now);
    return zone;
}

void TimeZoneListModel::schedule(Zone &zone, const QTimeZone &timeZone, const QDateTime &now)
{
    const QDateTime from = now.toUTC().addDays(-1);
    const QDateTime to = now.toUTC().addMonths(13);
    zone.periods.clear();
    // (offsetData() is not filled in by every backend: Qt's own UTC zones leave it empty.)
    zone.periods.append(
        {from.toMSecsSinceEpoch(), timeZone.offsetFromUtc(from), timeZone.abbreviation(from)});
    if (timeZone.hasTransitions()) {
        for (const QTimeZone::OffsetData &change : timeZone.transitions(from, to))
            zone.periods.append(
                {change.atUtc.toMSecsSinceEpoch(), change.offsetFromUtc, change.abbreviation});
    }
    zone.coveredToMSecs = to.toMSecsSinceEpoch();
}

const TimeZoneListModel::Period &TimeZoneListModel::periodAt(const Zone &zone, qint64 msecs)
{
    auto after =
        std::upper_bound(zone.periods.cbegin(), zone.periods.cend(), msecs,
                         [](qint64 at, const Period &period) { return at < period.fromMSecs; });
    return after == zone.periods.cbegin() ? zone.periods.constFirst() : *(after - 1);
}

void TimeZoneListModel::updateZone(Zone &zone, const QDateTime &now) const
{
    const QDateTime utc = now.toUTC();
    const QDateTime halfYear = now.addMonths(6);
    if (zone.periods.isEmpty() || utc.toMSecsSinceEpoch() < zone.periods.constFirst().fromMSecs ||
        halfYear.toMSecsSinceEpoch() >= zone.coveredToMSecs)
        schedule(zone, QTimeZone(zone.id.toUtf8()), now);
    const Period &current = periodAt(zone, utc.toMSecsSinceEpoch());
    zone.offsetSeconds = current.offsetSeconds;
    zone.offsetText = offsetText(zone.offsetSeconds);
    zone.localTime = TimeFormat().timeOfDay(utc, zone.offsetSeconds);

    zone.abbreviations.clear();
    zone.abbreviationKeys.clear();
    for (const QDateTime &when : {now, halfYear}) {
        const QString abbreviation = periodAt(zone, when.toMSecsSinceEpoch()).abbreviation;
        if (isAlphabetic(abbreviation) && !zone.abbreviations.contains(abbreviation)) {
            zone.abbreviations.append(abbreviation);
            zone.abbreviationKeys.append(abbreviation.toUpper());
        }
    }

    if (zone.country.isEmpty() || zone.country == zone.city) { // "UTC", "Niue", "Singapore"
        zone.display = zone.city == zone.offsetText
                           ? zone.city
                           : QStringLiteral("%1 (%2)").arg(zone.city, zone.offsetText);
    } else {
        zone.display = QStringLiteral("%1 %2 %3 (%4)")
                           .arg(zone.city, QString(emDash), zone.country, zone.offsetText);
    }
    zone.searchText = QStringList{zone.cityKey, zone.countryKey, zone.idKey,
                                  searchKey(zone.abbreviations.join(QLatin1Char(' '))),
                                  searchKey(zone.offsetText)}
                          .join(QLatin1Char(' '));
}

void TimeZoneListModel::updateCityOrder(QList<Zone> &zones, const QLocale &collation)
{
    QCollator collator(collation);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<int> order(zones.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int byCity = collator.compare(zones.at(a).city, zones.at(b).city);
        return byCity != 0 ? byCity < 0 : zones.at(a).id < zones.at(b).id;
    });
    for (qsizetype i = 0; i < order.size(); ++i)
        zones[order.at(i)].cityOrder = int(i);
}

} // namespace valara
