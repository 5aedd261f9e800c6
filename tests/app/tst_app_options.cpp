// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppOptions.h"

#include <QTest>

using namespace valara;

class TestAppOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void meApiAccounts();
    void informationRequests_data();
    void informationRequests();
};

void TestAppOptions::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("hasMessage");

    const int run = int(AppOptions::Outcome::Run);
    const int error = int(AppOptions::Outcome::Error);
    const int unconfigured = int(AppOptions::Mode::Unconfigured);
    const int demo = int(AppOptions::Mode::Demo);
    const int remote = int(AppOptions::Mode::Remote);
    const QString app = QStringLiteral("valara-desk");

    QTest::newRow("nothing") << QStringList{app} << QByteArray() << run << unconfigured << ""
                             << false;
    QTest::newRow("demo") << QStringList{app, "--demo"} << QByteArray("ignored") << run << demo
                          << "" << false;
    QTest::newRow("remote") << QStringList{app, "--base-url", "https://valara.cloud"}
                            << QByteArray("key") << run << remote << "https://valara.cloud"
                            << false;
    QTest::newRow("remote with =")
        << QStringList{app, "--base-url=http://127.0.0.1:8080"} << QByteArray(" key\n") << run
        << remote << "http://127.0.0.1:8080" << false;
    QTest::newRow("remote without key") << QStringList{app, "--base-url", "https://valara.cloud"}
                                        << QByteArray() << run << unconfigured << "" << true;
    QTest::newRow("plain http remote") << QStringList{app, "--base-url", "http://valara.cloud"}
                                       << QByteArray("key") << error << unconfigured << "" << true;
    QTest::newRow("not a url") << QStringList{app, "--base-url", "valara"} << QByteArray("key")
                               << error << unconfigured << "" << true;
    QTest::newRow("both") << QStringList{app, "--demo", "--base-url", "https://valara.cloud"}
                          << QByteArray("key") << error << unconfigured << "" << true;
    QTest::newRow("unknown option")
        << QStringList{app, "--frobnicate"} << QByteArray() << error << unconfigured << "" << true;
    QTest::newRow("positional") << QStringList{app, "extra"} << QByteArray() << error
                                << unconfigured << "" << true;
    QTest::newRow("help") << QStringList{app, "--help"} << QByteArray()
                          << int(AppOptions::Outcome::ShowHelp) << unconfigured << "" << false;
    QTest::newRow("version") << QStringList{app, "--version"} << QByteArray()
                             << int(AppOptions::Outcome::ShowVersion) << unconfigured << ""
                             << false;
}

void TestAppOptions::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, apiKey);
    QFETCH(int, outcome);
    QFETCH(int, mode);
    QFETCH(QString, baseUrl);
    QFETCH(bool, hasMessage);

    AppOptions options;
    QCOMPARE(int(options.parse(arguments, apiKey)), outcome);
    QCOMPARE(int(options.mode()), mode);
    QCOMPARE(options.baseUrl().toString(), baseUrl);
    QCOMPARE(!options.message().isEmpty(), hasMessage);
    if (options.mode() == AppOptions::Mode::Remote)
        QCOMPARE(options.apiKey(), QByteArray("key"));
    QVERIFY(options.helpText().contains(QLatin1String("--base-url")));
    QVERIFY(AppOptions::versionText().contains(QLatin1String(VALARA_VERSION)));
}

void TestAppOptions::meApiAccounts()
{
    const QString app = QStringLiteral("valara-desk");
    AppOptions options;
    // A Me API account signs in with the session token, never the API key.
    QCOMPARE(options.parse({app, "--me-api", "--base-url", "https://api.example.com"}, "key",
                           " eyJ.token \n"),
             AppOptions::Outcome::Run);
    QCOMPARE(options.mode(), AppOptions::Mode::Remote);
    QVERIFY(options.isMeApi());
    QCOMPARE(options.sessionToken(), QByteArray("eyJ.token"));
    QVERIFY(options.apiKey().isEmpty());
    // Without a token the window asks for one.
    QCOMPARE(options.parse({app, "--me-api", "--base-url", "https://api.example.com"}, "key", {}),
             AppOptions::Outcome::Run);
    QCOMPARE(options.mode(), AppOptions::Mode::Remote);
    QVERIFY(options.sessionToken().isEmpty());
    // The demo's own Me API account.
    QCOMPARE(options.parse({app, "--demo", "--me-api"}, {}, {}), AppOptions::Outcome::Run);
    QCOMPARE(options.mode(), AppOptions::Mode::Demo);
    QVERIFY(options.isMeApi());
    // Nowhere to connect to.
    QCOMPARE(options.parse({app, "--me-api"}, {}, "eyJ.token"), AppOptions::Outcome::Error);
    QVERIFY(options.message().contains("--base-url"));
    // Plain http stays refused.
    QCOMPARE(options.parse({app, "--me-api", "--base-url", "http://api.example.com"}, {}, "t"),
             AppOptions::Outcome::Error);
    QVERIFY(options.helpText().contains("VALARA_SESSION_TOKEN"));
}

void TestAppOptions::informationRequests_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("information");
    QTest::newRow("help") << QStringList{"valara-desk", "--help"} << true;
    QTest::newRow("-h") << QStringList{"valara-desk", "-h"} << true;
    QTest::newRow("version") << QStringList{"valara-desk", "--demo", "--version"} << true;
    QTest::newRow("demo") << QStringList{"valara-desk", "--demo"} << false;
    QTest::newRow("program name only") << QStringList{"--help"} << false;
}

void TestAppOptions::informationRequests()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, information);
    QCOMPARE(AppOptions::isInformationRequest(arguments), information);
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_app_options.moc"
