// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for Valara routing and the schema layer: 404, 405, 307, body problems before
// 404/403 (docs/api-contract.md V3, V4).
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

QSet<QString> methodSet(const QByteArray &allow)
{
    QSet<QString> methods;
    for (const QByteArray &part : allow.split(',')) {
        if (!part.trimmed().isEmpty())
            methods.insert(QString::fromLatin1(part.trimmed()).toUpper());
    }
    return methods;
}

} // namespace

class TestValaraRouting : public QObject
{
    Q_OBJECT

private slots:
    void v3_unknownPathIs404NotFound_data();
    void v3_unknownPathIs404NotFound();
    void v3_wrongMethodIs405WithAllowHeader_data();
    void v3_wrongMethodIs405WithAllowHeader();
    void v3_trailingSlashRedirects307ToPathWithoutIt_data();
    void v3_trailingSlashRedirects307ToPathWithoutIt();
    void v3_trailingSlashRedirectKeepsQueryAndAppliesNothing();
    void v4_missingOrEmptyBodyIs422Missing_data();
    void v4_missingOrEmptyBodyIs422Missing();
    void v4_malformedJsonIs422JsonInvalidWithOffset_data();
    void v4_malformedJsonIs422JsonInvalidWithOffset();
    void v4_nonObjectOrNonJsonBodyIs422ModelAttributesType_data();
    void v4_nonObjectOrNonJsonBodyIs422ModelAttributesType();
    void v4_nullBodyIs422Missing();
    void v4_bodyProblemsComeBefore404And403_data();
    void v4_bodyProblemsComeBefore404And403();
};

void TestValaraRouting::v3_unknownPathIs404NotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"/api/v1/nope", "/api/v1/users/g1/nope", "/api/v2/users/me",
          "/api/v1/users/g1/preferences/theme", "/api/v1/me", "/api/v1/nope/", "/api/v1", "/"}) {
        QTest::addRow("GET %s", path) << QByteArrayLiteral("GET") << QString::fromLatin1(path);
    }
    QTest::newRow("PATCH /api/v1/users/g1/profile")
        << QByteArrayLiteral("PATCH") << QStringLiteral("/api/v1/users/g1/profile");
}

void TestValaraRouting::v3_unknownPathIs404NotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.send(method, path, AdminKey);
    VERIFY_NO_PROBLEM(errorProblem(r, 404, QStringLiteral("Not Found")));
}

void TestValaraRouting::v3_wrongMethodIs405WithAllowHeader_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("allowed");
    const QStringList user{QStringLiteral("GET"), QStringLiteral("PATCH"), QStringLiteral("PUT")};
    const QStringList prefs{QStringLiteral("GET"), QStringLiteral("PATCH")};
    const QStringList get{QStringLiteral("GET")};
    QTest::newRow("POST users") << QByteArrayLiteral("POST") << QStringLiteral("/api/v1/users")
                                << get;
    QTest::newRow("DELETE users") << QByteArrayLiteral("DELETE") << QStringLiteral("/api/v1/users")
                                  << get;
    QTest::newRow("POST me") << QByteArrayLiteral("POST") << QStringLiteral("/api/v1/users/me")
                             << get;
    QTest::newRow("DELETE user") << QByteArrayLiteral("DELETE")
                                 << QStringLiteral("/api/v1/users/g1") << user;
    QTest::newRow("POST user") << QByteArrayLiteral("POST") << QStringLiteral("/api/v1/users/g1")
                               << user;
    QTest::newRow("PUT prefs") << QByteArrayLiteral("PUT")
                               << QStringLiteral("/api/v1/users/g1/preferences") << prefs;
    QTest::newRow("DELETE prefs") << QByteArrayLiteral("DELETE")
                                  << QStringLiteral("/api/v1/users/g1/preferences") << prefs;
}

void TestValaraRouting::v3_wrongMethodIs405WithAllowHeader()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QStringList, allowed);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.send(method, path, AdminKey);
    VERIFY_NO_PROBLEM(errorProblem(r, 405, QStringLiteral("Method Not Allowed")));
    const QSet<QString> methods = methodSet(r.header("Allow"));
    for (const QString &m : allowed)
        QVERIFY2(methods.contains(m), qPrintable(QStringLiteral("Allow: ") + r.header("Allow")));
    QVERIFY2(!methods.contains(QString::fromLatin1(method)),
             qPrintable(QStringLiteral("Allow: ") + r.header("Allow")));
}

void TestValaraRouting::v3_trailingSlashRedirects307ToPathWithoutIt_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const char *path : {"/api/v1/users/me", "/api/v1/users", "/api/v1/users/g1",
                             "/api/v1/users/g1/preferences"}) {
        QTest::addRow("GET %s/", path) << QByteArrayLiteral("GET") << QString::fromLatin1(path);
    }
    QTest::newRow("PATCH user/") << QByteArrayLiteral("PATCH")
                                 << QStringLiteral("/api/v1/users/g1");
    QTest::newRow("PATCH prefs/") << QByteArrayLiteral("PATCH")
                                  << QStringLiteral("/api/v1/users/g1/preferences");
    QTest::newRow("PUT user/") << QByteArrayLiteral("PUT") << QStringLiteral("/api/v1/users/g1");
}

void TestValaraRouting::v3_trailingSlashRedirects307ToPathWithoutIt()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QByteArray body =
        method == "GET" ? QByteArray() : QByteArrayLiteral(R"({"theme":"dark"})");
    const HttpReply r = h.send(method, path + QLatin1Char('/'), AdminKey, body);
    QVERIFY2(r.status == 307, qPrintable(describe(r)));
    const QUrl target =
        h.url(QStringLiteral("/")).resolved(QUrl(QString::fromUtf8(r.header("Location"))));
    QVERIFY2(target.isValid(), r.header("Location").constData());
    QCOMPARE(target.path(), path);
    QCOMPARE(target.host(), h.url(QStringLiteral("/")).host());
}

void TestValaraRouting::v3_trailingSlashRedirectKeepsQueryAndAppliesNothing()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r = h.get(QStringLiteral("/api/v1/users/?q=agent&limit=2"), AdminKey);
    QVERIFY2(r.status == 307, qPrintable(describe(r)));
    const QUrl target =
        h.url(QStringLiteral("/")).resolved(QUrl(QString::fromUtf8(r.header("Location"))));
    QCOMPARE(target.path(), QStringLiteral("/api/v1/users"));
    QCOMPARE(target.query(), QStringLiteral("q=agent&limit=2"));

    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    const HttpReply w = h.patch(QStringLiteral("/api/v1/users/g1/"), AgentKey,
                                QByteArrayLiteral(R"({"title":"Redirected"})"));
    QVERIFY2(w.status == 307, qPrintable(describe(w)));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(QStringLiteral("/api/v1/users/g1"), AgentKey).json().value("title").toString(),
             QStringLiteral("Agent"));
}

void TestValaraRouting::v4_missingOrEmptyBodyIs422Missing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    const QString prefs = QStringLiteral("/api/v1/users/g1/preferences");
    const QString user = QStringLiteral("/api/v1/users/g1");
    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("PATCH prefs, json") << QByteArrayLiteral("PATCH") << prefs << AgentKey << json;
    QTest::newRow("PATCH prefs, no type")
        << QByteArrayLiteral("PATCH") << prefs << AgentKey << QByteArray();
    QTest::newRow("PATCH user, json") << QByteArrayLiteral("PATCH") << user << AgentKey << json;
    QTest::newRow("PATCH user, no type")
        << QByteArrayLiteral("PATCH") << user << AgentKey << QByteArray();
    QTest::newRow("PUT user, json") << QByteArrayLiteral("PUT") << user << AdminKey << json;
    QTest::newRow("PUT user, no type")
        << QByteArrayLiteral("PUT") << user << AdminKey << QByteArray();
}

void TestValaraRouting::v4_missingOrEmptyBodyIs422Missing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, contentType);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    SandboxHarness::Headers headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    const HttpReply r = h.send(method, path, key, QByteArray(), headers);
    VERIFY_NO_PROBLEM(
        validationProblem(r, QJsonArray{QStringLiteral("body")}, QStringLiteral("missing")));
}

void TestValaraRouting::v4_malformedJsonIs422JsonInvalidWithOffset_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArrayLiteral(R"({"title": )");
    QTest::newRow("trailing comma") << QByteArrayLiteral(R"({"title":"x",})");
    QTest::newRow("single quotes") << QByteArrayLiteral(R"({'title':'x'})");
    QTest::newRow("garbage after") << QByteArrayLiteral(R"({"title":"x"} x)");
    QTest::newRow("utf-8 before error") << QByteArray(R"({"title":"é" x})");
}

void TestValaraRouting::v4_malformedJsonIs422JsonInvalidWithOffset()
{
    QFETCH(QByteArray, body);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QString &path :
         {QStringLiteral("/api/v1/users/g1"), QStringLiteral("/api/v1/users/g1/preferences")}) {
        const HttpReply r = h.patch(path, AgentKey, body);
        QVERIFY2(r.status == 422, qPrintable(describe(r)));
        const QJsonArray detail = r.detailList();
        QVERIFY2(detail.size() == 1, qPrintable(describe(r)));
        const QJsonObject entry = detail.first().toObject();
        QCOMPARE(entry.value(QLatin1String("type")).toString(), QStringLiteral("json_invalid"));
        QVERIFY(entry.value(QLatin1String("msg")).isString());
        const QJsonArray loc = entry.value(QLatin1String("loc")).toArray();
        QVERIFY2(loc.size() == 2 && loc.at(0) == QJsonValue(QStringLiteral("body")) &&
                     loc.at(1).isDouble(),
                 qPrintable(describe(r)));
        const double offset = loc.at(1).toDouble();
        QVERIFY2(offset == qint64(offset) && offset >= 0 && offset <= body.size(),
                 qPrintable(describe(r)));
    }
}

void TestValaraRouting::v4_nonObjectOrNonJsonBodyIs422ModelAttributesType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("array") << json << QByteArrayLiteral(R"([{"title":"x"}])");
    QTest::newRow("empty array") << json << QByteArrayLiteral("[]");
    QTest::newRow("string") << json << QByteArrayLiteral(R"("title")");
    QTest::newRow("number") << json << QByteArrayLiteral("42");
    QTest::newRow("boolean") << json << QByteArrayLiteral("true");
    QTest::newRow("text/plain") << QByteArrayLiteral("text/plain")
                                << QByteArrayLiteral(R"({"title":"x"})");
    QTest::newRow("form") << QByteArrayLiteral("application/x-www-form-urlencoded")
                          << QByteArrayLiteral("title=x");
}

void TestValaraRouting::v4_nonObjectOrNonJsonBodyIs422ModelAttributesType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const SandboxHarness::Headers headers{{QByteArrayLiteral("Content-Type"), contentType}};
    const QString user = QStringLiteral("/api/v1/users/g1");
    const QJsonArray loc{QStringLiteral("body")};
    const QString type = QStringLiteral("model_attributes_type");
    VERIFY_NO_PROBLEM(validationProblem(h.send("PATCH", user, AgentKey, body, headers), loc, type));
    VERIFY_NO_PROBLEM(validationProblem(
        h.send("PATCH", user + QStringLiteral("/preferences"), AgentKey, body, headers), loc,
        type));
    VERIFY_NO_PROBLEM(validationProblem(h.send("PUT", user, AdminKey, body, headers), loc, type));
    QCOMPARE(h.get(user, AgentKey).json().value("title").toString(), QStringLiteral("Agent"));
}

void TestValaraRouting::v4_nullBodyIs422Missing()
{
    // FastAPI reads a JSON null body as no body at all.
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString user = QStringLiteral("/api/v1/users/g1");
    const QJsonArray loc{QStringLiteral("body")};
    const QString type = QStringLiteral("missing");
    VERIFY_NO_PROBLEM(validationProblem(h.patch(user, AgentKey, "null"), loc, type));
    VERIFY_NO_PROBLEM(validationProblem(
        h.patch(user + QStringLiteral("/preferences"), AgentKey, "null"), loc, type));
    VERIFY_NO_PROBLEM(validationProblem(h.put(user, AdminKey, "null"), loc, type));
}

void TestValaraRouting::v4_bodyProblemsComeBefore404And403_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    const QString missing = QStringLiteral("missing");
    const QString invalid = QStringLiteral("json_invalid");
    const QString notObject = QStringLiteral("model_attributes_type");
    const QByteArray patch = QByteArrayLiteral("PATCH");
    const QByteArray put = QByteArrayLiteral("PUT");
    QTest::newRow("PATCH unknown user, array") << patch << QStringLiteral("/api/v1/users/zz")
                                               << AgentKey << QByteArrayLiteral("[]") << notObject;
    QTest::newRow("PATCH other user, empty")
        << patch << QStringLiteral("/api/v1/users/g2") << AgentKey << QByteArray() << missing;
    QTest::newRow("PATCH prefs unknown user, malformed")
        << patch << QStringLiteral("/api/v1/users/zz/preferences") << AgentKey
        << QByteArrayLiteral("{") << invalid;
    QTest::newRow("PATCH prefs other team, number")
        << patch << QStringLiteral("/api/v1/users/g3/preferences") << AgentKey
        << QByteArrayLiteral("42") << notObject;
    QTest::newRow("PUT by agent, array") << put << QStringLiteral("/api/v1/users/g1") << AgentKey
                                         << QByteArrayLiteral("[]") << notObject;
    QTest::newRow("PUT by broker, empty")
        << put << QStringLiteral("/api/v1/users/g1") << QByteArrayLiteral("key-broker-b1")
        << QByteArray() << missing;
    QTest::newRow("PUT unknown user, malformed") << put << QStringLiteral("/api/v1/users/zz")
                                                 << AdminKey << QByteArrayLiteral("{") << invalid;
}

void TestValaraRouting::v4_bodyProblemsComeBefore404And403()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.send(method, path, key, body,
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QVERIFY2(r.status == 422, qPrintable(describe(r)));
    const QJsonObject entry = r.detailList().first().toObject();
    QCOMPARE(entry.value(QLatin1String("type")).toString(), type);
    QCOMPARE(entry.value(QLatin1String("loc")).toArray().first().toString(),
             QStringLiteral("body"));
}

QTEST_GUILESS_MAIN(TestValaraRouting)
#include "tst_valara_routing.moc"
