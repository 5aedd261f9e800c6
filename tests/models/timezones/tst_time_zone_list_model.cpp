// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timezones/TimeZoneListModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace valara;

namespace {
const QDateTime january(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
const QDateTime july(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);
} // namespace

class TestTimeZoneListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesModelTester();
    void listsIanaZonesOnly();
    void rowOfKolkata();
    void offsetText_data();
    void offsetText();
    void searchKey_data();
    void searchKey();
    void cityAndCountry_data();
    void cityAndCountry();
    void offsetsFollowTheClock();
    void abbreviationsCoverBothHalvesOfTheYear();
    void refreshEmitsDataChanged();
    void ensureZoneAddsLinksOnly();
    void readingInTheBackgroundGivesTheSameRows();
    void offsetsMatchTheTimezoneDatabase_data();
    void offsetsMatchTheTimezoneDatabase();
    void ensureLoadedTakesTheRowsAtOnce();
    void aModelDeletedWhileReadingIsSafe();

private:
    static QModelIndex indexOf(const TimeZoneListModel &model, const QString &zoneId);
};

void TestTimeZoneListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QModelIndex TestTimeZoneListModel::indexOf(const TimeZoneListModel &model, const QString &zoneId)
{
    return model.index(model.rowOfZone(zoneId));
}

void TestTimeZoneListModel::passesModelTester()
{
    TimeZoneListModel model([] { return january; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.rowCount() > 300);
    model.setClock([] { return july; });
    model.ensureZone(QStringLiteral("Asia/Calcutta"));
}

void TestTimeZoneListModel::listsIanaZonesOnly()
{
    TimeZoneListModel model;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row).data(TimeZoneListModel::ZoneIdRole).toString();
        QVERIFY2(!id.startsWith(QLatin1String("UTC+")) && !id.startsWith(QLatin1String("UTC-")),
                 qPrintable(id));
    }
}

void TestTimeZoneListModel::rowOfKolkata()
{
    TimeZoneListModel model([] { return january; });
    const QModelIndex kolkata = indexOf(model, QStringLiteral("Asia/Kolkata"));
    QVERIFY(kolkata.isValid());
    QCOMPARE(kolkata.data(TimeZoneListModel::CityRole).toString(), QStringLiteral("Kolkata"));
    QCOMPARE(kolkata.data(TimeZoneListModel::CountryRole).toString(), QStringLiteral("India"));
    QCOMPARE(kolkata.data(TimeZoneListModel::OffsetSecondsRole).toInt(), 19800);
    QCOMPARE(kolkata.data(TimeZoneListModel::OffsetTextRole).toString(),
             QStringLiteral("UTC+05:30"));
    QCOMPARE(kolkata.data(TimeZoneListModel::LocalTimeRole).toString(), QStringLiteral("5:30 PM"));
    QCOMPARE(kolkata.data(Qt::DisplayRole).toString(),
             QStringLiteral("Kolkata \u2014 India (UTC+05:30)"));
    QVERIFY(kolkata.data(Qt::ToolTipRole).toString().contains(QLatin1String("Asia/Kolkata")));
    QVERIFY(kolkata.data(TimeZoneListModel::SearchTextRole)
                .toString()
                .contains(QLatin1String("kolkata")));
    QCOMPARE(model.rowOfZone(QStringLiteral("Nowhere/Atlantis")), -1);
}

void TestTimeZoneListModel::offsetText_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << QStringLiteral("UTC");
    QTest::newRow("india") << 19800 << QStringLiteral("UTC+05:30");
    QTest::newRow("nepal") << 20700 << QStringLiteral("UTC+05:45");
    QTest::newRow("phoenix") << -25200 << QStringLiteral("UTC\u221207:00");
    QTest::newRow("newfoundland") << -12600 << QStringLiteral("UTC\u221203:30");
    QTest::newRow("kiritimati") << 50400 << QStringLiteral("UTC+14:00");
}

void TestTimeZoneListModel::offsetText()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    QCOMPARE(TimeZoneListModel::offsetText(seconds), text);
}

void TestTimeZoneListModel::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("accents") << QStringLiteral("São Paulo") << QStringLiteral("sao paulo");
    QTest::newRow("underscore") << QStringLiteral("America/New_York")
                                << QStringLiteral("america/new york");
    QTest::newRow("minus sign") << QStringLiteral("UTC\u221207:00") << QStringLiteral("utc-07:00");
    QTest::newRow("spaces") << QStringLiteral("  Côte  d’Ivoire ")
                            << QStringLiteral("cote d’ivoire");
}

void TestTimeZoneListModel::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TimeZoneListModel::searchKey(text), key);
}

void TestTimeZoneListModel::cityAndCountry_data()
{
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("country");
    QTest::newRow("buenos aires") << QStringLiteral("America/Argentina/Buenos_Aires")
                                  << QStringLiteral("Buenos Aires") << QStringLiteral("Argentina");
    QTest::newRow("new york") << QStringLiteral("America/New_York") << QStringLiteral("New York")
                              << QStringLiteral("United States");
    QTest::newRow("sao paulo") << QStringLiteral("America/Sao_Paulo") << QStringLiteral("Sao Paulo")
                               << QStringLiteral("Brazil");
    QTest::newRow("utc") << QStringLiteral("UTC") << QStringLiteral("UTC") << QString();
}

void TestTimeZoneListModel::cityAndCountry()
{
    QFETCH(QString, zoneId);
    QFETCH(QString, city);
    QFETCH(QString, country);
    TimeZoneListModel model([] { return january; });
    const QModelIndex index = indexOf(model, zoneId);
    QVERIFY2(index.isValid(), qPrintable(zoneId));
    QCOMPARE(index.data(TimeZoneListModel::CityRole).toString(), city);
    QCOMPARE(index.data(TimeZoneListModel::CountryRole).toString(), country);
}

void TestTimeZoneListModel::offsetsFollowTheClock()
{
    TimeZoneListModel model([] { return january; });
    const QModelIndex losAngeles = indexOf(model, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(losAngeles.data(TimeZoneListModel::OffsetSecondsRole).toInt(), -8 * 3600);
    QCOMPARE(losAngeles.data(TimeZoneListModel::OffsetTextRole).toString(),
             QStringLiteral("UTC\u221208:00"));
    QCOMPARE(losAngeles.data(TimeZoneListModel::LocalTimeRole).toString(),
             QStringLiteral("4:00 AM"));
    model.setClock([] { return july; });
    QCOMPARE(losAngeles.data(TimeZoneListModel::OffsetSecondsRole).toInt(), -7 * 3600);
    QCOMPARE(losAngeles.data(TimeZoneListModel::LocalTimeRole).toString(),
             QStringLiteral("5:00 AM"));
    const QModelIndex utc = indexOf(model, QStringLiteral("UTC"));
    QCOMPARE(utc.data(TimeZoneListModel::OffsetTextRole).toString(), QStringLiteral("UTC"));
    QCOMPARE(utc.data(Qt::DisplayRole).toString(), QStringLiteral("UTC"));
    QCOMPARE(indexOf(model, QStringLiteral("Asia/Singapore")).data(Qt::DisplayRole).toString(),
             QStringLiteral("Singapore (UTC+08:00)"));
}

void TestTimeZoneListModel::abbreviationsCoverBothHalvesOfTheYear()
{
    TimeZoneListModel model([] { return january; });
    QCOMPARE(indexOf(model, QStringLiteral("America/Los_Angeles"))
                 .data(TimeZoneListModel::AbbreviationsRole)
                 .toStringList(),
             (QStringList{QStringLiteral("PST"), QStringLiteral("PDT")}));
    const QStringList dublin = indexOf(model, QStringLiteral("Europe/Dublin"))
                                   .data(TimeZoneListModel::AbbreviationsRole)
                                   .toStringList();
    QVERIFY2(dublin.contains(QLatin1String("IST")), qPrintable(dublin.join(u',')));
    // Numeric abbreviations ("-03") are offsets, not names.
    QVERIFY(indexOf(model, QStringLiteral("America/Sao_Paulo"))
                .data(TimeZoneListModel::AbbreviationsRole)
                .toStringList()
                .isEmpty());
}

void TestTimeZoneListModel::refreshEmitsDataChanged()
{
    QDateTime now = january;
    TimeZoneListModel model([&now] { return now; });
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    now = july;
    model.refresh();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(spy.at(0).at(1).toModelIndex().row(), model.rowCount() - 1);
    const auto roles = spy.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(TimeZoneListModel::OffsetSecondsRole));
    QVERIFY(roles.contains(TimeZoneListModel::LocalTimeRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QCOMPARE(indexOf(model, QStringLiteral("Europe/Paris"))
                 .data(TimeZoneListModel::OffsetSecondsRole)
                 .toInt(),
             7200);
}

void TestTimeZoneListModel::ensureZoneAddsLinksOnly()
{
    TimeZoneListModel model([] { return january; });
    const int rows = model.rowCount();
    QCOMPARE(model.ensureZone(QStringLiteral("Asia/Kolkata")),
             model.rowOfZone(QStringLiteral("Asia/Kolkata")));
    QCOMPARE(model.ensureZone(QStringLiteral("UTC+05:00")), -1);
    QCOMPARE(model.ensureZone(QStringLiteral("Nowhere/Atlantis")), -1);
    QCOMPARE(model.rowCount(), rows);
    if (QTimeZone(QByteArrayLiteral("Asia/Calcutta")).isValid() &&
        model.rowOfZone(QStringLiteral("Asia/Calcutta")) < 0) {
        const int row = model.ensureZone(QStringLiteral("Asia/Calcutta"));
        QCOMPARE(row, rows);
        QCOMPARE(model.index(row).data(TimeZoneListModel::OffsetSecondsRole).toInt(), 19800);
    }
}

static QStringList zoneIds(const TimeZoneListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.zoneAt(row).id + QLatin1Char(' ') + model.zoneAt(row).display +
                   QLatin1Char(' ') + QString::number(model.zoneAt(row).cityOrder));
    return ids;
}

// The rows read on a worker thread are the rows read at once, with their order and texts; they
// come in one reset, announced by loaded().
void TestTimeZoneListModel::readingInTheBackgroundGivesTheSameRows()
{
    const auto clock = [] { return july; };
    const TimeZoneListModel now(clock, TimeZoneListModel::Loading::Now);
    TimeZoneListModel background(clock, TimeZoneListModel::Loading::InBackground);
    QAbstractItemModelTester tester(&background);
    QVERIFY(background.isLoading());
    QCOMPARE(background.rowCount(), 0);
    QCOMPARE(background.rowOfZone(QStringLiteral("Asia/Kolkata")), -1);
    QSignalSpy reset(&background, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&background, &TimeZoneListModel::loaded);
    QVERIFY(loaded.wait());
    QCOMPARE(reset.count(), 1);
    QVERIFY(!background.isLoading());
    QCOMPARE(zoneIds(background), zoneIds(now));
}

void TestTimeZoneListModel::ensureLoadedTakesTheRowsAtOnce()
{
    TimeZoneListModel model(TimeZoneListModel::Clock(), TimeZoneListModel::Loading::InBackground);
    QSignalSpy loaded(&model, &TimeZoneListModel::loaded);
    model.ensureLoaded();
    QVERIFY(!model.isLoading());
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.rowOfZone(QStringLiteral("Asia/Kolkata")) >= 0);
    // The worker's own notice, still queued, changes nothing.
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
}

void TestTimeZoneListModel::aModelDeletedWhileReadingIsSafe()
{
    auto *model =
        new TimeZoneListModel(TimeZoneListModel::Clock(), TimeZoneListModel::Loading::InBackground);
    delete model;
    // The worker finishes into nothing; the next model reads its own.
    TimeZoneListModel next(TimeZoneListModel::Clock(), TimeZoneListModel::Loading::InBackground);
    QSignalSpy loaded(&next, &TimeZoneListModel::loaded);
    QVERIFY(loaded.wait());
    QVERIFY(next.rowCount() > 300);
}

void TestTimeZoneListModel::offsetsMatchTheTimezoneDatabase_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("january") << january;
    QTest::newRow("july") << july;
    // Minutes after the US change to summer time, and before the EU change back.
    QTest::newRow("us-spring") << QDateTime(QDate(2026, 3, 8), QTime(10, 1), Qt::UTC);
    QTest::newRow("eu-autumn") << QDateTime(QDate(2026, 10, 25), QTime(0, 59), Qt::UTC);
    // Years after the rows were read: read again.
    QTest::newRow("later") << QDateTime(QDate(2031, 10, 26), QTime(0, 30), Qt::UTC);
}

// The row keeps each zone's offsets over a year, not the zone: for any moment the clock gives,
// every row says what the timezone database says.
void TestTimeZoneListModel::offsetsMatchTheTimezoneDatabase()
{
    QFETCH(QDateTime, at);
    TimeZoneListModel model([] { return january; });
    model.setClock([at] { return at; });
    for (int row = 0; row < model.rowCount(); ++row) {
        const TimeZoneListModel::Zone &zone = model.zoneAt(row);
        const QTimeZone database(zone.id.toUtf8());
        QCOMPARE(zone.offsetSeconds, database.offsetFromUtc(at));
        const QString now = database.abbreviation(at);
        if (now.size() > 1 && now.at(0).isLetter())
            QVERIFY2(zone.abbreviations.contains(now), qPrintable(zone.id));
    }
}

QTEST_GUILESS_MAIN(TestTimeZoneListModel)
#include "tst_time_zone_list_model.moc"
