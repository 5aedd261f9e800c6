// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ApiJob with a BearerTokenProvider (docs/api-contract.md K29), against a scripted provider and a
// loopback server that always answers 401: a refusal given at once still reaches the caller who
// connects after the call; the wait for a token ends with the job's deadline, and with abort();
// every attempt carries the token given just before it; after a 401 one more attempt goes with a
// new token, and a second 401 is the answer.
#include "../WaitForJob.h"
#include "CannedServer.h"
#include "api/ApiClient.h"
#include "api/session/BearerTokenProvider.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

using namespace valara;
using namespace valara::testing;

namespace {

// Hands out "token-1", "token-2"… at once, or refuses at once, or keeps the caller waiting.
class ScriptedProvider : public BearerTokenProvider
{
public:
    enum class Mode
    {
        Give,
        Refuse,
        Hold
    };
    Mode mode = Mode::Give;
    int asked = 0;
    QList<QByteArray> invalidated;

    void withToken(QObject *context, Done done) override
    {
        ++asked;
        if (mode == Mode::Hold) {
            m_held.append({context, std::move(done)});
            return;
        }
        if (mode == Mode::Refuse) {
            ApiError error;
            error.kind = ApiError::Kind::Unauthorized;
            error.message = QStringLiteral("signed out");
            done({}, error);
            return;
        }
        done("token-" + QByteArray::number(asked), {});
    }
    void invalidate(const QByteArray &token) override { invalidated.append(token); }

private:
    QList<QPair<QPointer<QObject>, Done>> m_held;
};

const QByteArray Refused = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                           "Content-Length: 16\r\nConnection: close\r\n\r\n{\"detail\":\"no\"}\n";

} // namespace

class TestBearerTokenProvider : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void MeTokenARefusalGivenAtOnceStillReachesTheCaller()
    {
        ScriptedProvider provider;
        provider.mode = ScriptedProvider::Mode::Refuse;
        ApiClient client(&m_network);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        client.setTokenProvider(&provider);
        // waitForJob connects after get() has returned, as every caller does.
        const ApiResult result = waitForJob(client.get(QStringLiteral("/v1/me")), 5000);
        QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(result.error.message, QStringLiteral("signed out"));
        QCOMPARE(provider.asked, 1);
    }

    void MeTokenTheWaitForATokenEndsWithTheDeadlineOrAbort()
    {
        ScriptedProvider provider;
        provider.mode = ScriptedProvider::Mode::Hold;
        ApiClient client(&m_network);
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        client.setTokenProvider(&provider);
        client.setJobTimeout(300);
        ApiResult result = waitForJob(client.get(QStringLiteral("/v1/me")), 5000);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);

        client.setJobTimeout(30000);
        ApiJob *job = client.get(QStringLiteral("/v1/me"));
        QSignalSpy finished(job, &ApiJob::finished);
        QTimer::singleShot(50, job, &ApiJob::abort);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<ApiResult>().error.clientStop,
                 ApiError::ClientStop::Cancelled);
    }

    void MeTokenASecond401IsTheAnswer()
    {
        CannedServer server(Refused);
        ScriptedProvider provider;
        ApiClient client(&m_network);
        client.setBaseUrl(server.url(QString()));
        client.setTokenProvider(&provider);
        const ApiResult result = waitForJob(client.get(QStringLiteral("/v1/me")), 10000);
        QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(server.connections, 2); // the first token, then one new one: no third
        QCOMPARE(provider.asked, 2);
        QCOMPARE(provider.invalidated, QList<QByteArray>{"token-1"});
        QVERIFY(server.received.contains("Authorization: Bearer token-1\r\n"));
        QVERIFY(server.received.contains("Authorization: Bearer token-2\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestBearerTokenProvider)
#include "tst_bearer_token_provider.moc"
