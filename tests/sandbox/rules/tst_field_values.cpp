// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sample values through the app's checks (models/profile/ProfileSchema, PreferenceSchema) and the
// sandbox's (sandbox/rules/ProfileRules, PreferenceRules): both must accept or refuse each one,
// except where the contract makes the client stricter (the commented list below), and the service
// must accept whatever the client sends. A difference fails with a message asking to settle it in
// docs/api-contract.md.
#include "models/preferences/PreferenceSchema.h"
#include "models/profile/ProfileSchema.h"
#include "sandbox/rules/PreferenceRules.h"
#include "sandbox/rules/ProfileRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace valara;
using namespace valara::sandbox;

namespace {

using ClientKind = ProfileSchema::Kind;

struct Exception
{
    ClientKind kind;    // every field of this kind
    QJsonValue value;   // the sample
    bool clientAccepts; // and the sandbox does the opposite
    const char *rule;
};

// Where the two sides legitimately differ. Each entry is one sample on which the contract lets the
// client be stricter than the service, or lets it take a value it rewrites before sending.
const QList<Exception> &exceptions()
{
    static const QList<Exception> list{
        // K10: the client takes only US states; the service stores any text up to 50 (U6).
        {ClientKind::UsState, QStringLiteral("Narnia"), false, "K10, U6"},
        {ClientKind::UsState, QStringLiteral("ZZ"), false, "K10, U6"},
        {ClientKind::UsState, QString(50, QLatin1Char('X')), false, "K10, U6"},
        // K11: the client wants https; the service also takes http (U8).
        {ClientKind::Url, QStringLiteral("http://example.com/agent"), false, "K11, U8"},
        // K9: libphonenumber reads what the service's pattern does not (U7), and the client
        // sends it in E.164, which the service takes (checked by everything_client_sends_...).
        {ClientKind::Phone, QStringLiteral("+1 650 253 0000 ext. 123"), true, "K9, U7"},
        {ClientKind::Phone, QStringLiteral("1-800-FLOWERS"), true, "K9, U7"},
        {ClientKind::Phone, QStringLiteral("++1 650 253 0000"), true, "K9, U7"},
        {ClientKind::Phone, QStringLiteral("６５０ ２５３ ００００"), true, "K9, U7"}, // full-width
        // K9: libphonenumber knows no country +999; the service counts digits only (U7).
        {ClientKind::Phone, QStringLiteral("+999 123 4567"), false, "K9, U7"},
    };
    return list;
}

const Exception *exceptionFor(ClientKind kind, const QJsonValue &value)
{
    for (const Exception &exception : exceptions()) {
        if (exception.kind == kind && exception.value == value)
            return &exception;
    }
    return nullptr;
}

// The value as JSON, long strings shortened ("éééééééééé…(161 characters)").
QString show(const QJsonValue &value)
{
    if (value.isString() && value.toString().size() > 24)
        return QStringLiteral("\"%1…(%2 characters)\"")
            .arg(value.toString().left(10))
            .arg(value.toString().size());
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString disagreement(const QString &what, const QString &rule, bool client, bool sandbox)
{
    const auto verdict = [](bool accepts) {
        return accepts ? QStringLiteral("accepts") : QStringLiteral("refuses");
    };
    return QStringLiteral(
               "The client and the sandbox disagree on %1: the client %2 it, the "
               "sandbox %3 it. Reconcile them in docs/api-contract.md (%4), then fix the "
               "side that is wrong, or list a legitimate difference in exceptions().")
        .arg(what, verdict(client), verdict(sandbox), rule);
}

QList<QJsonValue> strings(std::initializer_list<QString> items)
{
    return QList<QJsonValue>(items.begin(), items.end());
}

// The samples for one field: some for every field, then some for its kind.
QList<QJsonValue> samplesFor(const ProfileSchema::Field &field)
{
    QList<QJsonValue> samples{QJsonValue(), QStringLiteral(""), 42, true};
    switch (field.kind) {
    case ClientKind::Text:
    case ClientKind::Name:
    case ClientKind::Multiline:
        samples += strings({"Jane Q. Agent", "  padded  ", "   ", QStringLiteral("Zoë 山田"),
                            QString(field.maxLength, QChar(0xE9)),
                            QString(field.maxLength + 1, QChar(0xE9)), "a\x01z", "a\tz", "a\nz",
                            "a\r\nz", QStringLiteral("a\u0085z"), "a\x7fz"});
        break;
    case ClientKind::UsState:
        samples += strings({"TX", "tx", "Texas", "new mexico", "DC", "PR", "  TX  ", "Narnia", "ZZ",
                            QString(50, QLatin1Char('X')), QString(51, QLatin1Char('X')), "T\tX"});
        break;
    case ClientKind::Phone:
        samples +=
            strings({"+1-555-0123", "(650) 253-0000", "650.253.0000", "+16502530000",
                     "+44 20 7946 0958", "+683 4002", "253-0000", "12345", "1234567890123456",
                     "+1 650 253 0000 ext. 123", "1-800-FLOWERS", "+999 123 4567",
                     "++1 650 253 0000", "+1 (650) 253-0000", "650\t253 0000",
                     QString(33, QLatin1Char('1')), QStringLiteral("６５０ ２５３ ００００")});
        break;
    case ClientKind::Url:
        samples += strings({"https://example.com/me", "HTTPS://EXAMPLE.COM/a",
                            "http://example.com/agent", "ftp://example.com", "example.com",
                            "https://", "https://exa mple.com", "https://example.com/a b",
                            "javascript:alert(1)", QStringLiteral("https://bücher.de/x"),
                            "https://192.0.2.1:8443/p?q=1#f", "//example.com/x"});
        break;
    case ClientKind::Email:
        samples +=
            strings({"agent@example.com", "a.b+tag@sub.example.co", "agent@example",
                     "agent@@example.com", "agent @example.com", "@example.com", "agent@example.c",
                     "agent@-example.com", "agent@example-.com", "agent@exa_mple.com",
                     "agent@example.com.", "agent@example..com", QStringLiteral("agent@bücher.de"),
                     "agent@example.c0m", QStringLiteral("zoë@example.com"), "a@b.cd"});
        break;
    case ClientKind::Date:
        samples += strings({"2027-06-30", "2028-02-29", "2027-02-29", "2027-6-30", " 2027-06-30",
                            "2027-06-30T00:00:00", "0000-01-01", "9999-12-31", "-2027-06-30",
                            "+2027-06-30", "27-06-30", QStringLiteral("２０２７-06-30")});
        break;
    case ClientKind::Role:
    case ClientKind::AccountStatus:
        samples += strings({"Admin", "superuser", " agent", "active ", "pending"});
        for (const QString &choice : field.kind == ClientKind::Role
                                         ? ProfileSchema::roles()
                                         : ProfileSchema::accountStatuses())
            samples.append(choice);
        break;
    case ClientKind::Bool:
        samples += QList<QJsonValue>{false, QStringLiteral("true"), 1};
        break;
    }
    return samples;
}

} // namespace

class TstFieldValues : public QObject
{
    Q_OBJECT

private slots:
    void u6_to_u8_a3_profileSamples_data();
    void u6_to_u8_a3_profileSamples();
    void u6_to_u8_everythingTheClientSendsTheServiceAccepts_data();
    void u6_to_u8_everythingTheClientSendsTheServiceAccepts();
    void exceptionsStillApply();
    void p1_p6_preferenceSamples_data();
    void p1_p6_preferenceSamples();
};

void TstFieldValues::u6_to_u8_a3_profileSamples_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
        int i = 0;
        for (const QJsonValue &value : samplesFor(field))
            QTest::addRow("%s #%d %s", qPrintable(field.key), i++, qPrintable(show(value)))
                << field.key << value;
    }
}

void TstFieldValues::u6_to_u8_a3_profileSamples()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const ProfileSchema::Field *client = ProfileSchema::find(key);
    const ProfileRules::Field *sandbox = SandboxFieldTable::profileField(key);
    QVERIFY2(client && sandbox, qPrintable(key));
    const bool clientAccepts = ProfileSchema::problem(*client, value).isEmpty();
    const bool sandboxAccepts = !ProfileRules::check(*sandbox, value).has_value();
    if (clientAccepts == sandboxAccepts)
        return;
    const Exception *exception = exceptionFor(client->kind, value);
    QVERIFY2(exception && exception->clientAccepts == clientAccepts,
             qPrintable(disagreement(key + QLatin1Char(' ') + show(value),
                                     QStringLiteral("U6 to U8"), clientAccepts, sandboxAccepts)));
}

void TstFieldValues::u6_to_u8_everythingTheClientSendsTheServiceAccepts_data()
{
    u6_to_u8_a3_profileSamples_data();
}

// No exceptions here: a value the client accepts is sent as normalised() makes it (K8 to K10),
// and the service must take it, or the user sees a 422 for something the form let through.
void TstFieldValues::u6_to_u8_everythingTheClientSendsTheServiceAccepts()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const ProfileSchema::Field *client = ProfileSchema::find(key);
    if (!ProfileSchema::problem(*client, value).isEmpty())
        return;
    const QJsonValue sent = ProfileSchema::normalised(*client, value);
    const auto problem = ProfileRules::check(*SandboxFieldTable::profileField(key), sent);
    QVERIFY2(!problem,
             qPrintable(disagreement(key + QStringLiteral(" sent as ") + show(sent),
                                     QStringLiteral("K8 to K10, U6 to U8"), true, false)));
}

// An exception the two sides no longer differ on is removed, so the list stays the truth.
void TstFieldValues::exceptionsStillApply()
{
    for (const Exception &exception : exceptions()) {
        bool applies = false;
        for (const ProfileSchema::Field &field : ProfileSchema::fields()) {
            if (field.kind != exception.kind || !samplesFor(field).contains(exception.value))
                continue;
            const bool client = ProfileSchema::problem(field, exception.value).isEmpty();
            const bool sandbox =
                !ProfileRules::check(*SandboxFieldTable::profileField(field.key), exception.value);
            applies = applies || (client == exception.clientAccepts && sandbox != client);
        }
        QVERIFY2(applies, qPrintable(QStringLiteral("The exception for %1 (%2) no longer applies: "
                                                    "remove it from exceptions().")
                                         .arg(show(exception.value), exception.rule)));
    }
}

void TstFieldValues::p1_p6_preferenceSamples_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    const auto rows = [](const char *key, std::initializer_list<QString> values) {
        for (const QString &value : values)
            QTest::addRow("%s %s", key, qPrintable(value)) << QString::fromLatin1(key) << value;
    };
    rows("date_time_format", {"friendly", "us", "uk", "", "US", "iso", "friendly "});
    rows("measurement_unit", {"imperial", "metric", "", "Metric", "si"});
    rows("theme", {"light", "dark", "system", "", "Dark", "auto"});
    rows("timezone", {"America/New_York", "US/Eastern", "Etc/GMT+5", "UTC", "GMT", "EST5EDT", "",
                      "america/new_york", "America/New_York ", "UTC+05:00", "+02:00", "Factory",
                      "posixrules", "right/UTC", "America"});
    rows("language", {"en-US",
                      "EN-us",
                      "pt-BR",
                      "de",
                      "zh-Hant-CN",
                      "es-419",
                      "x-private",
                      "en-x-a",
                      "en-US-x-twain",
                      "i-klingon",
                      "en-GB-oed",
                      "sgn-BE-FR",
                      "zh-min-nan",
                      "zh-yue-HK",
                      "de-DE-1901",
                      "de-CH-1996",
                      "sl-rozaj-biske",
                      "ca-ES-valencia",
                      "en-US-u-ca-gregory",
                      "en-a-bbb-b-ccc",
                      "en-US-POSIX",
                      "abcd",
                      "abcde",
                      "qaa-Qaaa-QM-x-southern",
                      "de-DE-1901-1901",
                      "sl-Rozaj-rozaj",
                      "en-a-bbb-a-ccc",
                      "en-a",
                      "en-x",
                      "x",
                      "i-foo",
                      "e",
                      "123",
                      "en_US",
                      "en-",
                      "-en",
                      "en--US",
                      "",
                      "abcdefghi",
                      "x-abcdefghi",
                      "en-a-abcdefghi",
                      "en-abcd-abcd",
                      "ar-aao-abc-def-ghi",
                      "english (US)",
                      QStringLiteral("\u212Ao"),
                      QStringLiteral("é")});
}

void TstFieldValues::p1_p6_preferenceSamples()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const bool clientAccepts = PreferenceSchema::problem(key, value).isEmpty();
    const bool sandboxAccepts = PreferenceRules::valueProblem(key, value).isEmpty();
    QVERIFY2(clientAccepts == sandboxAccepts,
             qPrintable(disagreement(key + QStringLiteral(" \"") + value + QLatin1Char('"'),
                                     QStringLiteral("P1, P6"), clientAccepts, sandboxAccepts)));
}

QTEST_GUILESS_MAIN(TstFieldValues)
#include "tst_field_values.moc"
