// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Contract tests for the value rules of PATCH /api/v1/users/{id}: clearing, control characters,
// lengths, phones, URLs, e-mail and dates (docs/api-contract.md U6-U9).
#include "SandboxHarness.h"
#include "ValaraContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace valara;
using namespace valara::testing;

using namespace ValaraContract;

namespace {

const QStringList &urlFields()
{
    static const QStringList fields{"avatar_url",    "website_url",  "facebook_url",
                                    "instagram_url", "linkedin_url", "x_url",
                                    "youtube_url",   "tiktok_url",   "zillow_url"};
    return fields;
}

// A URL of exactly `length` characters.
QString urlOfLength(int length)
{
    const QString start = QStringLiteral("https://example.com/");
    return start + QString(length - start.size(), QLatin1Char('a'));
}

// An e-mail of exactly `length` characters (local part <= 64, labels <= 63).
QString emailOfLength(int length)
{
    const QString head = QString(64, QLatin1Char('a')) + QLatin1Char('@') +
                         QString(63, QLatin1Char('b')) + QLatin1Char('.') +
                         QString(63, QLatin1Char('c')) + QLatin1Char('.');
    return head + QString(length - head.size() - 4, QLatin1Char('d')) + QStringLiteral(".com");
}

} // namespace

class TestValaraProfileValues : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void u6_nullOrEmptyStringClearsField_data();
    void u6_nullOrEmptyStringClearsField();
    void u6_nameCannotBeClearedOrBlank_data();
    void u6_nameCannotBeClearedOrBlank();
    void u6_nonStringValueIsRefused_data();
    void u6_nonStringValueIsRefused();
    void u6_controlCharacters_data();
    void u6_controlCharacters();
    void u6_lengthLimitsInCharacters_data();
    void u6_lengthLimitsInCharacters();
    void u7_phones_data();
    void u7_phones();
    void u8_urls_data();
    void u8_urls();
    void u8_everyUrlFieldIsChecked_data();
    void u8_everyUrlFieldIsChecked();
    void u8_displayEmail_data();
    void u8_displayEmail();
    void u8_licenseExpirationIsValidDate_data();
    void u8_licenseExpirationIsValidDate();

private:
    // Sends {field: value} for g1 and checks the rule: accepted and stored exactly (or cleared to
    // null when `stored` is null), or refused with 422 at ["body", field] and nothing applied.
    void check(const QString &field, const QJsonValue &value, bool accepted,
               const QJsonValue &stored = QJsonValue::Undefined);

    std::unique_ptr<SandboxHarness> m_h;
};

void TestValaraProfileValues::init()
{
    m_h = std::make_unique<SandboxHarness>();
    QVERIFY2(m_h->isReady(), qPrintable(m_h->error()));
}

void TestValaraProfileValues::cleanup()
{
    m_h.reset();
}

void TestValaraProfileValues::check(const QString &field, const QJsonValue &value, bool accepted,
                                    const QJsonValue &stored)
{
    const QJsonObject before = m_h->get(G1, AgentKey).json();
    QVERIFY(!before.isEmpty());
    QSignalSpy spy(&m_h->server(), &SandboxServer::exchangeCompleted);
    const HttpReply r = m_h->patch(G1, AgentKey, compact({{field, value}}));
    if (accepted) {
        VERIFY_STATUS(r, 200);
        QJsonObject expected = withoutUpdatedAt(before);
        expected.insert(field, stored.isUndefined() ? value : stored);
        QCOMPARE(withoutUpdatedAt(r.json()), expected);
        QCOMPARE(withoutUpdatedAt(m_h->get(G1, AgentKey).json()), expected);
        return;
    }
    VERIFY_STATUS(r, 422);
    QVERIFY2(r.json().value(QLatin1String("detail")).isArray(), qPrintable(describe(r)));
    const QJsonArray detail = r.detailList();
    QVERIFY2(detail.size() == 1, qPrintable(describe(r)));
    const QJsonObject entry = detail.first().toObject();
    QCOMPARE(entry.value(QLatin1String("loc")).toArray(), (QJsonArray{"body", field}));
    QVERIFY(!entry.value(QLatin1String("type")).toString().isEmpty());
    QVERIFY(entry.value(QLatin1String("msg")).isString());
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(m_h->get(G1, AgentKey).json(), before);
}

void TestValaraProfileValues::u6_nullOrEmptyStringClearsField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    for (const char *field :
         {"title", "city", "state", "website_url", "bio", "first_name", "last_name"}) {
        QTest::addRow("%s null", field) << QString::fromLatin1(field) << QJsonValue();
        QTest::addRow("%s empty", field) << QString::fromLatin1(field) << QJsonValue("");
    }
}

void TestValaraProfileValues::u6_nullOrEmptyStringClearsField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QVERIFY(!m_h->get(G1, AgentKey).json().value(field).isNull()); // set in the fixture
    check(field, value, true, QJsonValue());
}

void TestValaraProfileValues::u6_nameCannotBeClearedOrBlank_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << QJsonValue();
    QTest::newRow("empty") << QJsonValue("");
    QTest::newRow("spaces") << QJsonValue("   ");
}

void TestValaraProfileValues::u6_nameCannotBeClearedOrBlank()
{
    QFETCH(QJsonValue, value);
    check(QStringLiteral("name"), value, false);
}

void TestValaraProfileValues::u6_nonStringValueIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << "title" << QJsonValue(5);
    QTest::newRow("boolean") << "city" << QJsonValue(true);
    QTest::newRow("array") << "bio" << QJsonValue(QJsonArray{"a"});
    QTest::newRow("object") << "website_url" << QJsonValue(QJsonObject{{"href", "https://a.b"}});
    QTest::newRow("number as phone") << "phone" << QJsonValue(4155550101.0);
}

void TestValaraProfileValues::u6_nonStringValueIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    check(field, value, false);
}

void TestValaraProfileValues::u6_controlCharacters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("bio tab and newline") << "bio"
                                         << "a\tb\nc" << true;
    QTest::newRow("bio NUL") << "bio" << QStringLiteral("a\u0000b") << false;
    QTest::newRow("bio ESC") << "bio"
                             << "a\x1b[31mb" << false;
    QTest::newRow("title SOH") << "title"
                               << "a\x01"
                                  "b"
                               << false;
    QTest::newRow("title tab") << "title"
                               << "a\tb" << false;
    QTest::newRow("city newline") << "city"
                                  << "Aus\ntin" << false;
    QTest::newRow("name DEL") << "name"
                              << "Gina\x7f" << false;
    QTest::newRow("tagline NEL") << "tagline" << QStringLiteral("a\u0085b") << false;
    QTest::newRow("display_name CR") << "display_name"
                                     << "a\rb" << false;
}

void TestValaraProfileValues::u6_controlCharacters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(field, value, accepted);
}

void TestValaraProfileValues::u6_lengthLimitsInCharacters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    // Text in 'é' (2 UTF-8 bytes, 1 character): byte counting would refuse the limit.
    const QList<QPair<const char *, int>> text{
        {"name", 100},          {"first_name", 100},     {"last_name", 100},
        {"display_name", 100},  {"title", 100},          {"city", 100},
        {"tagline", 160},       {"brokerage_name", 120}, {"office_name", 120},
        {"license_number", 40}, {"license_state", 50},   {"state", 50},
        {"bio", 2000}};
    for (const auto &[field, limit] : text) {
        QTest::addRow("%s %d", field, limit)
            << QString::fromLatin1(field) << QString(limit, QChar(0xE9)) << true;
        QTest::addRow("%s %d", field, limit + 1)
            << QString::fromLatin1(field) << QString(limit + 1, QChar(0xE9)) << false;
    }
    for (const QString &field : urlFields()) {
        QTest::addRow("%s 2048", qPrintable(field)) << field << urlOfLength(2048) << true;
        QTest::addRow("%s 2049", qPrintable(field)) << field << urlOfLength(2049) << false;
    }
    QTest::newRow("display_email 254") << "display_email" << emailOfLength(254) << true;
    QTest::newRow("display_email 255") << "display_email" << emailOfLength(255) << false;
    // 15 digits either way; only the length differs.
    const QString phone32 = QStringLiteral("+(1) 2 3 4 5 6 7 8 9 0 1 2 3 4 5");
    QCOMPARE(phone32.size(), 32);
    for (const char *field : {"phone", "cell_phone"}) {
        QTest::addRow("%s 32", field) << QString::fromLatin1(field) << phone32 << true;
        QTest::addRow("%s 33", field)
            << QString::fromLatin1(field) << phone32 + QLatin1Char('.') << false;
    }
}

void TestValaraProfileValues::u6_lengthLimitsInCharacters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(field, value, accepted);
}

void TestValaraProfileValues::u7_phones_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QList<QPair<const char *, bool>> values{{"+1-555-0123", true},
                                                  {"+1 415 555 0101", true},
                                                  {"(415) 555.0101", true},
                                                  {"4155550101", true},
                                                  {"1234567", true},
                                                  {"123456789012345", true},
                                                  {"+44 (20) 7946-0958", true},
                                                  {"123456", false},
                                                  {"1234567890123456", false},
                                                  {"1-555-CALL-NOW", false},
                                                  {"1+5550123456", false},
                                                  {"++15550123", false},
                                                  {"+1/555/0123", false},
                                                  {"555 0123 ext 5", false},
                                                  {"+", false},
                                                  {"() - .", false},
                                                  {"+1 555 0123#", false},
                                                  {"+1_555_0123", false}};
    for (const char *field : {"phone", "cell_phone"}) {
        for (const auto &[value, accepted] : values) {
            QTest::addRow("%s '%s'", field, value)
                << QString::fromLatin1(field) << QString::fromLatin1(value) << accepted;
        }
    }
}

void TestValaraProfileValues::u7_phones()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(field, value, accepted); // accepted phones are kept exactly as sent
}

void TestValaraProfileValues::u8_urls_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QList<QPair<const char *, bool>> values{{"https://example.com", true},
                                                  {"http://example.com/path?q=1#x", true},
                                                  {"https://sub.example.co.uk:8443/a", true},
                                                  {"https://192.0.2.10/profile", true},
                                                  {"example.com", false},
                                                  {"www.example.com/gina", false},
                                                  {"ftp://example.com", false},
                                                  {"https://", false},
                                                  {"https:///path", false},
                                                  {"javascript:alert(1)", false},
                                                  {"mailto:gina@example.com", false},
                                                  {"//example.com", false},
                                                  {"http//example.com", false},
                                                  {"/relative/path", false},
                                                  {"https://exa mple.com", false},
                                                  {"file:///etc/passwd", false}};
    for (const auto &[value, accepted] : values)
        QTest::newRow(value) << QString::fromLatin1(value) << accepted;
}

void TestValaraProfileValues::u8_urls()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(QStringLiteral("website_url"), value, accepted);
}

void TestValaraProfileValues::u8_everyUrlFieldIsChecked_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : urlFields())
        QTest::newRow(qPrintable(field)) << field;
}

void TestValaraProfileValues::u8_everyUrlFieldIsChecked()
{
    QFETCH(QString, field);
    check(field, QStringLiteral("ftp://example.com/a"), false);
    if (QTest::currentTestFailed())
        return;
    check(field, QStringLiteral("not a url"), false);
    if (QTest::currentTestFailed())
        return;
    check(field, QStringLiteral("https://example.com/a"), true);
}

void TestValaraProfileValues::u8_displayEmail_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QList<QPair<const char *, bool>> values{{"hi@gina.example.com", true},
                                                  {"g.a+tag@example.org", true},
                                                  {"gina", false},
                                                  {"gina@", false},
                                                  {"@example.com", false},
                                                  {"gina@example", false},
                                                  {"gina@@example.com", false},
                                                  {"gina smith@example.com", false},
                                                  {"gina@exa mple.com", false},
                                                  {"gina@example.com.", false}};
    for (const auto &[value, accepted] : values)
        QTest::newRow(value) << QString::fromLatin1(value) << accepted;
}

void TestValaraProfileValues::u8_displayEmail()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(QStringLiteral("display_email"), value, accepted);
}

void TestValaraProfileValues::u8_licenseExpirationIsValidDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    const QList<QPair<const char *, bool>> values{
        {"2027-06-30", true},  {"2028-02-29", true},   {"2027-02-29", false},
        {"2027-13-01", false}, {"2027-00-10", false},  {"2027-04-31", false},
        {"2027-6-30", false},  {"30/06/2027", false},  {"2027-06-30T00:00:00Z", false},
        {"tomorrow", false},   {" 2027-06-30", false}, {"20270630", false}};
    for (const auto &[value, accepted] : values)
        QTest::newRow(value) << QString::fromLatin1(value) << accepted;
}

void TestValaraProfileValues::u8_licenseExpirationIsValidDate()
{
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    check(QStringLiteral("license_expiration"), value, accepted);
}

QTEST_GUILESS_MAIN(TestValaraProfileValues)
#include "tst_valara_profile_values.moc"
