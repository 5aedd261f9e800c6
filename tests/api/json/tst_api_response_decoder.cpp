// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiResponseDecoder.h"
#include "api/json/JsonCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace valara;

class TestApiResponseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snakeCase_data();
    void snakeCase();
    void normaliseKeysRecursively();
    void successObject();
    void successArray();
    void emptyBodies_data();
    void emptyBodies();
    void meEnvelopeIsUnwrapped();
    void meEnvelopeFailure();
    void nonJsonSuccessIsProtocolError();
    void errorCarriesRequestId();
    void requestIdFromBodyWhenNoHeader();
};

void TestApiResponseDecoder::snakeCase_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("camel") << "displayName"
                           << "display_name";
    QTest::newRow("two humps") << "licenseExpirationDate"
                               << "license_expiration_date";
    QTest::newRow("snake stays") << "first_name"
                                 << "first_name";
    QTest::newRow("single letter prefix") << "x_url"
                                          << "x_url";
    QTest::newRow("leading capital") << "XUrl"
                                     << "x_url";
    QTest::newRow("trailing acronym") << "avatarURL"
                                      << "avatar_url";
    QTest::newRow("acronym then word") << "HTTPStatus"
                                       << "http_status";
    QTest::newRow("id") << "userID"
                        << "user_id";
    QTest::newRow("all caps") << "URL"
                              << "url";
    QTest::newRow("digit") << "line2Text"
                           << "line2_text";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("no double underscore") << "first_Name"
                                          << "first_name";
}

void TestApiResponseDecoder::snakeCase()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(JsonCase::toSnakeCase(input), expected);
}

void TestApiResponseDecoder::normaliseKeysRecursively()
{
    const QJsonObject input = QJsonDocument::fromJson(R"({"displayName":"A","display_name":"B",
        "items":[{"cellPhone":"1"}],"meta":{"nextCursor":null}})")
                                  .object();
    const QJsonObject out = JsonCase::normaliseKeys(input).toObject();
    QCOMPARE(out.value(QLatin1String("display_name")).toString(), QStringLiteral("B"));
    QVERIFY(!out.contains(QLatin1String("displayName")));
    QCOMPARE(out.value(QLatin1String("items"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("cell_phone"))
                 .toString(),
             QStringLiteral("1"));
    QVERIFY(out.value(QLatin1String("meta")).toObject().contains(QLatin1String("next_cursor")));
}

void TestApiResponseDecoder::successObject()
{
    const ApiResult result = ApiResponseDecoder::decode(
        200, R"({"id":"a1","displayName":"Alice","team_id":null})", "01JTBQH2FZ8K1RXC0WJ4Z9P3VM");
    QVERIFY(result.ok());
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.requestId, QStringLiteral("01JTBQH2FZ8K1RXC0WJ4Z9P3VM"));
    const QJsonObject object = result.value.toObject();
    QCOMPARE(object.value(QLatin1String("display_name")).toString(), QStringLiteral("Alice"));
    QVERIFY(object.value(QLatin1String("team_id")).isNull());
}

void TestApiResponseDecoder::successArray()
{
    // A bare array is a list where a list is expected, and a malformed answer anywhere else.
    const ApiResult list =
        ApiResponseDecoder::decode(200, R"([{"firstName":"A"}])", {}, ResponseShape::list());
    QVERIFY(list.ok());
    const QJsonArray items = list.value.toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.at(0).toObject().value(QLatin1String("first_name")).toString(),
             QStringLiteral("A"));
    const ApiResult object = ApiResponseDecoder::decode(200, R"([{"firstName":"A"}])");
    QCOMPARE(object.error.kind, ApiError::Kind::Protocol);
    QVERIFY(object.value.isNull());
}

void TestApiResponseDecoder::emptyBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("204") << 204 << QByteArray();
    QTest::newRow("200 blank") << 200 << QByteArray("  \r\n");
}

void TestApiResponseDecoder::emptyBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    // No endpoint answers a success without a body: an empty one cannot refresh anything.
    const ApiResult result = ApiResponseDecoder::decode(status, body);
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error.message.contains(QLatin1String("could not be understood")),
             qPrintable(result.error.message));
}

void TestApiResponseDecoder::meEnvelopeIsUnwrapped()
{
    const ApiResult result =
        ApiResponseDecoder::decode(200, R"({"success":true,"error":null,"meta":{"nextCursor":"c"},
                 "data":{"user_id":"g1","preferences":{"timezone":"America/Denver"}}})");
    QVERIFY(result.ok());
    const QJsonObject data = result.value.toObject();
    QCOMPARE(data.value(QLatin1String("user_id")).toString(), QStringLiteral("g1"));
    QCOMPARE(data.value(QLatin1String("preferences"))
                 .toObject()
                 .value(QLatin1String("timezone"))
                 .toString(),
             QStringLiteral("America/Denver"));
    QCOMPARE(result.meta.toObject().value(QLatin1String("next_cursor")).toString(),
             QStringLiteral("c"));
}

void TestApiResponseDecoder::meEnvelopeFailure()
{
    const ApiResult result = ApiResponseDecoder::decode(
        400, R"({"success":false,"error":{"code":"INVALID_TIMEZONE","message":"invalid timezone",
                 "details":{"timezone":"unknown IANA timezone"},"request_id":"R1"},"meta":null,"data":null})");
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.error.serverCode, QStringLiteral("INVALID_TIMEZONE"));
    QCOMPARE(result.error.fieldErrors.value(QStringLiteral("timezone")),
             QStringLiteral("unknown IANA timezone"));
    QCOMPARE(result.requestId, QStringLiteral("R1"));
    QVERIFY(result.value.isNull());
}

void TestApiResponseDecoder::nonJsonSuccessIsProtocolError()
{
    const ApiResult result = ApiResponseDecoder::decode(
        200, "<html><body>Please sign in to the Wi-Fi</body></html>", "RID");
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(result.error.httpStatus, 200);
    QVERIFY(!result.error.message.contains(QLatin1Char('<')));
    QCOMPARE(result.requestId, QStringLiteral("RID"));
    QCOMPARE(result.error.requestId, QStringLiteral("RID"));
}

void TestApiResponseDecoder::errorCarriesRequestId()
{
    const ApiResult result = ApiResponseDecoder::decode(401, R"({"detail":"Invalid API key"})",
                                                        "01JTBQH2FZ8K1RXC0WJ4Z9P3VM");
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.requestId, QStringLiteral("01JTBQH2FZ8K1RXC0WJ4Z9P3VM"));
    QCOMPARE(result.error.requestId, result.requestId);
}

void TestApiResponseDecoder::requestIdFromBodyWhenNoHeader()
{
    const ApiResult result =
        ApiResponseDecoder::decode(500, R"({"detail":{"message":"x","request_id":"BODY-ID"}})");
    QCOMPARE(result.requestId, QStringLiteral("BODY-ID"));
}

QTEST_APPLESS_MAIN(TestApiResponseDecoder)
#include "tst_api_response_decoder.moc"
