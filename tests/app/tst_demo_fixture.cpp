// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"
#include "api/ApiJob.h"
#include "app/demo/DemoBackend.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;

namespace {
QJsonArray fixtureUsers()
{
    return QJsonDocument::fromJson(DemoBackend::fixture())
        .object()
        .value(QLatin1String("users"))
        .toArray();
}

QList<QJsonObject> usersWhere(const std::function<bool(const QJsonObject &)> &predicate)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : fixtureUsers()) {
        if (predicate(value.toObject()))
            out.append(value.toObject());
    }
    return out;
}

QString role(const QJsonObject &user)
{
    return user.value(QLatin1String("role")).toString();
}

QString team(const QJsonObject &user)
{
    return user.value(QLatin1String("team")).toString();
}
} // namespace

class TestDemoFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isEmbedded();
    void loadsIntoASandbox();
    void hasTheDescribedPeople();
    void valuesLookReal();
    void demoBackendSignsInAsAdmin();
};

void TestDemoFixture::isEmbedded()
{
    const QByteArray fixture = DemoBackend::fixture();
    QVERIFY(!fixture.isEmpty());
    QJsonParseError error;
    QJsonDocument::fromJson(fixture, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!DemoBackend::adminApiKey(fixture).isEmpty());
}

void TestDemoFixture::loadsIntoASandbox()
{
    SandboxServer server{SandboxConfig{}};
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY2(server.loadFixture(DemoBackend::fixture(), &error), qPrintable(error));
}

void TestDemoFixture::hasTheDescribedPeople()
{
    const auto admins =
        usersWhere([](const QJsonObject &u) { return role(u) == QLatin1String("admin"); });
    QCOMPARE(admins.size(), 1);
    QVERIFY(admins.first()
                .value(QLatin1String("profile"))
                .toObject()
                .value(QLatin1String("title"))
                .toString()
                .contains(QLatin1String("Office Manager")));

    // A broker with a team of three agents.
    bool brokerWithThreeAgents = false;
    for (const QJsonObject &broker :
         usersWhere([](const QJsonObject &u) { return role(u) == QLatin1String("broker"); })) {
        for (const QJsonValue &managed : broker.value(QLatin1String("manages")).toArray()) {
            const auto agents = usersWhere([&](const QJsonObject &u) {
                return role(u) == QLatin1String("agent") && team(u) == managed.toString();
            });
            brokerWithThreeAgents = brokerWithThreeAgents || agents.size() == 3;
        }
    }
    QVERIFY(brokerWithThreeAgents);

    // A photographer managing a team with at least one other member.
    bool photographerWithTeam = false;
    for (const QJsonObject &photographer : usersWhere(
             [](const QJsonObject &u) { return role(u) == QLatin1String("photographer"); })) {
        for (const QJsonValue &managed : photographer.value(QLatin1String("manages")).toArray()) {
            const auto members = usersWhere([&](const QJsonObject &u) {
                return team(u) == managed.toString() && u != photographer;
            });
            photographerWithTeam = photographerWithTeam || !members.isEmpty();
        }
    }
    QVERIFY(photographerWithTeam);

    QVERIFY(!usersWhere([](const QJsonObject &u) {
                 return role(u) == QLatin1String("agent") &&
                        u.value(QLatin1String("team")).isNull();
             }).isEmpty());
}

void TestDemoFixture::valuesLookReal()
{
    const QRegularExpression phone(QStringLiteral("^\\+1 \\d{3} 555 01\\d\\d$"));
    QSet<QString> languages;
    for (const QJsonValue &value : fixtureUsers()) {
        const QJsonObject user = value.toObject();
        const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
        const QString who = user.value(QLatin1String("id")).toString();
        for (const char *key : {"phone", "cell_phone"}) {
            if (profile.contains(QLatin1String(key)))
                QVERIFY2(phone.match(profile.value(QLatin1String(key)).toString()).hasMatch(),
                         qPrintable(who));
        }
        for (auto it = profile.constBegin(); it != profile.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String("_url")))
                QVERIFY2(it.value().toString().startsWith(QLatin1String("https://")),
                         qPrintable(who));
        }
        for (const char *key : {"first_name", "last_name", "name", "email"})
            QVERIFY2(profile.contains(QLatin1String(key)),
                     qPrintable(who + QLatin1Char(' ') + QLatin1String(key)));
        const QJsonObject preferences = user.value(QLatin1String("preferences")).toObject();
        if (preferences.contains(QLatin1String("language")))
            languages.insert(preferences.value(QLatin1String("language")).toString());
    }
    QVERIFY(languages.contains(QStringLiteral("pt-BR")));
    QVERIFY(languages.contains(QStringLiteral("es-MX")));
}

void TestDemoFixture::demoBackendSignsInAsAdmin()
{
    DemoBackend backend;
    QString error;
    QVERIFY2(backend.start(&error), qPrintable(error));
    QCOMPARE(backend.baseUrl().host(), QStringLiteral("127.0.0.1"));

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(backend.baseUrl());
    client.setBearerToken(backend.apiKey());

    ApiJob *me = client.get(QStringLiteral("/api/v1/users/me"));
    QSignalSpy meSpy(me, &ApiJob::finished);
    QVERIFY(meSpy.wait(10000));
    const ApiResult meResult = meSpy.at(0).at(0).value<ApiResult>();
    QVERIFY2(meResult.ok(), qPrintable(meResult.error.message));
    QCOMPARE(meResult.value.toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("admin"));

    ApiJob *list = client.get(QStringLiteral("/api/v1/users"));
    QSignalSpy listSpy(list, &ApiJob::finished);
    QVERIFY(listSpy.wait(10000));
    const ApiResult listResult = listSpy.at(0).at(0).value<ApiResult>();
    QVERIFY(listResult.ok());
    QCOMPARE(listResult.value.toObject().value(QLatin1String("total")).toInt(),
             int(fixtureUsers().size()));

    // valara-desk --demo --me-api: the admin's Me API account, with a session token.
    client.setBearerToken(backend.sessionToken());
    ApiJob *account = client.get(QStringLiteral("/v1/me"));
    QSignalSpy accountSpy(account, &ApiJob::finished);
    QVERIFY(accountSpy.wait(10000));
    const ApiResult accountResult = accountSpy.at(0).at(0).value<ApiResult>();
    QVERIFY2(accountResult.ok(), qPrintable(accountResult.error.message));
    QCOMPARE(accountResult.value.toObject().value(QLatin1String("user_id")),
             meResult.value.toObject().value(QLatin1String("id")));
}

QTEST_GUILESS_MAIN(TestDemoFixture)
#include "tst_demo_fixture.moc"
