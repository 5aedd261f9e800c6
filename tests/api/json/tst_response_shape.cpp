// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/json/ApiResponseDecoder.h"
#include "api/json/ResponseShape.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace valara;

// Every success answer is checked against what the request expects before anything uses it.
class TestResponseShape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lists_data();
    void lists();
    void listEchoIsKept();
    void notLists_data();
    void notLists();
    void listItemsAreChecked();
    void users_data();
    void users();
    void meEnvelope();
    void objectCheckRefuses();
    void refusalKeepsTheRequestId();
};

namespace {
ApiResult decode(const QByteArray &body, const ResponseShape &shape)
{
    return ApiResponseDecoder::decode(200, body, "req-1", shape);
}

QStringList ids(const ApiResult &result)
{
    QStringList out;
    for (const QJsonValue &item : result.value.toObject().value(QLatin1String("items")).toArray())
        out.append(item.toObject().value(QLatin1String("id")).toString());
    return out;
}
} // namespace

void TestResponseShape::lists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("total");
    QTest::newRow("bare array") << QByteArray(R"([{"id":"a"},{"id":"b"}])") << 2;
    QTest::newRow("items") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total":40})") << 40;
    QTest::newRow("users") << QByteArray(R"({"users":[{"id":"a"},{"id":"b"}],"total":2})") << 2;
    QTest::newRow("data") << QByteArray(R"({"data":[{"id":"a"},{"id":"b"}]})") << 2;
    QTest::newRow("results") << QByteArray(R"({"results":[{"id":"a"},{"id":"b"}]})") << 2;
    QTest::newRow("envelope") << QByteArray(
                                     R"({"success":true,"data":[{"id":"a"},{"id":"b"}],"meta":{}})")
                              << 2;
    QTest::newRow("envelope holding a page")
        << QByteArray(R"({"success":true,"data":{"items":[{"id":"a"},{"id":"b"}],"total":9}})")
        << 9;
    QTest::newRow("a total below the count is the count")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total":1})") << 2;
    QTest::newRow("a total that is not a count is ignored")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"total":"many"})") << 2;
}

void TestResponseShape::lists()
{
    QFETCH(QByteArray, body);
    QFETCH(int, total);
    const ApiResult result = decode(body, ResponseShape::list(&ResponseShape::userProblem));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(ids(result), (QStringList{"a", "b"}));
    QCOMPARE(result.value.toObject().value(QLatin1String("total")).toInteger(), total);
}

// The user list's echo of what the service applied stays beside the items, for the client to
// check; a list without one has none.
void TestResponseShape::listEchoIsKept()
{
    const ApiResult echoed = decode(
        R"({"items":[{"id":"a"}],"total":9,"limit":1,"offset":3,"sort":"-name","team":"t1",
            "role":null,"other":true})",
        ResponseShape::list(&ResponseShape::userProblem));
    QVERIFY2(echoed.ok(), qPrintable(echoed.error.message));
    const QJsonObject page = echoed.value.toObject();
    QCOMPARE(page.value(QLatin1String("sort")).toString(), QStringLiteral("-name"));
    QCOMPARE(page.value(QLatin1String("team")).toString(), QStringLiteral("t1"));
    QVERIFY(page.value(QLatin1String("role")).isNull());
    QCOMPARE(page.value(QLatin1String("limit")).toInt(), 1);
    QCOMPARE(page.value(QLatin1String("offset")).toInt(), 3);
    QVERIFY(!page.contains(QLatin1String("other")));
    const ApiResult plain = decode(R"({"items":[{"id":"a"}],"total":9})",
                                   ResponseShape::list(&ResponseShape::userProblem));
    QCOMPARE(plain.value.toObject().keys(), (QStringList{"items", "total"}));
}

void TestResponseShape::notLists_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object without a list") << QByteArray(R"({"total":3})");
    QTest::newRow("list under an unknown key") << QByteArray(R"({"people":[{"id":"a"}]})");
    QTest::newRow("a list that is not an array") << QByteArray(R"({"items":{"id":"a"}})");
    QTest::newRow("a string") << QByteArray(R"("users")");
    QTest::newRow("a number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("numbers") << QByteArray("[1,2,3]");
    QTest::newRow("envelope with nothing") << QByteArray(R"({"success":true,"data":null})");
}

void TestResponseShape::notLists()
{
    QFETCH(QByteArray, body);
    const ApiResult result = decode(body, ResponseShape::list(&ResponseShape::userProblem));
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error.message.contains(QLatin1String("could not be understood")),
             qPrintable(result.error.message));
    QVERIFY(result.value.isNull());
}

void TestResponseShape::listItemsAreChecked()
{
    const ApiResult result = decode(R"({"items":[{"id":"a"},{"name":"no id"}]})",
                                    ResponseShape::list(&ResponseShape::userProblem));
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error.message.contains(QLatin1String("id")), qPrintable(result.error.message));
}

void TestResponseShape::users_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("a user") << QByteArray(R"({"id":"u1","name":"A"})") << true;
    QTest::newRow("camelCase keys") << QByteArray(R"({"id":"u1","displayName":"A"})") << true;
    QTest::newRow("no id") << QByteArray(R"({"name":"A"})") << false;
    QTest::newRow("empty id") << QByteArray(R"({"id":"  "})") << false;
    QTest::newRow("numeric id") << QByteArray(R"({"id":7})") << false;
    QTest::newRow("an array") << QByteArray(R"([{"id":"u1"}])") << false;
    QTest::newRow("unexpected object") << QByteArray(R"({"unexpected":true})") << false;
    QTest::newRow("not JSON") << QByteArray("hello") << false;
    QTest::newRow("empty") << QByteArray("") << false;
}

void TestResponseShape::users()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const ApiResult result = decode(body, ResponseShape::user());
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
        QCOMPARE(result.error.httpStatus, 200);
    }
}

void TestResponseShape::meEnvelope()
{
    const ResponseShape shape = ResponseShape::meEnvelope();
    const ApiResult good =
        decode(R"({"success":true,"data":{"userId":"u1"},"meta":{"requestId":"r"}})", shape);
    QVERIFY2(good.ok(), qPrintable(good.error.message));
    QCOMPARE(good.value.toObject().value(QLatin1String("user_id")).toString(),
             QStringLiteral("u1"));

    // The Me API always answers in its envelope: a bare object is not its answer.
    QCOMPARE(decode(R"({"userId":"u1"})", shape).error.kind, ApiError::Kind::Protocol);
    QCOMPARE(decode(R"({"success":true,"data":[1]})", shape).error.kind, ApiError::Kind::Protocol);
    QCOMPARE(decode(R"({"success":true,"data":null})", shape).error.kind, ApiError::Kind::Protocol);
    // A failed envelope is the server's error, decoded as such.
    const ApiResult refused = decode(
        R"({"success":false,"error":{"code":"INVALID_TIMEZONE","message":"invalid timezone"}})",
        shape);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.serverCode, QStringLiteral("INVALID_TIMEZONE"));
}

void TestResponseShape::objectCheckRefuses()
{
    const ResponseShape shape = ResponseShape::object([](const QJsonValue &value) {
        return value.toObject().contains(QLatin1String("theme")) ? QString()
                                                                 : QStringLiteral("no theme");
    });
    QVERIFY(decode(R"({"theme":"dark"})", shape).ok());
    const ApiResult refused = decode(R"({"colour":"dark"})", shape);
    QCOMPARE(refused.error.kind, ApiError::Kind::Protocol);
    QVERIFY2(refused.error.message.contains(QLatin1String("no theme")),
             qPrintable(refused.error.message));
}

void TestResponseShape::refusalKeepsTheRequestId()
{
    const ApiResult result = decode("[1,2,3]", ResponseShape::object());
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(result.requestId, QStringLiteral("req-1"));
    QCOMPARE(result.error.requestId, QStringLiteral("req-1"));
}

QTEST_GUILESS_MAIN(TestResponseShape)
#include "tst_response_shape.moc"
