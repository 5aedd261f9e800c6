// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How valara-cli reports a failed request (cli/requests/CliErrorReport.h): the exit code for every
// kind of error, and the one line with status, server code, sorted field messages, request id
// and the Me API explanation.
#include "cli/requests/CliErrorReport.h"

#include "api/json/ApiErrorDecoder.h"

#include <QTest>

using namespace valara;

namespace {

using Kind = ApiError::Kind;

CliRequestPlan plan(CliRequestPlan::Api api)
{
    CliRequestPlan plan;
    plan.api = api;
    return plan;
}

CliConnection connection(bool apiKeyForMeApi = false)
{
    CliConnection connection;
    connection.baseUrl = QUrl(QStringLiteral("https://user:pw@valara.cloud/base?x=1"));
    connection.token = "tok-SECRET-1";
    connection.apiKeyForMeApi = apiKeyForMeApi;
    return connection;
}

ApiResult decoded(int status, const QByteArray &body, const QByteArray &requestId = {})
{
    ApiResult result;
    result.httpStatus = status;
    result.error = ApiErrorDecoder::decode(status, body, requestId);
    result.requestId = result.error.requestId;
    return result;
}

} // namespace

class TestCliErrorReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void statusesToExitCodes_data();
    void statusesToExitCodes();
    void valaraForbidden();
    void fieldMessagesAreSorted();
    void meApiKeyIsExplained();
    void meSessionRefused();
    void networkErrorNamesTheServerOnly();
};

void TestCliErrorReport::exitCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("none") << int(Kind::None) << 0;
    QTest::newRow("unauthorized") << int(Kind::Unauthorized) << 3;
    QTest::newRow("forbidden") << int(Kind::Forbidden) << 3;
    QTest::newRow("not found") << int(Kind::NotFound) << 4;
    QTest::newRow("validation") << int(Kind::Validation) << 5;
    QTest::newRow("conflict") << int(Kind::Conflict) << 5;
    QTest::newRow("network") << int(Kind::Network) << 6;
    QTest::newRow("timeout") << int(Kind::Timeout) << 6;
    QTest::newRow("rate limited") << int(Kind::RateLimited) << 6;
    QTest::newRow("server") << int(Kind::Server) << 6;
    QTest::newRow("protocol") << int(Kind::Protocol) << 6;
}

void TestCliErrorReport::exitCodes()
{
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    ApiError error;
    error.kind = Kind(kind);
    QCOMPARE(int(CliErrorReport::exitCode(error)), exitCode);
}

void TestCliErrorReport::statusesToExitCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    for (const auto &[status, code] : std::initializer_list<std::pair<int, int>>{{400, 5},
                                                                                 {401, 3},
                                                                                 {403, 3},
                                                                                 {404, 4},
                                                                                 {409, 5},
                                                                                 {413, 5},
                                                                                 {422, 5},
                                                                                 {429, 6},
                                                                                 {500, 6},
                                                                                 {502, 6},
                                                                                 {503, 6},
                                                                                 {504, 6}})
        QTest::addRow("%d", status) << status << code;
}

void TestCliErrorReport::statusesToExitCodes()
{
    QFETCH(int, status);
    QFETCH(int, exitCode);
    QCOMPARE(int(CliErrorReport::exitCode(decoded(status, {}).error)), exitCode);
}

void TestCliErrorReport::valaraForbidden()
{
    const ApiResult result =
        decoded(403, R"({"detail":"Not authorized to update this user's preferences"})",
                "01JTBQH2FZ8K1RXC0WJ4Z9P3VM");
    QCOMPARE(CliErrorReport::line(result, plan(CliRequestPlan::Api::Valara), connection()),
             QStringLiteral("Not authorized to update this user's preferences (HTTP 403, request "
                            "01JTBQH2FZ8K1RXC0WJ4Z9P3VM)"));
}

void TestCliErrorReport::fieldMessagesAreSorted()
{
    const ApiResult result = decoded(422, R"({"detail":[
        {"type":"value_error","loc":["body","websiteUrl"],"msg":"Input should be an absolute http or https URL"},
        {"type":"value_error","loc":["body","cell_phone"],"msg":"Value error, not a valid phone number"}]})",
                                     "01JTBQH2FZ8K1RXC0WJ4Z9P3VM");
    const QString line =
        CliErrorReport::line(result, plan(CliRequestPlan::Api::Valara), connection());
    QCOMPARE(line, QStringLiteral("Some values were not accepted [cell_phone: Value error, not a "
                                  "valid phone number; website_url: Input should be an absolute "
                                  "http or https URL] (HTTP 422, value_error, request "
                                  "01JTBQH2FZ8K1RXC0WJ4Z9P3VM)"));
}

void TestCliErrorReport::meApiKeyIsExplained()
{
    const ApiResult result = decoded(403, R"({"success":false,"error":{"code":"FORBIDDEN",
        "message":"api keys cannot read user preferences","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},
        "meta":null,"data":null})");
    const QString line =
        CliErrorReport::line(result, plan(CliRequestPlan::Api::Me), connection(true));
    QCOMPARE(line, QStringLiteral("api keys cannot read user preferences (HTTP 403, FORBIDDEN, "
                                  "request 01JTBQH2FZ8K1RXC0WJ4Z9P3VM). ") +
                       CliErrorReport::meApiKeyExplanation());
    QVERIFY(line.contains(QLatin1String("VALARA_SESSION_TOKEN")));
    QCOMPARE(CliErrorReport::exitCode(result.error), CliExitCode::NotAllowed);

    // The same status on a Valara route is not about session tokens.
    QVERIFY(!CliErrorReport::line(decoded(403, R"({"detail":"Admin role required"})"),
                                  plan(CliRequestPlan::Api::Valara), connection())
                 .contains(QLatin1String("VALARA_SESSION_TOKEN")));
}

void TestCliErrorReport::meSessionRefused()
{
    const ApiResult result = decoded(400, R"({"success":false,"error":{"code":"INVALID_TIMEZONE",
        "message":"invalid timezone","details":{"timezone":"unknown IANA timezone"},
        "request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})");
    QCOMPARE(CliErrorReport::line(result, plan(CliRequestPlan::Api::Me), connection()),
             QStringLiteral("invalid timezone [timezone: unknown IANA timezone] (HTTP 400, "
                            "INVALID_TIMEZONE, request 01JTBQH2FZ8K1RXC0WJ4Z9P3VM)"));
    const ApiResult expired = decoded(401, R"({"success":false,"error":{"code":"UNAUTHORIZED",
        "message":"authentication failed","request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"}})");
    QVERIFY(CliErrorReport::line(expired, plan(CliRequestPlan::Api::Me), connection())
                .endsWith(QLatin1String("Sign in again (valara-cli me login), or check "
                                        "VALARA_SESSION_TOKEN: the session may have ended")));
}

void TestCliErrorReport::networkErrorNamesTheServerOnly()
{
    ApiResult result;
    result.error =
        ApiErrorDecoder::fromNetworkError(QNetworkReply::ConnectionRefusedError, {}, false);
    const QString line =
        CliErrorReport::line(result, plan(CliRequestPlan::Api::Valara), connection());
    QCOMPARE(line, QStringLiteral("Could not connect to the server: the connection was refused "
                                  "(no answer from https://valara.cloud)"));
    QVERIFY(!line.contains(QLatin1String("tok-SECRET-1")));
    QVERIFY(!line.contains(QLatin1String("pw")));
    QCOMPARE(CliErrorReport::exitCode(result.error), CliExitCode::Unavailable);
}

QTEST_GUILESS_MAIN(TestCliErrorReport)
#include "tst_cli_error_report.moc"
