// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Authorization header never reaches another origin: redirects are followed only within the
// base URL's scheme, host and port.
#include "CannedServer.h"
#include "SandboxHarness.h"
#include "WaitForJob.h"
#include "api/ApiClient.h"
#include "api/ApiJob.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::testing;

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
        ApiJob *job = client.get(QStringLiteral("/api/v1/users/"), {},
                                 ResponseShape::list(&ResponseShape::userProblem));
        QSignalSpy retrying(job, &ApiJob::retrying);
        const ApiResult result = waitForJob(job);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.toObject().value("total").toInt(), 7);
        QCOMPARE(retrying.size(), 0); // one attempt, its redirect followed
        // Qt may itself send the first request once more on a new connection (see K4): the first
        // answer is the redirect, the last the followed request, with the credentials.
        QVERIFY2(exchanges.size() == 2 || exchanges.size() == 3,
                 qPrintable(QString::number(exchanges.size())));
        QCOMPARE(exchanges.first().at(0).value<SandboxExchange>().status, 307);
        const auto followed = exchanges.last().at(0).value<SandboxExchange>();
        QCOMPARE(followed.status, 200);
        QCOMPARE(followed.path, QStringLiteral("/api/v1/users"));
        QCOMPARE(followed.requestHeader("Authorization"), QByteArray("Bearer key-admin-a1"));
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
