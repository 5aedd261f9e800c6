// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/AppSettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace valara;

// The typed settings layer: defaults from its table, round trips through an ini file, bad stored
// values read as defaults, accounts stored without any secret.
class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsComeFromTheTable();
    void roundTrip();
    void badValuesReadAsDefaults();
    void themeOverride_data();
    void themeOverride();
    void lastPageRefusesOddNames();
    void addUpdateRemoveAccounts();
    void duplicateAndInvalidAccounts();
    void currentAccountMustBeKnown();
    void noSecretReachesTheFile();

private:
    std::unique_ptr<QSettings> openSettings() const;
    QByteArray fileContents() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

Account valaraAccount(const QString &userId, const QString &name, const QString &role)
{
    Account account;
    account.kind = Account::Kind::Valara;
    account.baseUrl = QUrl(QStringLiteral("https://valara.cloud"));
    account.userId = userId;
    account.displayName = name;
    account.role = role;
    return account;
}

Account meAccount()
{
    Account account;
    account.kind = Account::Kind::MeApi;
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    account.userId = QStringLiteral("user_42");
    account.displayName = QStringLiteral("Priya Patel");
    return account;
}

} // namespace

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<QSettings> TestAppSettings::openSettings() const
{
    return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("valara.ini")),
                                       QSettings::IniFormat);
}

QByteArray TestAppSettings::fileContents() const
{
    QFile file(m_dir->filePath(QStringLiteral("valara.ini")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestAppSettings::defaultsComeFromTheTable()
{
    auto qsettings = openSettings();
    const AppSettings settings(qsettings.get());
    using Key = AppSettings::Key;

    QCOMPARE(AppSettings::defaultValue(Key::LastPage).toString(), QStringLiteral("myPreferences"));
    QVERIFY(AppSettings::defaultValue(Key::Accounts).toList().isEmpty());
    QVERIFY(settings.accounts().isEmpty());
    QCOMPARE(settings.currentAccountId(),
             AppSettings::defaultValue(Key::CurrentAccountId).toString());
    QCOMPARE(settings.lastPage(), AppSettings::defaultValue(Key::LastPage).toString());
    QCOMPARE(settings.windowGeometry(),
             AppSettings::defaultValue(Key::WindowGeometry).toByteArray());
    QCOMPARE(settings.windowState(), AppSettings::defaultValue(Key::WindowState).toByteArray());
    QCOMPARE(settings.themeOverride(), AppSettings::defaultValue(Key::ThemeOverride).toString());
    QCOMPARE(settings.themeOverride(), QString());

    // Every key has its own place in the file.
    QStringList keys;
    for (Key key :
         {Key::Accounts, Key::CurrentAccountId, Key::LastPage, Key::WindowGeometry,
          Key::WindowState, Key::ThemeOverride, Key::JournalEnabled, Key::JournalRetentionDays})
        keys << AppSettings::settingsKey(key);
    keys.removeDuplicates();
    QCOMPARE(keys.size(), 8);
    QVERIFY(!keys.contains(QString()));
}

void TestAppSettings::roundTrip()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    const QByteArray state("\x00\x00\x00\xff state", 10);
    const QList<Account> accounts{valaraAccount(QStringLiteral("usr-maya"),
                                                QStringLiteral("Maya Thompson"),
                                                QStringLiteral("admin")),
                                  meAccount()};
    {
        auto qsettings = openSettings();
        AppSettings settings(qsettings.get());
        settings.setAccounts(accounts);
        settings.setCurrentAccountId(accounts.at(1).id());
        settings.setLastPage(QStringLiteral("team"));
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
        settings.setThemeOverride(QStringLiteral("dark"));
    }
    auto qsettings = openSettings();
    QCOMPARE(qsettings->status(), QSettings::NoError);
    const AppSettings settings(qsettings.get());
    QCOMPARE(settings.accounts(), accounts);
    QCOMPARE(settings.currentAccountId(), QStringLiteral("me:http://127.0.0.1:8080:user_42"));
    QCOMPARE(settings.lastPage(), QStringLiteral("team"));
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
    QCOMPARE(settings.themeOverride(), QStringLiteral("dark"));

    // Setting a default again removes the value from the file.
    AppSettings writable(qsettings.get());
    writable.setThemeOverride(QString());
    writable.setLastPage(QStringLiteral("myPreferences"));
    QVERIFY(!qsettings->contains(AppSettings::settingsKey(AppSettings::Key::ThemeOverride)));
    QVERIFY(!qsettings->contains(AppSettings::settingsKey(AppSettings::Key::LastPage)));
    QCOMPARE(writable.lastPage(), QStringLiteral("myPreferences"));
}

void TestAppSettings::badValuesReadAsDefaults()
{
    using Key = AppSettings::Key;
    {
        auto qsettings = openSettings();
        qsettings->setValue(AppSettings::settingsKey(Key::ThemeOverride), QStringLiteral("purple"));
        qsettings->setValue(AppSettings::settingsKey(Key::LastPage), QByteArray("team"));
        qsettings->setValue(AppSettings::settingsKey(Key::WindowGeometry), QStringLiteral("big"));
        qsettings->setValue(AppSettings::settingsKey(Key::WindowState), 42);
        qsettings->setValue(AppSettings::settingsKey(Key::CurrentAccountId),
                            QStringLiteral("valara:https://valara.cloud:usr-gone"));
        // A stored account list with one good, one broken and one duplicate entry.
        qsettings->beginWriteArray(AppSettings::settingsKey(Key::Accounts), 4);
        qsettings->setArrayIndex(0);
        qsettings->setValue("kind", "valara");
        qsettings->setValue("baseUrl", "https://valara.cloud");
        qsettings->setValue("userId", "usr-1");
        qsettings->setArrayIndex(1);
        qsettings->setValue("kind", "carrier-pigeon");
        qsettings->setValue("baseUrl", "https://valara.cloud");
        qsettings->setValue("userId", "usr-2");
        qsettings->setArrayIndex(2);
        qsettings->setValue("kind", "valara");
        qsettings->setValue("baseUrl", "https://valara.cloud/");
        qsettings->setValue("userId", "usr-1");
        qsettings->setArrayIndex(3);
        qsettings->setValue("kind", "valara");
        qsettings->setValue("baseUrl", "not a url");
        qsettings->setValue("userId", "usr-3");
        qsettings->endArray();
    }
    auto qsettings = openSettings();
    const AppSettings settings(qsettings.get());
    QCOMPARE(settings.themeOverride(), AppSettings::defaultValue(Key::ThemeOverride).toString());
    QCOMPARE(settings.lastPage(), AppSettings::defaultValue(Key::LastPage).toString());
    QCOMPARE(settings.windowGeometry(), QByteArray());
    QCOMPARE(settings.windowState(), QByteArray());
    QCOMPARE(settings.currentAccountId(), QString());
    const QList<Account> accounts = settings.accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().id(), QStringLiteral("valara:https://valara.cloud:usr-1"));
}

void TestAppSettings::themeOverride_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("stored");
    QTest::newRow("none") << ""
                          << "";
    QTest::newRow("light") << "light"
                           << "light";
    QTest::newRow("dark") << "dark"
                          << "dark";
    QTest::newRow("system") << "system"
                            << "system";
    QTest::newRow("unknown") << "neon"
                             << "";
    QTest::newRow("case matters") << "Dark"
                                  << "";
}

void TestAppSettings::themeOverride()
{
    QFETCH(QString, theme);
    QFETCH(QString, stored);
    auto qsettings = openSettings();
    AppSettings settings(qsettings.get());
    settings.setThemeOverride(QStringLiteral("light"));
    settings.setThemeOverride(theme);
    QCOMPARE(settings.themeOverride(), stored);
    QCOMPARE(AppSettings::isThemeOverride(theme), theme == stored);
}

void TestAppSettings::lastPageRefusesOddNames()
{
    auto qsettings = openSettings();
    AppSettings settings(qsettings.get());
    settings.setLastPage(QStringLiteral("user:usr-123/profile"));
    QCOMPARE(settings.lastPage(), QStringLiteral("user:usr-123/profile"));
    for (const QString &odd : {QString(), QStringLiteral(" team"), QStringLiteral("../x"),
                               QStringLiteral("team\n"), QString(200, u'a')}) {
        qsettings->setValue(AppSettings::settingsKey(AppSettings::Key::LastPage), odd);
        QCOMPARE(settings.lastPage(), QStringLiteral("myPreferences"));
    }
}

void TestAppSettings::addUpdateRemoveAccounts()
{
    auto qsettings = openSettings();
    AppSettings settings(qsettings.get());
    const Account maya =
        valaraAccount(QStringLiteral("usr-maya"), QStringLiteral("Maya"), QStringLiteral("admin"));
    const Account daniel = valaraAccount(QStringLiteral("usr-daniel"), QStringLiteral("Daniel"),
                                         QStringLiteral("broker"));

    settings.addOrUpdateAccount(maya);
    settings.addOrUpdateAccount(daniel);
    settings.addOrUpdateAccount(meAccount());
    QCOMPARE(settings.accounts(), (QList<Account>{maya, daniel, meAccount()}));

    Account renamed = maya;
    renamed.displayName = QStringLiteral("Maya Thompson");
    settings.addOrUpdateAccount(renamed);
    QCOMPARE(settings.accounts(), (QList<Account>{renamed, daniel, meAccount()}));

    settings.setCurrentAccountId(daniel.id());
    QCOMPARE(settings.currentAccountId(), daniel.id());
    settings.removeAccount(maya.id());
    QCOMPARE(settings.accounts(), (QList<Account>{daniel, meAccount()}));
    QCOMPARE(settings.currentAccountId(), daniel.id());

    settings.removeAccount(daniel.id());
    QCOMPARE(settings.accounts(), (QList<Account>{meAccount()}));
    QCOMPARE(settings.currentAccountId(), QString());
    QVERIFY(!qsettings->contains(AppSettings::settingsKey(AppSettings::Key::CurrentAccountId)));

    settings.removeAccount(QStringLiteral("valara:https://valara.cloud:nobody"));
    settings.removeAccount(meAccount().id());
    QVERIFY(settings.accounts().isEmpty());
}

void TestAppSettings::duplicateAndInvalidAccounts()
{
    auto qsettings = openSettings();
    AppSettings settings(qsettings.get());
    const Account first =
        valaraAccount(QStringLiteral("usr-1"), QStringLiteral("One"), QStringLiteral("agent"));
    Account again = first;
    again.displayName = QStringLiteral("One again");
    Account invalid = first;
    invalid.userId.clear();
    settings.setAccounts({first, meAccount(), invalid, again});
    QCOMPARE(settings.accounts(), (QList<Account>{again, meAccount()}));
}

void TestAppSettings::currentAccountMustBeKnown()
{
    auto qsettings = openSettings();
    AppSettings settings(qsettings.get());
    settings.setCurrentAccountId(meAccount().id());
    QCOMPARE(settings.currentAccountId(), QString());
    settings.addOrUpdateAccount(meAccount());
    QCOMPARE(settings.currentAccountId(), meAccount().id());
}

// A full round trip with everything the app stores, with secrets planted where a careless caller
// or an old version could have put them: none reaches, or stays in, the file.
void TestAppSettings::noSecretReachesTheFile()
{
    const QString apiKey = QStringLiteral("demo-admin-maya-5f2c9a");
    const QString token =
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzQyIn0.c2lnbmF0dXJl");
    {
        auto qsettings = openSettings();
        // What an old version might have left in the accounts group.
        qsettings->setValue(QStringLiteral("accounts/1/apiKey"), apiKey);
        qsettings->setValue(QStringLiteral("accounts/size"), 1);
        AppSettings settings(qsettings.get());

        Account maya = valaraAccount(QStringLiteral("usr-maya"), QStringLiteral("Maya"),
                                     QStringLiteral("admin"));
        maya.baseUrl =
            QUrl(QStringLiteral("https://maya:") + apiKey +
                 QStringLiteral("@valara.cloud/?api_key=") + apiKey + QStringLiteral("#") + apiKey);
        Account me = meAccount();
        me.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/?token=") + token);
        settings.setAccounts({maya, me});
        settings.setCurrentAccountId(maya.id());
        settings.setLastPage(QStringLiteral("team"));
        settings.setWindowGeometry(QByteArray("geometry"));
        settings.setWindowState(QByteArray("state"));
        settings.setThemeOverride(QStringLiteral("system"));
        QCOMPARE(settings.accounts().size(), 2);
        qsettings->sync();
        QCOMPARE(qsettings->status(), QSettings::NoError);
    }
    {
        auto qsettings = openSettings();
        const AppSettings settings(qsettings.get());
        QCOMPARE(settings.accounts().size(), 2);
        QCOMPARE(settings.accounts().first().baseUrl, QUrl(QStringLiteral("https://valara.cloud")));
        QCOMPARE(settings.currentAccountId(),
                 QStringLiteral("valara:https://valara.cloud:usr-maya"));
        QVERIFY(!qsettings->contains(QStringLiteral("accounts/1/apiKey")));
    }

    const QByteArray contents = fileContents();
    QVERIFY(contents.contains("usr-maya")); // the file was written and is read here
    for (const QString &secret : {apiKey, token}) {
        QVERIFY2(!contents.contains(secret.toUtf8()), contents.constData());
        QVERIFY2(!contents.contains(
                     QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)),
                 "found as UTF-16");
        QVERIFY(!contents.contains(secret.toUtf8().toBase64()));
    }
    // Nothing that looks like a credential, by name or by shape.
    static const QRegularExpression secretName(QStringLiteral("key|token|secret|password"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    const QString text = QString::fromUtf8(contents);
    QVERIFY2(!secretName.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(!jwt.match(text).hasMatch(), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
