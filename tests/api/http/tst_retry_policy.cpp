// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/http/RetryPolicy.h"

#include <QTest>

using namespace valara;

using Outcome = RetryPolicy::Outcome;
using Transport = RetryPolicy::Outcome::Transport;

Q_DECLARE_METATYPE(Transport)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 22), QTime(15, 45, 0), Qt::UTC);

RetryPolicy policyWithRandom(double value)
{
    return RetryPolicy([] { return Now; }, [value] { return value; });
}

Outcome answered(int status, const QByteArray &retryAfter = {})
{
    return Outcome{Transport::Answered, status, retryAfter};
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << true;
        QTest::newRow("reset") << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << true;
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << false;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false;
        QTest::newRow("proxy") << int(QNetworkReply::ProxyNotFoundError) << false;
        QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << false;
        QTest::newRow("unknown") << int(QNetworkReply::UnknownNetworkError) << false;
        QTest::newRow("temporary") << int(QNetworkReply::TemporaryNetworkFailureError) << false;
    }
    void networkErrors()
    {
        QFETCH(int, error);
        QFETCH(bool, retryable);
        RetryPolicy::Outcome outcome;
        outcome.transport = RetryPolicy::transportOf(QNetworkReply::NetworkError(error));
        QCOMPARE(RetryPolicy::isRetryable(outcome), retryable);
        QCOMPARE(policyWithRandom(0.5).delayBeforeRetry(1, outcome).has_value(), retryable);
    }

    void retryableOutcomes_data()
    {
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("refused") << Transport::ConnectionRefused << 0 << QByteArray() << true;
        QTest::newRow("reset") << Transport::ConnectionReset << 0 << QByteArray() << true;
        QTest::newRow("timeout") << Transport::TimedOut << 0 << QByteArray() << true;
        QTest::newRow("tls or dns") << Transport::Other << 0 << QByteArray() << false;
        for (int status : {502, 503, 504, 429})
            QTest::addRow("%d", status) << Transport::Answered << status << QByteArray() << true;
        for (int status : {200, 400, 401, 403, 404, 422, 500})
            QTest::addRow("%d", status) << Transport::Answered << status << QByteArray() << false;
        QTest::newRow("409 in flight") << Transport::Answered << 409 << QByteArray("1") << true;
        QTest::newRow("409 conflict") << Transport::Answered << 409 << QByteArray() << false;
        QTest::newRow("500 asking anyway")
            << Transport::Answered << 500 << QByteArray("1") << false;
    }
    void retryableOutcomes()
    {
        QFETCH(Transport, transport);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, retryable);
        const Outcome outcome{transport, status, retryAfter};
        QCOMPARE(RetryPolicy::isRetryable(outcome), retryable);
        QCOMPARE(policyWithRandom(0.5).delayBeforeRetry(1, outcome).has_value(), retryable);
    }

    void atMostThreeAttempts()
    {
        const RetryPolicy policy = policyWithRandom(0.5);
        QVERIFY(policy.delayBeforeRetry(1, answered(503)));
        QVERIFY(policy.delayBeforeRetry(2, answered(503)));
        QVERIFY(!policy.delayBeforeRetry(3, answered(503)));
        QCOMPARE(RetryPolicy::MaxAttempts, 3);
    }

    void backoffGrowsAndIsCapped()
    {
        const RetryPolicy top = policyWithRandom(0.999999);
        const int first = *top.delayBeforeRetry(1, answered(503));
        const int second = *top.delayBeforeRetry(2, answered(503));
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 then %2").arg(first).arg(second)));
        QVERIFY(first <= RetryPolicy::BaseDelayMs);
        QVERIFY(second <= 2 * RetryPolicy::BaseDelayMs);
    }

    void jitterSpreadsDelays()
    {
        const int low = *policyWithRandom(0.0).delayBeforeRetry(1, answered(503));
        const int high = *policyWithRandom(0.99).delayBeforeRetry(1, answered(503));
        QVERIFY(low < high);
        QVERIFY(low >= RetryPolicy::BaseDelayMs / 10); // never an immediate hammering retry
    }

    void retryAfterSecondsIsHonoured()
    {
        QCOMPARE(policyWithRandom(0.0).delayBeforeRetry(1, answered(429, "2")), 2000);
        QCOMPARE(policyWithRandom(0.9).delayBeforeRetry(1, answered(503, "0")), 0);
    }

    void retryAfterHttpDateIsHonoured()
    {
        const QByteArray date = "Sun, 22 Nov 2026 15:45:03 GMT";
        QCOMPARE(policyWithRandom(0.5).delayBeforeRetry(1, answered(429, date)), 3000);
        QCOMPARE(RetryPolicy::retryAfterMs("Sun, 22 Nov 2026 15:44:00 GMT", Now), qint64(0));
    }

    void retryAfterTooLongIsNotWaitedFor()
    {
        QVERIFY(!policyWithRandom(0.5).delayBeforeRetry(1, answered(429, "3600")));
    }

    void malformedRetryAfterFallsBackToBackoff()
    {
        QCOMPARE(RetryPolicy::retryAfterMs("soon", Now), std::nullopt);
        QCOMPARE(RetryPolicy::retryAfterMs("-5", Now), std::nullopt);
        const auto delay = policyWithRandom(0.5).delayBeforeRetry(1, answered(503, "soon"));
        QVERIFY(delay && *delay > 0 && *delay <= RetryPolicy::BaseDelayMs);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
