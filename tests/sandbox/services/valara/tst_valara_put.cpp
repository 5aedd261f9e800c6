// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for PUT /api/v1/users/{id}, the admins' full replacement: who may, absent and
// missing fields, read-only fields, duplicate e-mail (docs/api-contract.md R3, A1, A2, A4).
// Field values (A3, A5): tst_valara_put_values.cpp.
#include "SandboxHarness.h"
#include "ValaraContract.h"
#include "models/profile/ProfileEditor.h"
#include "models/profile/ProfileSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

const QStringList &requiredFields()
{
    static const QStringList fields{"name",      "email",          "role",
                                    "is_active", "email_verified", "account_status"};
    return fields;
}

const QStringList &optionalFields()
{
    static const QStringList fields{
        "first_name",    "last_name",          "phone",         "cell_phone",
        "avatar_url",    "display_name",       "display_email", "title",
        "tagline",       "brokerage_name",     "office_name",   "license_number",
        "license_state", "license_expiration", "bio",           "website_url",
        "facebook_url",  "instagram_url",      "linkedin_url",  "x_url",
        "youtube_url",   "tiktok_url",         "zillow_url",    "city",
        "state"};
    return fields;
}

const QStringList &readOnlyFields()
{
    static const QStringList fields{"id",         "org_id",    "team_id", "managed_team_ids",
                                    "created_at", "updated_at"};
    return fields;
}

} // namespace

class TestValaraPut : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void r3_putIsAdminOnly_data();
    void r3_putIsAdminOnly();
    void a1_absentOptionalFieldsBecomeNull();
    void a1_everySentFieldIsStored();
    void a1_missingRequiredFieldIs422Missing_data();
    void a1_missingRequiredFieldIs422Missing();
    void a1_emptyObjectReportsEveryRequiredField();
    void a2_readOnlyFieldsAreAcceptedAndIgnored();
    void a2_whatWasReadCanBeSentBack();
    void a2_whatWasReadWithOneChangeChangesOnlyThat_data();
    void a2_whatWasReadWithOneChangeChangesOnlyThat();
    void a2_idDifferentFromPathIs422();
    void a2_unknownFieldIs422ExtraForbidden();
    void a4_emailInUseIs409();

private:
    std::unique_ptr<SandboxHarness> m_h;
};

void TestValaraPut::init()
{
    // f1 has every profile field set, so that a field lost on the way shows.
    m_h = std::make_unique<SandboxHarness>(
        SandboxConfig(), SandboxHarness::contractFixtureWith("full-profile-user.json"));
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TestValaraPut::cleanup()
{
    m_h.reset();
}

void TestValaraPut::r3_putIsAdminOnly_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("target");
    QTest::newRow("agent on self") << AgentKey << "g1";
    QTest::newRow("broker on team member") << QByteArrayLiteral("key-broker-b1") << "g1";
    QTest::newRow("broker on self") << QByteArrayLiteral("key-broker-b1") << "b1";
    QTest::newRow("photographer on team member") << QByteArrayLiteral("key-photo-p1") << "g3";
    QTest::newRow("agent on teammate") << QByteArrayLiteral("key-agent-g2") << "g1";
    QTest::newRow("agent on admin") << AgentKey << "a1";
}

void TestValaraPut::r3_putIsAdminOnly()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, target);
    const QString path = QStringLiteral("/api/v1/users/") + target;
    const QJsonObject before = m_h->get(path, AdminKey).json();
    QJsonObject sent = before;
    sent.insert(QStringLiteral("title"), QStringLiteral("Replaced"));
    sent.insert(QStringLiteral("is_active"), true);
    sent.insert(QStringLiteral("email_verified"), true);
    sent.insert(QStringLiteral("account_status"), QStringLiteral("active"));
    const HttpReply r = m_h->put(path, key, compact(sent));
    VERIFY_STATUS(r, 403);
    QCOMPARE(r.json(), (QJsonObject{{"detail", "Admin role required"}}));
    QCOMPARE(m_h->get(path, AdminKey).json(), before);
    // The same request from an admin goes through.
    const HttpReply admin = m_h->put(path, AdminKey, compact(sent));
    VERIFY_STATUS(admin, 200);
    QCOMPARE(admin.json().value("title").toString(), QStringLiteral("Replaced"));
}

void TestValaraPut::a1_absentOptionalFieldsBecomeNull()
{
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    const HttpReply r = m_h->put(G1, AdminKey, compact(putBody({{"name", "Gina Q. Agent"}})));
    VERIFY_STATUS(r, 200);
    const QJsonObject user = r.json();
    QCOMPARE(user.keys().size(),
             requiredFields().size() + optionalFields().size() + readOnlyFields().size());
    for (const QString &field : optionalFields())
        QVERIFY2(user.value(field).isNull(), qPrintable(field + QLatin1Char(' ') + describe(r)));
    QCOMPARE(user.value("name").toString(), QStringLiteral("Gina Q. Agent"));
    QCOMPARE(user.value("is_active"), QJsonValue(true));
    QCOMPARE(user.value("email_verified"), QJsonValue(true));
    QCOMPARE(user.value("account_status").toString(), QStringLiteral("active"));
    for (const char *field : {"id", "org_id", "team_id", "managed_team_ids", "created_at"})
        QCOMPARE(user.value(QLatin1String(field)), before.value(QLatin1String(field)));
    QCOMPARE(m_h->get(G1, AgentKey).json(), user);
}

void TestValaraPut::a1_everySentFieldIsStored()
{
    QJsonObject sent = putBody({{"name", "Gina New"},
                                {"email", "gina.new@valara.test"},
                                {"role", "broker"},
                                {"is_active", false},
                                {"email_verified", false},
                                {"account_status", "suspended"}});
    for (const QString &field : optionalFields())
        sent.insert(field, QStringLiteral("x"));
    for (const char *url : {"avatar_url", "website_url", "facebook_url", "instagram_url",
                            "linkedin_url", "x_url", "youtube_url", "tiktok_url", "zillow_url"})
        sent.insert(QLatin1String(url),
                    QStringLiteral("https://example.com/") + QLatin1String(url));
    sent.insert(QStringLiteral("phone"), QStringLiteral("+1 512 555 0199"));
    sent.insert(QStringLiteral("cell_phone"), QStringLiteral("(512) 555-0100"));
    sent.insert(QStringLiteral("display_email"), QStringLiteral("hi@gina.example.com"));
    sent.insert(QStringLiteral("license_expiration"), QStringLiteral("2027-06-30"));
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent));
    VERIFY_STATUS(r, 200);
    for (auto it = sent.begin(); it != sent.end(); ++it)
        QVERIFY2(r.json().value(it.key()) == it.value(), qPrintable(it.key() + describe(r)));
    QCOMPARE(m_h->get(G1, AdminKey).json(), r.json());
}

void TestValaraPut::a1_missingRequiredFieldIs422Missing_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : requiredFields())
        QTest::newRow(qPrintable(field)) << field;
}

void TestValaraPut::a1_missingRequiredFieldIs422Missing()
{
    QFETCH(QString, field);
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    QJsonObject sent = putBody({{"title", "Not applied"}});
    sent.remove(field);
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent));
    VERIFY_STATUS(r, 422);
    QCOMPARE(typesByLoc(r), (QMap<QString, QString>{{bodyLoc(field), "missing"}}));
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
}

void TestValaraPut::a1_emptyObjectReportsEveryRequiredField()
{
    const HttpReply r = m_h->put(G1, AdminKey, "{}");
    VERIFY_STATUS(r, 422);
    QMap<QString, QString> expected;
    for (const QString &field : requiredFields())
        expected.insert(bodyLoc(field), QStringLiteral("missing"));
    QCOMPARE(typesByLoc(r), expected);
    QCOMPARE(r.detailList().size(), requiredFields().size());
}

void TestValaraPut::a2_readOnlyFieldsAreAcceptedAndIgnored()
{
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    const QJsonObject sent = putBody({{"id", "g1"},
                                      {"org_id", "org-9"},
                                      {"team_id", "t9"},
                                      {"managed_team_ids", QJsonArray{"t7"}},
                                      {"created_at", "2000-01-01T00:00:00Z"},
                                      {"updated_at", "2000-01-01T00:00:00Z"}});
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent));
    VERIFY_STATUS(r, 200);
    for (const char *field : {"id", "org_id", "team_id", "managed_team_ids", "created_at"})
        QCOMPARE(r.json().value(QLatin1String(field)), before.value(QLatin1String(field)));
    QVERIFY(r.json().value("updated_at") != QJsonValue("2000-01-01T00:00:00Z"));
    QCOMPARE(m_h->get(G1, AdminKey).json(), r.json());
}

void TestValaraPut::a2_whatWasReadCanBeSentBack()
{
    const QJsonObject full = m_h->get(userPath("f1"), AdminKey).json();
    for (const ProfileSchema::Field &field : ProfileSchema::fields())
        QVERIFY2(!full.value(field.key).isNull(), qPrintable(field.key));
    // a1 has every admin-only field set in the fixture; g1 gets them from a first PUT.
    QVERIFY(m_h->put(G1, AdminKey, compact(putBody({{"city", "Austin"}}))).status == 200);
    for (const QString &id : {QStringLiteral("f1"), QStringLiteral("a1"), QStringLiteral("g1")}) {
        const QString path = QStringLiteral("/api/v1/users/") + id;
        const QJsonObject read = m_h->get(path, AdminKey).json();
        const HttpReply r = m_h->put(path, AdminKey, compact(read));
        VERIFY_STATUS(r, 200);
        QCOMPARE(withoutUpdatedAt(r.json()), withoutUpdatedAt(read));
        QCOMPARE(withoutUpdatedAt(m_h->get(path, AdminKey).json()), withoutUpdatedAt(read));
    }
}

void TestValaraPut::a2_whatWasReadWithOneChangeChangesOnlyThat_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("email") << "email" << QJsonValue("fern.new@valara.test");
    QTest::newRow("account_status") << "account_status" << QJsonValue("suspended");
    QTest::newRow("title") << "title" << QJsonValue("Broker Associate");
    QTest::newRow("phone cleared") << "phone" << QJsonValue();
}

// What the app sends (ProfileEditor::fullRepresentation: the user as read, one field changed)
// changes that field and nothing else.
void TestValaraPut::a2_whatWasReadWithOneChangeChangesOnlyThat()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QJsonObject before = m_h->get(userPath("f1"), AdminKey).json();
    const QJsonObject sent = ProfileEditor::fullRepresentation(before, QJsonObject{{field, value}});
    const HttpReply r = m_h->put(userPath("f1"), AdminKey, compact(sent));
    VERIFY_STATUS(r, 200);
    const QJsonObject after = m_h->get(userPath("f1"), AdminKey).json();
    QCOMPARE(after.value(field), value);
    for (const QString &key : userObjectFields()) {
        if (key != field && key != QLatin1String("updated_at"))
            QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
    }
}

void TestValaraPut::a2_idDifferentFromPathIs422()
{
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    const HttpReply r = m_h->put(G1, AdminKey, compact(putBody({{"id", "g2"}, {"title", "X"}})));
    VERIFY_STATUS(r, 422);
    QCOMPARE(typesByLoc(r).keys(), QStringList{bodyLoc("id")});
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
    QCOMPARE(m_h->get(QStringLiteral("/api/v1/users/g2"), AdminKey).json().value("name").toString(),
             QStringLiteral("Gus Agent"));
}

void TestValaraPut::a2_unknownFieldIs422ExtraForbidden()
{
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    for (const char *field : {"favorite_color", "api_key", "password"}) {
        const HttpReply r = m_h->put(G1, AdminKey, compact(putBody({{QLatin1String(field), "x"}})));
        VERIFY_STATUS(r, 422);
        QCOMPARE(typesByLoc(r),
                 (QMap<QString, QString>{{bodyLoc(QLatin1String(field)), "extra_forbidden"}}));
    }
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
}

void TestValaraPut::a4_emailInUseIs409()
{
    const QJsonObject before = m_h->get(G1, AdminKey).json();
    HttpReply r = m_h->put(G1, AdminKey, compact(putBody({{"email", "bruno@valara.test"}})));
    VERIFY_STATUS(r, 409);
    QCOMPARE(r.json(), (QJsonObject{{"detail", "Email already in use"}}));
    QCOMPARE(m_h->get(G1, AdminKey).json(), before);
    // Keeping one's own e-mail is no conflict; a freed e-mail can be taken.
    r = m_h->put(G1, AdminKey, compact(putBody()));
    VERIFY_STATUS(r, 200);
    r = m_h->put(G1, AdminKey, compact(putBody({{"email", "gina.moved@valara.test"}})));
    VERIFY_STATUS(r, 200);
    r = m_h->put(QStringLiteral("/api/v1/users/g2"), AdminKey,
                 compact(putBody({{"name", "Gus Agent"}, {"email", "gina@valara.test"}})));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().value("email").toString(), QStringLiteral("gina@valara.test"));
}

QTEST_GUILESS_MAIN(TestValaraPut)
#include "tst_valara_put.moc"
