// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for Valara authentication, error shapes and the 404-then-403 order
// and loc as sent (docs/api-contract.md V1, V2, V5, V6). Routing and body problems:
// tst_valara_routing.cpp.
#include "SandboxHarness.h"
#include "ValaraContract.h"
#include "sandbox/store/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ValaraContract;

class TestValaraAuth : public QObject
{
    Q_OBJECT

private slots:
    void v1_missingOrMalformedAuthorizationIs401NotAuthenticated_data();
    void v1_missingOrMalformedAuthorizationIs401NotAuthenticated();
    void v1_unknownApiKeyIs401InvalidApiKey();
    void v1_sessionJwtIsRefusedAsInvalidApiKey();
    void v2_errorBodiesUseFastApiShapes_data();
    void v2_errorBodiesUseFastApiShapes();
    void v5_missingUserIs404ThenForbiddenIs403_data();
    void v5_missingUserIs404ThenForbiddenIs403();
    void v6_locUsesFieldNameAsSent_data();
    void v6_locUsesFieldNameAsSent();
};

void TestValaraAuth::v1_missingOrMalformedAuthorizationIs401NotAuthenticated_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization"); // empty: no header at all
    const struct
    {
        const char *method;
        const char *path;
    } routes[] = {{"GET", "/api/v1/users/me"},
                  {"GET", "/api/v1/users"},
                  {"GET", "/api/v1/users/g1"},
                  {"GET", "/api/v1/users/g1/preferences"},
                  {"PATCH", "/api/v1/users/g1/preferences"},
                  {"PATCH", "/api/v1/users/g1"},
                  {"PUT", "/api/v1/users/g1"}};
    for (const auto &route : routes) {
        QTest::addRow("no header: %s %s", route.method, route.path)
            << QByteArray(route.method) << QString::fromLatin1(route.path) << QByteArray();
    }
    const char *malformed[] = {"Basic a2V5LWFnZW50LWcxOg==", "Token key-agent-g1", "Bearer",
                               "key-agent-g1", "Bearerkey-agent-g1"};
    for (const char *header : malformed) {
        QTest::addRow("malformed: %s", header)
            << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/users/me") << QByteArray(header);
    }
}

void TestValaraAuth::v1_missingOrMalformedAuthorizationIs401NotAuthenticated()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    SandboxHarness::Headers headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    QByteArray body;
    if (method != "GET") {
        body = method == "PUT" ? FullBody : QByteArrayLiteral(R"({"theme":"dark"})");
        if (!path.endsWith(QLatin1String("preferences")) && method == "PATCH")
            body = QByteArrayLiteral(R"({"title":"Hacked"})");
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    const HttpReply r = h.send(method, path, QByteArray(), body, headers);
    VERIFY_NO_PROBLEM(errorProblem(r, 401, QStringLiteral("Not authenticated")));
    QCOMPARE(r.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
}

void TestValaraAuth::v1_unknownApiKeyIs401InvalidApiKey()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QByteArray &key :
         {QByteArrayLiteral("key-agent-zz"), QByteArrayLiteral("KEY-AGENT-G1"),
          QByteArrayLiteral("key-agent-g1x")}) {
        const HttpReply r = h.get(QStringLiteral("/api/v1/users/me"), key);
        VERIFY_NO_PROBLEM(errorProblem(r, 401, QStringLiteral("Invalid API key")));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    }
    // A write with an unknown key changes nothing.
    const HttpReply w = h.patch(QStringLiteral("/api/v1/users/g1"), "key-nobody",
                                QByteArrayLiteral(R"({"title":"Hacked"})"));
    VERIFY_NO_PROBLEM(errorProblem(w, 401, QStringLiteral("Invalid API key")));
    QCOMPARE(h.get(QStringLiteral("/api/v1/users/g1"), AgentKey).json().value("title").toString(),
             QStringLiteral("Agent"));
}

void TestValaraAuth::v1_sessionJwtIsRefusedAsInvalidApiKey()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    for (const QString &user : {QStringLiteral("g1"), QStringLiteral("a1")}) {
        const QByteArray token = h.sessionToken(user);
        QVERIFY(!token.isEmpty());
        const HttpReply r = h.get(QStringLiteral("/api/v1/users/me"), token);
        VERIFY_NO_PROBLEM(errorProblem(r, 401, QStringLiteral("Invalid API key")));
        QCOMPARE(r.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        const HttpReply w = h.patch(QStringLiteral("/api/v1/users/%1/preferences").arg(user), token,
                                    QByteArrayLiteral(R"({"theme":"light"})"));
        VERIFY_NO_PROBLEM(errorProblem(w, 401, QStringLiteral("Invalid API key")));
    }
}

void TestValaraAuth::v2_errorBodiesUseFastApiShapes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("failWrites");
    QTest::addColumn<int>("status");
    const QByteArray put409 = QByteArray(FullBody).replace("new@", "bruno@");
    QTest::newRow("400") << QByteArrayLiteral("PATCH")
                         << QStringLiteral("/api/v1/users/g1/preferences") << AgentKey
                         << QByteArrayLiteral(R"({"theme":"sepia"})") << false << 400;
    QTest::newRow("401") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/users/me")
                         << QByteArray() << QByteArray() << false << 401;
    QTest::newRow("403") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/users/a1")
                         << AgentKey << QByteArray() << false << 403;
    QTest::newRow("404") << QByteArrayLiteral("GET") << QStringLiteral("/api/v1/users/zz")
                         << AgentKey << QByteArray() << false << 404;
    QTest::newRow("405") << QByteArrayLiteral("DELETE") << QStringLiteral("/api/v1/users/g1")
                         << AdminKey << QByteArray() << false << 405;
    QTest::newRow("409") << QByteArrayLiteral("PUT") << QStringLiteral("/api/v1/users/g1")
                         << AdminKey << put409 << false << 409;
    QTest::newRow("422") << QByteArrayLiteral("PATCH") << QStringLiteral("/api/v1/users/g1")
                         << AgentKey << QByteArrayLiteral(R"({"bogus":1})") << false << 422;
    QTest::newRow("500") << QByteArrayLiteral("PATCH") << QStringLiteral("/api/v1/users/g1")
                         << AgentKey << QByteArrayLiteral(R"({"title":"X"})") << true << 500;
}

void TestValaraAuth::v2_errorBodiesUseFastApiShapes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(bool, failWrites);
    QFETCH(int, status);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    h.server().store().simulateWriteFailure(failWrites);
    SandboxHarness::Headers headers;
    if (!body.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    const HttpReply r = h.send(method, path, key, body, headers);
    QVERIFY2(r.status == status, qPrintable(describe(r)));
    const QJsonDocument document = QJsonDocument::fromJson(r.body);
    QVERIFY2(document.isObject(), qPrintable(describe(r)));
    QCOMPARE(document.object().keys(), QStringList{QStringLiteral("detail")});
    const QJsonValue detail = document.object().value(QLatin1String("detail"));
    if (status == 422) {
        QVERIFY2(detail.isArray() && !detail.toArray().isEmpty(), qPrintable(describe(r)));
        const QJsonObject entry = detail.toArray().first().toObject();
        QVERIFY(entry.value(QLatin1String("type")).isString());
        QVERIFY(entry.value(QLatin1String("loc")).isArray());
        QVERIFY(entry.value(QLatin1String("msg")).isString());
    } else {
        QVERIFY2(detail.isString() && !detail.toString().isEmpty(), qPrintable(describe(r)));
    }
}

void TestValaraAuth::v5_missingUserIs404ThenForbiddenIs403_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QString notFound = QStringLiteral("User not found");
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray patch = QByteArrayLiteral("PATCH");
    const QByteArray put = QByteArrayLiteral("PUT");
    const QByteArray theme = QByteArrayLiteral(R"({"theme":"dark"})");
    const QByteArray title = QByteArrayLiteral(R"({"title":"X"})");
    const QString zz = QStringLiteral("/api/v1/users/zz");
    const QString g3 = QStringLiteral("/api/v1/users/g3");
    const QString prefs = QStringLiteral("/preferences");
    QTest::newRow("GET user 404") << get << zz << AgentKey << QByteArray() << 404 << notFound;
    QTest::newRow("GET prefs 404")
        << get << zz + prefs << AgentKey << QByteArray() << 404 << notFound;
    QTest::newRow("PATCH prefs 404") << patch << zz + prefs << AgentKey << theme << 404 << notFound;
    QTest::newRow("PATCH user 404") << patch << zz << AgentKey << title << 404 << notFound;
    QTest::newRow("PUT user 404, agent") << put << zz << AgentKey << FullBody << 404 << notFound;
    QTest::newRow("PUT user 404, admin") << put << zz << AdminKey << FullBody << 404 << notFound;
    QTest::newRow("GET user 403") << get << g3 << AgentKey << QByteArray() << 403
                                  << QStringLiteral("Not authorized to view this user");
    QTest::newRow("GET prefs 403")
        << get << g3 + prefs << AgentKey << QByteArray() << 403
        << QStringLiteral("Not authorized to view this user's preferences");
    QTest::newRow("PATCH prefs 403")
        << patch << g3 + prefs << AgentKey << theme << 403
        << QStringLiteral("Not authorized to update this user's preferences");
    QTest::newRow("PATCH user 403")
        << patch << g3 << AgentKey << title << 403
        << QStringLiteral("Forbidden - cannot update another user's profile");
    QTest::newRow("PUT user 403") << put << g3 << AgentKey << FullBody << 403
                                  << QStringLiteral("Admin role required");
}

void TestValaraAuth::v5_missingUserIs404ThenForbiddenIs403()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    SandboxHarness::Headers headers;
    if (!body.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    VERIFY_NO_PROBLEM(errorProblem(h.send(method, path, key, body, headers), status, detail));
}

void TestValaraAuth::v6_locUsesFieldNameAsSent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type"); // empty: not named by the contract
    QTest::newRow("camel bad type")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"displayName":5})")
        << QStringLiteral("displayName") << QString();
    QTest::newRow("snake bad type")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"display_name":5})")
        << QStringLiteral("display_name") << QString();
    QTest::newRow("camel bad phone")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"cellPhone":"x"})")
        << QStringLiteral("cellPhone") << QString();
    QTest::newRow("camel unknown")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"favoriteColor":"red"})")
        << QStringLiteral("favoriteColor") << QStringLiteral("extra_forbidden");
    QTest::newRow("camel read-only")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"teamId":"t2"})")
        << QStringLiteral("teamId") << QStringLiteral("extra_forbidden");
    QTest::newRow("camel admin-only")
        << QByteArrayLiteral("PATCH") << QByteArrayLiteral(R"({"isActive":false})")
        << QStringLiteral("isActive") << QStringLiteral("admin_only_field");
    QByteArray put = FullBody;
    put.replace("new@valara.test", "gina@valara.test").chop(1);
    QTest::newRow("PUT camel bad url")
        << QByteArrayLiteral("PUT") << put + R"(,"websiteUrl":"nope"})"
        << QStringLiteral("websiteUrl") << QString();
}

void TestValaraAuth::v6_locUsesFieldNameAsSent()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, type);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QByteArray key = method == "PUT" ? AdminKey : AgentKey;
    const HttpReply r =
        h.send(method, QStringLiteral("/api/v1/users/g1"), key, body,
               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    VERIFY_NO_PROBLEM(validationProblem(r, QJsonArray{QStringLiteral("body"), field}, type));
}

QTEST_GUILESS_MAIN(TestValaraAuth)
#include "tst_valara_auth.moc"
