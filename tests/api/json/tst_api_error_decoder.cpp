// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiErrorDecoder.h"

#include <QStringList>
#include <QTest>

using namespace valara;

namespace {
QString fieldsText(const QHash<QString, QString> &fields)
{
    QStringList parts;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    parts.sort();
    return parts.join(QLatin1Char('|'));
}

const QByteArray kUlid = "01JTBQH2FZ8K1RXC0WJ4Z9P3VM";
} // namespace

class TestApiErrorDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindForStatus_data();
    void kindForStatus();
    void decode_data();
    void decode();
};

void TestApiErrorDecoder::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    const QList<QPair<int, const char *>> rows = {
        {200, "None"},       {204, "None"},         {0, "Network"},     {301, "Protocol"},
        {400, "Validation"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "NotFound"},
        {405, "Protocol"},   {408, "Timeout"},      {409, "Conflict"},  {410, "NotFound"},
        {412, "Conflict"},   {413, "Validation"},   {415, "Protocol"},  {418, "Protocol"},
        {422, "Validation"}, {429, "RateLimited"},  {500, "Server"},    {502, "Server"},
        {503, "Server"},     {504, "Timeout"},      {599, "Server"},    {-1, "Protocol"},
        {999, "Protocol"},
    };
    for (const auto &[status, kind] : rows)
        QTest::addRow("%d", status) << status << QString::fromLatin1(kind);
}

void TestApiErrorDecoder::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(QString, kind);
    QCOMPARE(ApiError::kindName(ApiErrorDecoder::kindForStatus(status)), kind);
}

void TestApiErrorDecoder::decode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("requestId");

    const QString plain401 = ApiErrorDecoder::messageForStatus(401);
    const QString plain500 = ApiErrorDecoder::messageForStatus(500);
    const QString plain502 = ApiErrorDecoder::messageForStatus(502);
    const QString plain503 = ApiErrorDecoder::messageForStatus(503);
    const QString plain422 = ApiErrorDecoder::messageForStatus(422);
    const QString id = QString::fromLatin1(kUlid);

    // FastAPI {"detail": "..."}
    QTest::newRow("fastapi 401") << 401 << QByteArray(R"({"detail":"Invalid API key"})") << kUlid
                                 << "Unauthorized"
                                 << "Invalid API key"
                                 << ""
                                 << "" << id;
    QTest::newRow("fastapi 403")
        << 403 << QByteArray(R"({"detail":"Forbidden - cannot update another user's profile"})")
        << QByteArray() << "Forbidden"
        << "Forbidden - cannot update another user's profile"
        << ""
        << ""
        << "";
    QTest::newRow("fastapi 404") << 404 << QByteArray(R"({"detail":"User not found"})") << kUlid
                                 << "NotFound"
                                 << "User not found"
                                 << ""
                                 << "" << id;
    QTest::newRow("fastapi 400")
        << 400 << QByteArray(R"({"detail":"Invalid preference value: timezone Mars/Base"})")
        << kUlid << "Validation"
        << "Invalid preference value: timezone Mars/Base"
        << ""
        << "" << id;
    QTest::newRow("fastapi 409") << 409 << QByteArray(R"({"detail":"Email already in use"})")
                                 << kUlid << "Conflict"
                                 << "Email already in use"
                                 << ""
                                 << "" << id;
    QTest::newRow("fastapi 405") << 405 << QByteArray(R"({"detail":"Method Not Allowed"})") << kUlid
                                 << "Protocol"
                                 << "Method Not Allowed"
                                 << ""
                                 << "" << id;
    QTest::newRow("fastapi 503") << 503
                                 << QByteArray(R"({"detail":"Service temporarily unavailable"})")
                                 << kUlid << "Server"
                                 << "Service temporarily unavailable"
                                 << ""
                                 << "" << id;

    // FastAPI {"detail": [{loc, msg, type}]}
    QTest::newRow("422 one field, camelCase loc")
        << 422
        << QByteArray(R"({"detail":[{"type":"string_too_long","loc":["body","displayName"],)"
                      R"("msg":"String should have at most 100 characters"}]})")
        << kUlid << "Validation"
        << "Display name: String should have at most 100 characters"
        << "string_too_long"
        << "display_name=String should have at most 100 characters" << id;
    QTest::newRow("422 two fields")
        << 422
        << QByteArray(
               R"({"detail":[{"type":"value_error","loc":["body","phone"],"msg":"bad phone"},)"
               R"({"type":"value_error","loc":["body","website_url"],"msg":"bad url"}]})")
        << kUlid << "Validation"
        << "Phone: bad phone (and 1 more)"
        << "value_error"
        << "phone=bad phone|website_url=bad url" << id;
    QTest::newRow("422 same field twice")
        << 422
        << QByteArray(R"({"detail":[{"type":"a","loc":["body","bio"],"msg":"too long"},)"
                      R"({"type":"b","loc":["body","bio"],"msg":"control characters"}]})")
        << kUlid << "Validation"
        << "Bio: too long; control characters"
        << "a"
        << "bio=too long; control characters" << id;
    QTest::newRow("422 json_invalid with byte offset")
        << 422
        << QByteArray(
               R"({"detail":[{"type":"json_invalid","loc":["body",17],"msg":"JSON decode error"}]})")
        << kUlid << "Validation"
        << "JSON decode error"
        << "json_invalid"
        << "" << id;
    QTest::newRow("422 missing body")
        << 422
        << QByteArray(R"({"detail":[{"type":"missing","loc":["body"],"msg":"Field required"}]})")
        << kUlid << "Validation"
        << "Field required"
        << "missing"
        << "" << id;
    QTest::newRow("422 query parameter")
        << 422
        << QByteArray(R"({"detail":[{"type":"less_than_equal","loc":["query","limit"],)"
                      R"("msg":"Input should be less than or equal to 200"}]})")
        << kUlid << "Validation"
        << "Limit: Input should be less than or equal to 200"
        << "less_than_equal"
        << "limit=Input should be less than or equal to 200" << id;
    QTest::newRow("422 nested loc")
        << 422
        << QByteArray(
               R"({"detail":[{"type":"x","loc":["body","preferences","timeZone"],"msg":"unknown"}]})")
        << kUlid << "Validation"
        << "Time zone: unknown"
        << "x"
        << "time_zone=unknown" << id;
    QTest::newRow("422 empty list")
        << 422 << QByteArray(R"({"detail":[]})") << kUlid << "Validation" << plain422 << ""
        << "" << id;

    // FastAPI {"detail": {...}}
    QTest::newRow("detail object")
        << 429
        << QByteArray(
               R"({"detail":{"message":"Slow down","code":"RATE_LIMITED","request_id":"req-42"}})")
        << kUlid << "RateLimited"
        << "Slow down"
        << "RATE_LIMITED"
        << ""
        << "req-42";
    QTest::newRow("detail object with errors")
        << 422
        << QByteArray(R"({"detail":{"code":"invalid","errors":{"cellPhone":"too few digits"}}})")
        << kUlid << "Validation"
        << "Cell phone: too few digits"
        << "invalid"
        << "cell_phone=too few digits" << id;

    // Me API envelope
    QTest::newRow("me 401")
        << 401
        << QByteArray(
               R"({"success":false,"error":{"code":"UNAUTHORIZED","message":"authentication failed",)"
               R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"},"meta":null,"data":null})")
        << QByteArray() << "Unauthorized"
        << "authentication failed"
        << "UNAUTHORIZED"
        << "" << id;
    QTest::newRow("me 403")
        << 403
        << QByteArray(
               R"({"success":false,"error":{"code":"FORBIDDEN","message":"api keys cannot update user preferences",)"
               R"("request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"}})")
        << QByteArray() << "Forbidden"
        << "api keys cannot update user preferences"
        << "FORBIDDEN"
        << "" << id;
    QTest::newRow("me 400 details")
        << 400
        << QByteArray(
               R"({"success":false,"error":{"code":"INVALID_TIMEZONE","message":"invalid timezone",)"
               R"("details":{"timezone":"unknown IANA timezone"},"request_id":"01JTBQH2FZ8K1RXC0WJ4Z9P3VM"}})")
        << QByteArray("SOMETHINGELSE") << "Validation"
        << "invalid timezone"
        << "INVALID_TIMEZONE"
        << "timezone=unknown IANA timezone" << id;
    QTest::newRow("me details camelCase")
        << 400
        << QByteArray(R"({"success":false,"error":{"code":"VALIDATION_ERROR","message":"bad",)"
                      R"("details":{"timeZone":"not allowed","count":3}}})")
        << kUlid << "Validation"
        << "bad"
        << "VALIDATION_ERROR"
        << "count=3|time_zone=not allowed" << id;
    QTest::newRow("envelope on 200")
        << 200 << QByteArray(R"({"success":false,"error":{"code":"X","message":"odd"}})") << kUlid
        << "Protocol"
        << "odd"
        << "X"
        << "" << id;

    // RFC 9457 problem details
    QTest::newRow("problem with errors object")
        << 422
        << QByteArray(
               R"({"type":"https://valara.cloud/problems/validation","title":"Validation failed",)"
               R"("status":422,"detail":"2 fields are invalid",)"
               R"("errors":{"displayEmail":["must be an e-mail address"],"phone":"too short"}})")
        << kUlid << "Validation"
        << "2 fields are invalid"
        << "https://valara.cloud/problems/validation"
        << "display_email=must be an e-mail address|phone=too short" << id;
    QTest::newRow("problem about:blank")
        << 404 << QByteArray(R"({"type":"about:blank","title":"Not Found","status":404})") << kUlid
        << "NotFound"
        << "Not Found"
        << ""
        << "" << id;
    QTest::newRow("problem errors array")
        << 400
        << QByteArray(
               R"({"title":"Bad request","status":400,"errors":[{"pointer":"#/timezone","detail":"unknown"},)"
               R"({"pointer":"/body/cellPhone","detail":"short"}]})")
        << kUlid << "Validation"
        << "Bad request"
        << ""
        << "cell_phone=short|timezone=unknown" << id;

    // Other shapes
    QTest::newRow("oauth style")
        << 401 << QByteArray(R"({"error":"invalid_token","error_description":"The token expired"})")
        << kUlid << "Unauthorized"
        << "The token expired"
        << ""
        << "" << id;
    QTest::newRow("message and request_id")
        << 500 << QByteArray(R"({"message":"Update failed","request_id":"abc-123"})") << kUlid
        << "Server"
        << "Update failed"
        << ""
        << ""
        << "abc-123";

    // Bodies that say nothing usable
    QTest::newRow("empty 500") << 500 << QByteArray() << kUlid << "Server" << plain500 << ""
                               << "" << id;
    QTest::newRow("html 502")
        << 502
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        << QByteArray() << "Server" << plain502 << ""
        << ""
        << "";
    QTest::newRow("html in detail")
        << 401 << QByteArray(R"({"detail":"<html><body><h1>Unauthorized</h1></body></html>"})")
        << kUlid << "Unauthorized" << plain401 << ""
        << "" << id;
    QTest::newRow("plain text 503")
        << 503 << QByteArray("Service Unavailable") << kUlid << "Server" << plain503 << ""
        << "" << id;
    QTest::newRow("json array") << 500 << QByteArray("[1,2,3]") << kUlid << "Server" << plain500
                                << ""
                                << "" << id;
    QTest::newRow("json string") << 500 << QByteArray("\"oops\"") << kUlid << "Server" << plain500
                                 << ""
                                 << "" << id;
    QTest::newRow("detail null") << 500 << QByteArray(R"({"detail":null})") << kUlid << "Server"
                                 << plain500 << ""
                                 << "" << id;
    QTest::newRow("detail number")
        << 500 << QByteArray(R"({"detail":42})") << kUlid << "Server" << plain500 << ""
        << "" << id;
    QTest::newRow("truncated json")
        << 401 << QByteArray(R"({"detail":"Inv)") << kUlid << "Unauthorized" << plain401 << ""
        << "" << id;
    QTest::newRow("bad header id")
        << 500 << QByteArray() << QByteArray("has spaces in it") << "Server" << plain500 << ""
        << ""
        << "";
    QTest::newRow("control characters")
        << 400 << QByteArray("{\"detail\":\"line one\\nline\\u0007 two\\t end\"}") << kUlid
        << "Validation"
        << "line one line two end"
        << ""
        << "" << id;
}

void TestApiErrorDecoder::decode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QString, fields);
    QFETCH(QString, requestId);

    const ApiError error = ApiErrorDecoder::decode(status, body, header);
    QCOMPARE(ApiError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.serverCode, code);
    QCOMPARE(fieldsText(error.fieldErrors), fields);
    QCOMPARE(error.requestId, requestId);
}

QTEST_APPLESS_MAIN(TestApiErrorDecoder)
#include "tst_api_error_decoder.moc"
