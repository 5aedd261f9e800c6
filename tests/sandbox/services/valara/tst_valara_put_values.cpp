// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for the field values of PUT /api/v1/users/{id}: roles, statuses, booleans,
// e-mail, and the PATCH field rules (docs/api-contract.md A3, A5).
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

class TestValaraPutValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void a3_rolesStatusesBooleansAndEmail_data();
    void a3_rolesStatusesBooleansAndEmail();
    void a5_camelCaseIsAcceptedAndAnswerIsSnakeCase();
    void a5_sameFieldRulesAsPatch_data();
    void a5_sameFieldRulesAsPatch();
    void a5_allProblemsAtOnceBefore404And403();

private:
    std::unique_ptr<SandboxHarness> m_h;
};

void TestValaraPutValues::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TestValaraPutValues::cleanup()
{
    m_h.reset();
}

void TestValaraPutValues::a3_rolesStatusesBooleansAndEmail_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("type"); // for refusals; empty when the contract names none
    const QString boolType = QStringLiteral("bool_type");
    for (const char *role : {"admin", "broker", "photographer", "agent"})
        QTest::addRow("role %s", role) << "role" << QJsonValue(role) << true << QString();
    for (const char *status : {"active", "pending", "suspended", "deactivated"})
        QTest::addRow("status %s", status)
            << "account_status" << QJsonValue(status) << true << QString();
    for (const char *role : {"superuser", "Admin", ""})
        QTest::addRow("role '%s'", role) << "role" << QJsonValue(role) << false << QString();
    QTest::newRow("role null") << "role" << QJsonValue() << false << QString();
    for (const char *status : {"banned", "Active", ""})
        QTest::addRow("status '%s'", status)
            << "account_status" << QJsonValue(status) << false << QString();
    QTest::newRow("is_active false") << "is_active" << QJsonValue(false) << true << QString();
    QTest::newRow("is_active string") << "is_active" << QJsonValue("true") << false << boolType;
    QTest::newRow("is_active 1") << "is_active" << QJsonValue(1) << false << boolType;
    QTest::newRow("is_active 0") << "is_active" << QJsonValue(0) << false << boolType;
    QTest::newRow("is_active null") << "is_active" << QJsonValue() << false << boolType;
    QTest::newRow("email_verified string")
        << "email_verified" << QJsonValue("false") << false << boolType;
    QTest::newRow("email new") << "email" << QJsonValue("gina.q@valara.test") << true << QString();
    for (const char *email : {"not-an-email", "", "gina@", "@valara.test", "gina@valara"})
        QTest::addRow("email '%s'", email) << "email" << QJsonValue(email) << false << QString();
    QTest::newRow("email null") << "email" << QJsonValue() << false << QString();
    QTest::newRow("email number") << "email" << QJsonValue(7) << false << QString();
}

void TestValaraPutValues::a3_rolesStatusesBooleansAndEmail()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(QString, type);
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    const HttpReply r = m_h->put(G1, AdminKey, compact(putBody({{field, value}})));
    if (accepted) {
        VERIFY_STATUS(r, 200);
        QCOMPARE(r.json().value(field), value);
        QCOMPARE(m_h->get(G1, AdminKey).json().value(field), value);
        return;
    }
    VERIFY_STATUS(r, 422);
    const QMap<QString, QString> types = typesByLoc(r);
    QCOMPARE(types.keys(), QStringList{bodyLoc(field)});
    if (!type.isEmpty())
        QCOMPARE(types.value(bodyLoc(field)), type);
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
}

void TestValaraPutValues::a5_camelCaseIsAcceptedAndAnswerIsSnakeCase()
{
    QJsonObject sent = putBody();
    for (const char *snake : {"is_active", "email_verified", "account_status"})
        sent.remove(QLatin1String(snake));
    sent.insert(QStringLiteral("isActive"), false);
    sent.insert(QStringLiteral("emailVerified"), true);
    sent.insert(QStringLiteral("accountStatus"), QStringLiteral("pending"));
    sent.insert(QStringLiteral("displayName"), QStringLiteral("John D."));
    sent.insert(QStringLiteral("cellPhone"), QStringLiteral("+1-555-0123"));
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent));
    VERIFY_STATUS(r, 200);
    const QJsonObject user = r.json();
    QCOMPARE(user.value("is_active"), QJsonValue(false));
    QCOMPARE(user.value("email_verified"), QJsonValue(true));
    QCOMPARE(user.value("account_status").toString(), QStringLiteral("pending"));
    QCOMPARE(user.value("display_name").toString(), QStringLiteral("John D."));
    QCOMPARE(user.value("cell_phone").toString(), QStringLiteral("+1-555-0123"));
    for (const char *camel :
         {"isActive", "emailVerified", "accountStatus", "displayName", "cellPhone"})
        QVERIFY2(!user.contains(QLatin1String(camel)), camel);
}

void TestValaraPutValues::a5_sameFieldRulesAsPatch_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("loc");
    QTest::addColumn<QString>("type");
    QTest::newRow("bad url") << QJsonObject{{"website_url", "ftp://x.example.com"}} << "website_url"
                             << QString();
    QTest::newRow("bad url, camel")
        << QJsonObject{{"websiteUrl", "nope"}} << "websiteUrl" << QString();
    QTest::newRow("bad phone") << QJsonObject{{"cell_phone", "12"}} << "cell_phone" << QString();
    QTest::newRow("control char") << QJsonObject{{"title", QStringLiteral("a\u0001b")}} << "title"
                                  << QString();
    QTest::newRow("blank name") << QJsonObject{{"name", " "}} << "name" << QString();
    QTest::newRow("bad date") << QJsonObject{{"license_expiration", "2027-02-30"}}
                              << "license_expiration" << QString();
    QTest::newRow("too long bio") << QJsonObject{{"bio", QString(2001, QLatin1Char('b'))}} << "bio"
                                  << QString();
    QTest::newRow("not a string") << QJsonObject{{"city", 5}} << "city" << QString();
    QTest::newRow("duplicate") << QJsonObject{{"isActive", true}} << "isActive"
                               << QStringLiteral("duplicate_field");
}

void TestValaraPutValues::a5_sameFieldRulesAsPatch()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, loc);
    QFETCH(QString, type);
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    QSignalSpy spy(&m_h->server(), &SandboxServer::exchangeCompleted);
    const HttpReply r = m_h->put(G1, AdminKey, compact(putBody(overrides)));
    VERIFY_STATUS(r, 422);
    const QMap<QString, QString> types = typesByLoc(r);
    if (type == QLatin1String("duplicate_field")) // either spelling may carry the error
        QVERIFY2(types.values() == QStringList{type}, qPrintable(describe(r)));
    else
        QCOMPARE(types.keys(), QStringList{bodyLoc(loc)});
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
}

void TestValaraPutValues::a5_allProblemsAtOnceBefore404And403()
{
    QJsonObject sent =
        putBody({{"name", ""}, {"role", "boss"}, {"is_active", "yes"}, {"websiteUrl", "x"}});
    sent.remove(QStringLiteral("email"));
    const QStringList locs{bodyLoc("name"), bodyLoc("role"), bodyLoc("is_active"),
                           bodyLoc("websiteUrl"), bodyLoc("email")};
    const QList<QPair<QString, QByteArray>> attempts{
        {"g1", AdminKey}, {"zz", AdminKey}, {"g1", AgentKey}, {"g2", AgentKey}};
    for (const auto &[target, key] : attempts) {
        const HttpReply r = m_h->put(QStringLiteral("/api/v1/users/") + target, key, compact(sent));
        VERIFY_STATUS(r, 422);
        const QMap<QString, QString> types = typesByLoc(r);
        QCOMPARE(QSet<QString>(types.keyBegin(), types.keyEnd()),
                 QSet<QString>(locs.begin(), locs.end()));
        QCOMPARE(r.detailList().size(), locs.size());
        QCOMPARE(types.value(bodyLoc("is_active")), QStringLiteral("bool_type"));
        QCOMPARE(types.value(bodyLoc("email")), QStringLiteral("missing"));
    }
}

QTEST_GUILESS_MAIN(TestValaraPutValues)
#include "tst_valara_put_values.moc"
