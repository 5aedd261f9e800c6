// Contract tests for the values of Valara preferences: allowed sets, IANA timezones, BCP 47
// language tags, 400 after 404/403, nothing applied (docs/api-contract.md P6, P7; seed 000).
#include "SandboxHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QtTest>

// Readable QCOMPARE failures for JSON values (found by argument-dependent lookup).
char *toString(const QJsonValue &value)
{
    return qstrdup(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).constData());
}
char *toString(const QJsonObject &object)
{
    return qstrdup(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}
char *toString(const QJsonArray &array)
{
    return qstrdup(QJsonDocument(array).toJson(QJsonDocument::Compact).constData());
}

namespace {

const QByteArray AdminKey = QByteArrayLiteral("key-admin-a1");
const QByteArray AgentKey = QByteArrayLiteral("key-agent-g1");

const QMap<QString, QByteArray> &keys()
{
    static const QMap<QString, QByteArray> map{
        {QStringLiteral("a1"), "key-admin-a1"}, {QStringLiteral("b1"), "key-broker-b1"},
        {QStringLiteral("g1"), "key-agent-g1"}, {QStringLiteral("g2"), "key-agent-g2"},
        {QStringLiteral("p1"), "key-photo-p1"}, {QStringLiteral("g3"), "key-agent-g3"},
        {QStringLiteral("s1"), "key-agent-s1"}};
    return map;
}

QJsonObject prefs(const QJsonObject &overrides = {})
{
    QJsonObject result{{QStringLiteral("date_time_format"), QStringLiteral("friendly")},
                       {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
                       {QStringLiteral("language"), QStringLiteral("en-US")},
                       {QStringLiteral("measurement_unit"), QStringLiteral("imperial")},
                       {QStringLiteral("theme"), QStringLiteral("system")}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString path(const QString &id)
{
    return QStringLiteral("/api/v1/users/%1/preferences").arg(id);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const HttpReply &r)
{
    if (!r.networkError.isEmpty())
        return QStringLiteral("network error: ") + r.networkError;
    return QStringLiteral("got %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
}

} // namespace

#define VERIFY_STATUS(reply, code) QVERIFY2((reply).status == (code), qPrintable(describe(reply)))

class TestValaraPreferenceValues : public QObject
{
    Q_OBJECT

private slots:
    void p6_invalidValueIs400AndAppliesNothing_data();
    void p6_invalidValueIs400AndAppliesNothing();
    void p6_valueCheckComesAfter404And403();
    void p6_knownTimezoneIsAccepted_data();
    void p6_knownTimezoneIsAccepted();
    void p7_wellFormedLanguageIsKeptAsSent_data();
    void p7_wellFormedLanguageIsKeptAsSent();
};

void TestValaraPreferenceValues::p6_invalidValueIs400AndAppliesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QList<QPair<const char *, QStringList>> refused{
        {"date_time_format", {"US", "iso", ""}},
        {"measurement_unit", {"Metric", "si", ""}},
        {"theme", {"auto", "Dark", " dark", ""}},
        {"timezone",
         {"america/new_york", "Mars/Olympus", "", "UTC+01:00", "utc", "America/New_York ",
          "America/New York", "+05:00", "New_York", "Etc/Utc", "gmt", "zulu",
          // POSIX TZ strings, which QTimeZone accepts, are not IANA ids.
          "EST5", "ABC+3", "XYZ-2"}},
        {"language",
         {"en_US", "e", "toolongsubtag", "", "en-", "-en", "en--US", "en-US-x", "x", "123", "en US",
          QStringLiteral("en-\u00dcS"), "de-419-DE", "en-x-toolongsubtag", "en-US-u"}}};
    for (const auto &[field, values] : refused) {
        for (const QString &value : values)
            QTest::addRow("%s='%s'", field, qPrintable(value))
                << QString::fromLatin1(field) << value;
    }
}

void TestValaraPreferenceValues::p6_invalidValueIs400AndAppliesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString id = QStringLiteral("g1");
    const QJsonObject before = h.get(path(id), AgentKey).json();
    QSignalSpy spy(&h.server(), &SandboxServer::exchangeCompleted);
    // A valid change alongside must not be applied either.
    const QString other = field == QLatin1String("theme") ? QStringLiteral("measurement_unit")
                                                          : QStringLiteral("theme");
    const QString otherValue =
        field == QLatin1String("theme") ? QStringLiteral("metric") : QStringLiteral("dark");
    const HttpReply r = h.patch(path(id), AgentKey, compact({{other, otherValue}, {field, value}}));
    VERIFY_STATUS(r, 400);
    QCOMPARE(r.json().keys(), QStringList{QStringLiteral("detail")});
    QVERIFY2(r.json().value("detail").isString(), qPrintable(describe(r)));
    QVERIFY2(r.detail().startsWith(QStringLiteral("Invalid preference value: ") + field),
             qPrintable(describe(r)));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.at(0).at(0).value<SandboxExchange>().applied);
    QCOMPARE(h.get(path(id), AgentKey).json(), before);
}

void TestValaraPreferenceValues::p6_valueCheckComesAfter404And403()
{
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    HttpReply r = h.patch(path(QStringLiteral("zz")), AgentKey, R"({"theme":"auto"})");
    VERIFY_STATUS(r, 404);
    QCOMPARE(r.json(), (QJsonObject{{"detail", "User not found"}}));
    r = h.patch(path(QStringLiteral("g3")), AgentKey, R"({"timezone":"Mars/Olympus"})");
    VERIFY_STATUS(r, 403);
    QCOMPARE(r.json(),
             (QJsonObject{{"detail", "Not authorized to update this user's preferences"}}));
    r = h.patch(path(QStringLiteral("a1")), keys().value(QStringLiteral("b1")),
                R"({"language":"en_US"})");
    VERIFY_STATUS(r, 403);
}

void TestValaraPreferenceValues::p6_knownTimezoneIsAccepted_data()
{
    QTest::addColumn<QString>("timezone");
    for (const char *zone :
         {"America/New_York", "Europe/Berlin", "Asia/Kolkata", "America/Argentina/Buenos_Aires",
          "America/Indiana/Indianapolis", "Pacific/Chatham", "Australia/Lord_Howe", "Etc/UTC",
          "UTC", "Etc/GMT+5", "US/Eastern", "Asia/Calcutta"})
        QTest::newRow(zone) << QString::fromLatin1(zone);
}

void TestValaraPreferenceValues::p6_knownTimezoneIsAccepted()
{
    QFETCH(QString, timezone);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const HttpReply r =
        h.patch(path(QStringLiteral("g1")), AgentKey, compact({{"timezone", timezone}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json().value("timezone").toString(), timezone);
    QCOMPARE(h.get(path(QStringLiteral("g1")), AgentKey).json().value("timezone").toString(),
             timezone);
}

void TestValaraPreferenceValues::p7_wellFormedLanguageIsKeptAsSent_data()
{
    QTest::addColumn<QString>("language");
    for (const char *tag : {"pt-BR",
                            "EN-us",
                            "en",
                            "de-DE",
                            "x-private",
                            "i-klingon",
                            "zh-Hant-TW",
                            "sr-Latn-RS",
                            "de-CH-1901",
                            "es-419",
                            "en-US-u-ca-gregory",
                            "zh-yue-HK",
                            "art-lojban",
                            "zh-min-nan",
                            "en-GB-oed",
                            "en-US-x-twain",
                            "qaa",
                            "hy-Latn-IT-arevela",
                            "x-a-b-c-12345678",
                            "ZH-HANT"})
        QTest::newRow(tag) << QString::fromLatin1(tag);
}

void TestValaraPreferenceValues::p7_wellFormedLanguageIsKeptAsSent()
{
    QFETCH(QString, language);
    SandboxHarness h;
    QVERIFY2(h.isReady(), qPrintable(h.error()));
    const QString id = QStringLiteral("b1");
    const HttpReply r = h.patch(path(id), keys().value(id), compact({{"language", language}}));
    VERIFY_STATUS(r, 200);
    QCOMPARE(r.json(), prefs({{"language", language}}));
    QCOMPARE(h.get(path(id), AdminKey).json().value("language").toString(), language);
    // The fixture's pt-BR is returned as stored, too.
    QCOMPARE(h.get(path(QStringLiteral("g1")), AgentKey).json().value("language").toString(),
             QStringLiteral("pt-BR"));
}

QTEST_GUILESS_MAIN(TestValaraPreferenceValues)
#include "tst_valara_preference_values.moc"
