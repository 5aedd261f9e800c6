// The Authorization header never reaches another origin: redirects are followed only within the
// base URL's scheme, host and port.
#include "ApiClient.h"
#include "ApiJob.h"
#include "CannedServer.h"
#include "SandboxHarness.h"
#include "WaitForJob.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray redirectTo(const QUrl &target)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + target.toEncoded() +
           "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

class TestApiRedirects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // No path may print a Qt warning (a reply finished twice prints one).
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }
    void sameOriginRedirectIsFollowedWithCredentials()
    {
        SandboxHarness sandbox;
        QVERIFY2(sandbox.isReady(), qPrintable(sandbox.error()));
        QSignalSpy exchanges(&sandbox.server(), &SandboxServer::exchangeCompleted);
        ApiClient client(&m_network);
        client.setBaseUrl(sandbox.server().baseUrl());
        client.setBearerToken("key-admin-a1");
        // The sandbox answers a trailing slash with 307 to the same path without it.
        const ApiResult result = waitForJob(client.get(QStringLiteral("/api/v1/users/")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.toObject().value("total").toInt(), 7);
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).at(0).value<SandboxExchange>().status, 307);
        QCOMPARE(exchanges.at(1).at(0).value<SandboxExchange>().requestHeader("Authorization"),
                 QByteArray("Bearer key-admin-a1"));
    }

    void redirectToAnotherOriginIsRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("PATCH") << QByteArray("PATCH");
    }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(QByteArray, method);
        CannedServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        CannedServer redirector(redirectTo(elsewhere.url(QStringLiteral("/collect"))));
        ApiClient client(&m_network);
        client.setBaseUrl(redirector.url());
        client.setBearerToken("secret-api-key");

        ApiJob *job = method == "GET" ? client.get(QStringLiteral("/api/v1/users/me"))
                                      : client.patch(QStringLiteral("/api/v1/users/u1/preferences"),
                                                     QJsonObject{{"theme", "dark"}});
        const ApiResult result = waitForJob(job);
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
        QVERIFY2(result.error.message.contains(QStringLiteral("redirected")),
                 qPrintable(result.error.message));
        QVERIFY(!result.error.message.contains(QStringLiteral("secret-api-key")));
        QCOMPARE(redirector.connections, 1);
        QVERIFY(redirector.received.contains("Authorization: Bearer secret-api-key"));
        QTest::qWait(100);
        QCOMPARE(elsewhere.connections, 0); // nothing, let alone the key, went there
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestApiRedirects)
#include "tst_api_redirects.moc"
