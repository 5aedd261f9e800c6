// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for ETags and If-Match on /api/v1/users/{id}, a sandbox option (--etags,
// SandboxConfig::etags) that is off by default (docs/api-contract.md A6, "Sandbox-only
// behaviour").
#include "SandboxHarness.h"
#include "ValaraContract.h"
#include "sandbox/http/EntityTag.h"

#include <QJsonObject>
#include <QtTest>

using namespace valara;
using namespace valara::sandbox;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

SandboxConfig withETags()
{
    SandboxConfig config;
    config.etags = true;
    return config;
}

const QByteArray PreconditionFailed =
    QByteArrayLiteral("Precondition Failed: If-Match does not match the user's current ETag");

} // namespace

class TestValaraETags : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_h.reset(); }

    void a6_offByDefault_noETagAndIfMatchIgnored();
    void a6_userAnswersCarryAStrongETag();
    void a6_otherAnswersCarryNone();
    void a6_etagChangesWithTheRepresentation();
    void a6_putWithStaleIfMatchIs412AndChangesNothing();
    void a6_putWithMatchingIfMatchProceeds_data();
    void a6_putWithMatchingIfMatchProceeds();
    void a6_patchHonoursIfMatchToo();
    void a6_schemaNotFoundAndForbiddenComeFirst();
    void ifMatchLists_data();
    void ifMatchLists();

private:
    bool start(const SandboxConfig &config = withETags())
    {
        m_h = std::make_unique<SandboxHarness>(config);
        return m_h->isReady();
    }
    QByteArray etagOfG1() { return m_h->get(G1, AdminKey).header("ETag"); }

    std::unique_ptr<SandboxHarness> m_h;
};

void TestValaraETags::a6_offByDefault_noETagAndIfMatchIgnored()
{
    QVERIFY(start(SandboxConfig()));
    const HttpReply read = m_h->get(G1, AdminKey);
    VERIFY_STATUS(read, 200);
    QVERIFY(read.header("ETag").isEmpty());
    const HttpReply patched =
        m_h->patch(G1, AgentKey, R"({"title":"Patched"})", {{"If-Match", "\"stale\""}});
    VERIFY_STATUS(patched, 200);
    QVERIFY(patched.header("ETag").isEmpty());
    QJsonObject sent = read.json();
    sent.insert(QStringLiteral("tagline"), QStringLiteral("Put"));
    const HttpReply put = m_h->put(G1, AdminKey, compact(sent), {{"If-Match", "\"stale\""}});
    VERIFY_STATUS(put, 200);
    QVERIFY(put.header("ETag").isEmpty());
    QCOMPARE(put.json().value("tagline").toString(), QStringLiteral("Put"));
}

void TestValaraETags::a6_userAnswersCarryAStrongETag()
{
    QVERIFY(start());
    const HttpReply read = m_h->get(G1, AdminKey);
    VERIFY_STATUS(read, 200);
    const QByteArray etag = read.header("ETag");
    QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
    QCOMPARE(etag.count('"'), 2);                          // strong: no W/ prefix
    QCOMPARE(m_h->get(G1, AgentKey).header("ETag"), etag); // the same for every reader
    QCOMPARE(m_h->get(QStringLiteral("/api/v1/users/me"), AgentKey).header("ETag"), etag);

    const HttpReply patched = m_h->patch(G1, AgentKey, R"({"title":"Patched"})");
    VERIFY_STATUS(patched, 200);
    QVERIFY(!patched.header("ETag").isEmpty());
    QCOMPARE(patched.header("ETag"), etagOfG1()); // the answer's ETag is the new one
    const HttpReply put = m_h->put(G1, AdminKey, compact(m_h->get(G1, AdminKey).json()));
    VERIFY_STATUS(put, 200);
    QCOMPARE(put.header("ETag"), etagOfG1());
}

void TestValaraETags::a6_otherAnswersCarryNone()
{
    QVERIFY(start());
    VERIFY_STATUS(m_h->get(QStringLiteral("/api/v1/users"), AdminKey), 200);
    QVERIFY(m_h->get(QStringLiteral("/api/v1/users"), AdminKey).header("ETag").isEmpty());
    QVERIFY(m_h->get(preferencesPath("g1"), AgentKey).header("ETag").isEmpty());
    QVERIFY(m_h->get(userPath("g2"), AgentKey).header("ETag").isEmpty());     // 403
    QVERIFY(m_h->get(userPath("nobody"), AdminKey).header("ETag").isEmpty()); // 404
}

void TestValaraETags::a6_etagChangesWithTheRepresentation()
{
    QVERIFY(start());
    QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    m_h->server().setClock([&now] { return now; });
    const QByteArray first = etagOfG1();
    QCOMPARE(etagOfG1(), first); // stable while nothing changes

    VERIFY_STATUS(m_h->patch(G1, AgentKey, R"({"bio":"Rewritten."})"), 200);
    const QByteArray afterBio = etagOfG1();
    QVERIFY(afterBio != first);

    // A preferences change moves updated_at, which is part of the user object.
    now = now.addSecs(5);
    VERIFY_STATUS(m_h->patch(preferencesPath("g1"), AgentKey, R"({"theme":"dark"})"), 200);
    QVERIFY(etagOfG1() != afterBio);
    // Another user's change does not touch g1's.
    const QByteArray g1 = etagOfG1();
    now = now.addSecs(5);
    VERIFY_STATUS(m_h->patch(userPath("g2"), "key-agent-g2", R"({"title":"Other"})"), 200);
    QCOMPARE(etagOfG1(), g1);
}

void TestValaraETags::a6_putWithStaleIfMatchIs412AndChangesNothing()
{
    QVERIFY(start());
    const HttpReply read = m_h->get(G1, AdminKey);
    // Gina changes her bio between the admin's read and write.
    VERIFY_STATUS(m_h->patch(G1, AgentKey, R"({"bio":"Mine, not yours."})"), 200);
    const QJsonObject between = m_h->get(G1, AdminKey).json();

    QJsonObject sent = read.json();
    sent.insert(QStringLiteral("account_status"), QStringLiteral("suspended"));
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent), {{"If-Match", read.header("ETag")}});
    VERIFY_STATUS(r, 412);
    QCOMPARE(r.json(), (QJsonObject{{"detail", QString::fromUtf8(PreconditionFailed)}}));
    QVERIFY(r.header("ETag").isEmpty());
    QCOMPARE(m_h->get(G1, AdminKey).json(), between);
}

void TestValaraETags::a6_putWithMatchingIfMatchProceeds_data()
{
    QTest::addColumn<QByteArray>("ifMatch"); // CURRENT stands for the current ETag
    QTest::newRow("the current ETag") << QByteArray("CURRENT");
    QTest::newRow("*") << QByteArray("*");
    QTest::newRow("in a list") << QByteArray("\"old\", CURRENT");
    QTest::newRow("in a list without spaces") << QByteArray("CURRENT,\"old\"");
}

void TestValaraETags::a6_putWithMatchingIfMatchProceeds()
{
    QFETCH(QByteArray, ifMatch);
    QVERIFY(start());
    const HttpReply read = m_h->get(G1, AdminKey);
    ifMatch.replace("CURRENT", read.header("ETag"));
    QJsonObject sent = read.json();
    sent.insert(QStringLiteral("account_status"), QStringLiteral("suspended"));
    const HttpReply r = m_h->put(G1, AdminKey, compact(sent), {{"If-Match", ifMatch}});
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().value("account_status").toString(), QStringLiteral("suspended"));
    // The answer's ETag is the new one: a second write with it goes through, the old one not.
    sent.insert(QStringLiteral("title"), QStringLiteral("Second"));
    VERIFY_STATUS(m_h->put(G1, AdminKey, compact(sent), {{"If-Match", read.header("ETag")}}), 412);
    VERIFY_STATUS(m_h->put(G1, AdminKey, compact(sent), {{"If-Match", r.header("ETag")}}), 200);
}

void TestValaraETags::a6_patchHonoursIfMatchToo()
{
    QVERIFY(start());
    const QByteArray stale = etagOfG1();
    VERIFY_STATUS(m_h->patch(G1, AgentKey, R"({"bio":"Changed."})"), 200);
    const QJsonObject between = m_h->get(G1, AdminKey).json();
    for (const QByteArray &body : {QByteArray(R"({"title":"Late"})"), QByteArray("{}")}) {
        const HttpReply r = m_h->patch(G1, AgentKey, body, {{"If-Match", stale}});
        VERIFY_STATUS(r, 412);
        QCOMPARE(r.detail().toUtf8(), PreconditionFailed);
    }
    QCOMPARE(m_h->get(G1, AdminKey).json(), between);
    const HttpReply r = m_h->patch(G1, AgentKey, R"({"title":"Late"})", {{"If-Match", etagOfG1()}});
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().value("title").toString(), QStringLiteral("Late"));
}

void TestValaraETags::a6_schemaNotFoundAndForbiddenComeFirst()
{
    QVERIFY(start());
    const SandboxHarness::Headers stale{{"If-Match", "\"stale\""}};
    QCOMPARE(m_h->put(G1, AdminKey, R"({"name":"No e-mail"})", stale).status, 422);
    QCOMPARE(m_h->patch(G1, AgentKey, R"({"role":"admin"})", stale).status, 422);
    QCOMPARE(m_h->put(userPath("nobody"), AdminKey, compact(putBody()), stale).status, 404);
    QCOMPARE(m_h->put(G1, AgentKey, compact(putBody()), stale).status, 403);
    QCOMPARE(m_h->patch(userPath("g2"), AgentKey, R"({"title":"X"})", stale).status, 403);
    // A conflict the client can fix by reading again comes before the e-mail check (A4).
    QCOMPARE(
        m_h->put(G1, AdminKey, compact(putBody({{"email", "bruno@valara.test"}})), stale).status,
        412);
}

void TestValaraETags::ifMatchLists_data()
{
    QTest::addColumn<QByteArray>("ifMatch");
    QTest::addColumn<bool>("matches");
    const QByteArray current = "\"abc\"";
    QTest::newRow("same") << current << true;
    QTest::newRow("star") << QByteArray(" * ") << true;
    QTest::newRow("other") << QByteArray("\"abd\"") << false;
    QTest::newRow("weak same") << QByteArray("W/\"abc\"") << false;
    QTest::newRow("list") << QByteArray("\"x\" , W/\"abc\",\t\"abc\"") << true;
    QTest::newRow("unquoted") << QByteArray("abc") << false;
    QTest::newRow("unterminated") << QByteArray("\"abc") << false;
    QTest::newRow("garbage after a tag") << QByteArray("\"abc\"x") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("star in a list") << QByteArray("\"x\", *") << false;
}

void TestValaraETags::ifMatchLists()
{
    QFETCH(QByteArray, ifMatch);
    QFETCH(bool, matches);
    QCOMPARE(EntityTag::listMatches(ifMatch, "\"abc\""), matches);
}

QTEST_GUILESS_MAIN(TestValaraETags)
#include "tst_valara_etags.moc"
