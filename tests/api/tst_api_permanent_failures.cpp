// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Failures that another attempt cannot mend are reported at once, never retried.
#include "CannedServer.h"
#include "TestApiClient.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

using namespace valara;
using namespace valara::testing;

class TestApiPermanentFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }

    void aFailedTlsHandshakeIsNotRetried_data()
    {
        QTest::addColumn<bool>("write");
        QTest::newRow("GET") << false;
        QTest::newRow("PATCH") << true;
    }
    void aFailedTlsHandshakeIsNotRetried()
    {
        QFETCH(bool, write);
        // Plain HTTP where TLS is expected: the handshake fails.
        CannedServer plain("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n", true);
        ApiClient client(&m_network);
        client.setBaseUrl(plain.url(QStringLiteral("/"), QStringLiteral("https")));
        client.setBearerToken("k");
        client.setRetryPolicy(fastRetryPolicy());
        client.setJobTimeout(5000);
        ApiJob *job = write ? client.patch(QStringLiteral("/api/v1/users/u1/preferences"),
                                           QJsonObject{{"theme", "dark"}})
                            : client.get(QStringLiteral("/api/v1/users/me"));
        QSignalSpy retrying(job, &ApiJob::retrying);
        const ApiResult result = waitForJob(job);
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(plain.connections, 1);
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestApiPermanentFailures)
#include "tst_api_permanent_failures.moc"
