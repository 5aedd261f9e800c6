// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/AnswerInflater.h"
#include "api/http/ApiJobErrors.h"
#include "api/json/ApiErrorDecoder.h"

#include <QTest>

#include <zlib.h>

using namespace valara;

namespace {
// `data` compressed with zlib's deflate: gzip (31), zlib (15) or raw (-15) window bits.
QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// Feeds `input` in pieces of `piece` bytes, as answers arrive.
AnswerInflater::Status inflateAll(AnswerInflater &inflater, const QByteArray &input, int piece,
                                  QByteArray *out)
{
    for (qsizetype at = 0; at < input.size(); at += piece) {
        const auto status = inflater.feed(input.mid(at, piece), out);
        if (status != AnswerInflater::Status::Ok)
            return status;
    }
    return inflater.finish();
}
} // namespace

// Compressed answers are inflated within the answer cap; the errors a job makes say what
// happened.
class TestAnswerInflater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("windowBits");
        QTest::newRow("gzip") << QByteArray("gzip") << 31;
        QTest::newRow("x-gzip") << QByteArray("x-gzip") << 31;
        QTest::newRow("deflate (zlib)") << QByteArray("deflate") << 15;
        QTest::newRow("deflate (raw)") << QByteArray("Deflate") << -15;
    }
    void encodings()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(int, windowBits);
        const QByteArray json = QByteArray("{\"theme\":\"dark\",\"pad\":\"") +
                                QByteArray(20000, 'x') + QByteArray("\"}");
        QVERIFY(AnswerInflater::reads(encoding));
        AnswerInflater inflater(encoding, 1024 * 1024);
        QByteArray out;
        QCOMPARE(inflateAll(inflater, compress(json, windowBits), 7, &out),
                 AnswerInflater::Status::Ok);
        QCOMPARE(out, json);
    }

    void aBombStopsAtTheCap()
    {
        const QByteArray zeros(8 * 1024 * 1024, '0');
        const QByteArray bomb = compress(zeros, 31); // about 8 KiB
        AnswerInflater inflater("gzip", 1024 * 1024);
        QByteArray out;
        QCOMPARE(inflateAll(inflater, bomb, 4096, &out), AnswerInflater::Status::TooLarge);
        QVERIFY(out.size() <= 1024 * 1024 + 16 * 1024);
    }

    void corruptOrCutShortIsCorrupt()
    {
        const QByteArray gzip = compress(QByteArray(5000, 'a'), 31);
        {
            AnswerInflater inflater("gzip", 1024 * 1024);
            QByteArray out;
            QCOMPARE(inflateAll(inflater, "this is not gzip at all", 64, &out),
                     AnswerInflater::Status::Corrupt);
        }
        {
            AnswerInflater inflater("gzip", 1024 * 1024);
            QByteArray out;
            QCOMPARE(inflateAll(inflater, gzip.left(gzip.size() / 2), 64, &out),
                     AnswerInflater::Status::Corrupt);
        }
        {
            AnswerInflater inflater("gzip", 1024 * 1024);
            QByteArray out;
            QCOMPARE(inflateAll(inflater, gzip + "trailing", 64, &out),
                     AnswerInflater::Status::Corrupt);
        }
    }

    void anEmptyBodyIsFine()
    {
        AnswerInflater inflater("gzip", 1024);
        QCOMPARE(inflater.finish(), AnswerInflater::Status::Ok);
    }

    void otherEncodingsAreNotRead()
    {
        QVERIFY(!AnswerInflater::reads("br"));
        QVERIFY(!AnswerInflater::reads("compress"));
        QVERIFY(AnswerInflater::isIdentity(""));
        QVERIFY(AnswerInflater::isIdentity("identity"));
        QVERIFY(!AnswerInflater::isIdentity("br"));
    }

    void retryHintsSayWhen()
    {
        ApiError busy;
        busy.kind = ApiError::Kind::Server;
        busy.httpStatus = 503;
        busy.message = QStringLiteral("Down for maintenance");
        QCOMPARE(ApiJobErrors::withRetryHint(busy, 45000).message,
                 QStringLiteral("Down for maintenance. Try again in 45 s."));
        QCOMPARE(ApiJobErrors::withRetryHint(busy, 5 * 60000).message,
                 QStringLiteral("Down for maintenance. Try again in 5 min."));
        QVERIFY(ApiJobErrors::withRetryHint(busy, 86400000)
                    .message.startsWith(QLatin1String("Down for maintenance. Try again after ")));

        ApiError limited;
        limited.kind = ApiError::Kind::RateLimited;
        limited.httpStatus = 429;
        limited.message = ApiErrorDecoder::messageForStatus(429); // says "try again shortly"
        const QString message = ApiJobErrors::withRetryHint(limited, 120000).message;
        QCOMPARE(message.count(QLatin1String("Try again"), Qt::CaseInsensitive), 1);
        QVERIFY2(message.endsWith(QLatin1String("Try again in 2 min.")), qPrintable(message));
    }

    void tooLargeSaysSo()
    {
        const ApiError error = ApiJobErrors::tooLarge(4 * 1024 * 1024);
        QCOMPARE(error.kind, ApiError::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("too large")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestAnswerInflater)
#include "tst_answer_inflater.moc"
