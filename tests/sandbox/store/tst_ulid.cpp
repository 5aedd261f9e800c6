// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ulid: request ids (docs/api-contract.md C1): 26 characters of Crockford base32, 48-bit
// millisecond time then 80 random bits (https://github.com/ulid/spec).
#include "sandbox/store/Ulid.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace valara;
using namespace valara::sandbox;

namespace {

QDateTime atMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

bool crockford(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-7][0-9A-HJKMNP-TV-Z]{25}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

} // namespace

class TstUlid : public QObject
{
    Q_OBJECT

private slots:
    void c1_generatedIdsAreCrockfordBase32();
    void c1_timeIsEncodedFirst_data();
    void c1_timeIsEncodedFirst();
    void c1_timestampRoundTrips();
    void c1_specExampleDecodes();
    void c1_laterTimesSortLater();
    void c1_idsAreUniqueWithinAMillisecond();
    void c1_randomPartComesFromTheGivenGenerator();
    void c1_validation_data();
    void c1_validation();
};

void TstUlid::c1_generatedIdsAreCrockfordBase32()
{
    QRandomGenerator random(1);
    for (int i = 0; i < 200; ++i) {
        const QByteArray id = Ulid::generate(QDateTime::currentDateTimeUtc(), random);
        QCOMPARE(id.size(), 26);
        QVERIFY2(crockford(id), id.constData());
        QVERIFY(Ulid::isValid(id));
    }
}

void TstUlid::c1_timeIsEncodedFirst_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("epoch") << qint64(0) << QByteArray("0000000000");
    QTest::newRow("one ms") << qint64(1) << QByteArray("0000000001");
    QTest::newRow("32 ms") << qint64(32) << QByteArray("0000000010");
    QTest::newRow("spec example") << qint64(1469918176385) << QByteArray("01ARYZ6S41");
    QTest::newRow("max 48-bit") << qint64(281474976710655) << QByteArray("7ZZZZZZZZZ");
}

void TstUlid::c1_timeIsEncodedFirst()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, prefix);
    QRandomGenerator random(7);
    const QByteArray id = Ulid::generate(atMs(ms), random);
    QCOMPARE(id.left(10), prefix);
    QVERIFY(Ulid::isValid(id));
}

void TstUlid::c1_timestampRoundTrips()
{
    QRandomGenerator random(3);
    for (const qint64 ms : {qint64(0), qint64(1469918176385), qint64(1767225600123)}) {
        const QDateTime time = atMs(ms);
        QCOMPARE(Ulid::timestamp(Ulid::generate(time, random)).toMSecsSinceEpoch(), ms);
    }
    // Another offset, same instant.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(1767225600123, QTimeZone(3600));
    QCOMPARE(Ulid::timestamp(Ulid::generate(local, random)).toMSecsSinceEpoch(),
             qint64(1767225600123));
}

void TstUlid::c1_specExampleDecodes()
{
    QVERIFY(Ulid::isValid("01ARYZ6S41TSV4RRFFQ69G5FAV"));
    QCOMPARE(Ulid::timestamp("01ARYZ6S41TSV4RRFFQ69G5FAV").toMSecsSinceEpoch(),
             qint64(1469918176385));
    QVERIFY(
        Ulid::isValid("01JTBQH2FZ8K1RXC0WJ4Z9P3VM")); // the Me API reference's example request id
}

void TstUlid::c1_laterTimesSortLater()
{
    QRandomGenerator random(11);
    QByteArray previous;
    for (qint64 ms = 1700000000000; ms < 1700000000000 + 50; ++ms) {
        const QByteArray id = Ulid::generate(atMs(ms), random);
        QVERIFY2(previous < id, id.constData());
        previous = id;
    }
}

void TstUlid::c1_idsAreUniqueWithinAMillisecond()
{
    QRandomGenerator random(5);
    const QDateTime time = atMs(1767225600000);
    QSet<QByteArray> ids;
    for (int i = 0; i < 2000; ++i)
        ids.insert(Ulid::generate(time, random));
    QCOMPARE(ids.size(), 2000);
}

void TstUlid::c1_randomPartComesFromTheGivenGenerator()
{
    const QDateTime time = atMs(1767225600000);
    QRandomGenerator a(42);
    QRandomGenerator b(42);
    QRandomGenerator c(43);
    const QByteArray fromA = Ulid::generate(time, a);
    QCOMPARE(Ulid::generate(time, b), fromA);
    QVERIFY(Ulid::generate(time, c) != fromA);
}

void TstUlid::c1_validation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("example") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAV") << true;
    QTest::newRow("all zero") << QByteArray(26, '0') << true;
    QTest::newRow("maximum") << QByteArray("7ZZZZZZZZZZZZZZZZZZZZZZZZZ") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("25 characters") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FA") << false;
    QTest::newRow("27 characters") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAVV") << false;
    QTest::newRow("overflow") << QByteArray("80000000000000000000000000") << false;
    QTest::newRow("letter I") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAI") << false;
    QTest::newRow("letter L") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAL") << false;
    QTest::newRow("letter O") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAO") << false;
    QTest::newRow("letter U") << QByteArray("01ARYZ6S41TSV4RRFFQ69G5FAU") << false;
    QTest::newRow("hyphen") << QByteArray("01ARYZ6S41-SV4RRFFQ69G5FAV") << false;
    QTest::newRow("space") << QByteArray("01ARYZ6S41 SV4RRFFQ69G5FAV") << false;
    QTest::newRow("uuid") << QByteArray("a169451c-8525-4352-b8ca-070dd449a1a5") << false;
}

void TstUlid::c1_validation()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(Ulid::isValid(text), valid);
}

QTEST_GUILESS_MAIN(TstUlid)
#include "tst_ulid.moc"
