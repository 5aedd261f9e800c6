// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/Account.h"
#include "models/accounts/InMemoryCredentialStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace valara;

// The in-memory credential store (every store's contract) and Account, whose id() keys secrets.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notPersistentWithReason();
    void writeReadRemove();
    void overwrite();
    void readMissingKey();
    void keysAreIndependent();
    void binarySecrets();
    void emptyKeyOrSecretRefused();
    void answersAreQueuedAndExactlyOnce();
    void answersComeInCallOrder();
    void noAnswerAfterDestruction();

    void accountId_data();
    void accountId();
    void accountLabel_data();
    void accountLabel();
    void accountMapRoundTrip_data();
    void accountMapRoundTrip();
    void accountMapHasNoSecret();
    void accountFromBadMap_data();
    void accountFromBadMap();
};

Q_DECLARE_METATYPE(Account)

namespace {

// Waits for the one answer of a call and checks that no second one follows.
QList<QVariant> singleAnswer(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(2000))
        return {};
    QCoreApplication::processEvents();
    if (spy.size() != 1)
        return {};
    return spy.takeFirst();
}

Account maya()
{
    return {.kind = Account::Kind::Valara,
            .baseUrl = QUrl(QStringLiteral("https://valara.cloud")),
            .userId = QStringLiteral("usr-123"),
            .displayName = QStringLiteral("Maya Thompson"),
            .role = QStringLiteral("admin")};
}

Account meAccount()
{
    return {.kind = Account::Kind::MeApi,
            .baseUrl = QUrl(QStringLiteral("https://api.example.com")),
            .userId = QStringLiteral("user_42"),
            .displayName = QStringLiteral("Priya Patel"),
            .role = {}};
}

} // namespace

void TestCredentialStore::notPersistentWithReason()
{
    InMemoryCredentialStore plain;
    QVERIFY(!plain.isPersistent());
    QVERIFY(plain.unavailableReason().isEmpty());

    const QString reason = QStringLiteral("No keychain is available (test).");
    InMemoryCredentialStore fallback(reason);
    QVERIFY(!fallback.isPersistent());
    QCOMPARE(fallback.unavailableReason(), reason);
}

void TestCredentialStore::writeReadRemove()
{
    InMemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);
    const QString key = maya().id();

    store.write(key, "demo-admin-maya-5f2c9a");
    QCOMPARE(singleAnswer(written), (QList<QVariant>{key, QString()}));

    store.read(key);
    QCOMPARE(singleAnswer(read),
             (QList<QVariant>{key, QByteArray("demo-admin-maya-5f2c9a"), QString()}));

    store.remove(key);
    QCOMPARE(singleAnswer(removed), (QList<QVariant>{key, QString()}));

    store.read(key);
    QCOMPARE(singleAnswer(read),
             (QList<QVariant>{key, QByteArray(), CredentialStore::notFoundError()}));

    // Removing what is not there succeeds.
    store.remove(key);
    QCOMPARE(singleAnswer(removed), (QList<QVariant>{key, QString()}));
}

void TestCredentialStore::overwrite()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.write(QStringLiteral("k"), "first");
    store.write(QStringLiteral("k"), "second");
    store.read(QStringLiteral("k"));
    const QList<QVariant> answer = singleAnswer(read);
    QCOMPARE(answer.value(1).toByteArray(), QByteArray("second"));
    QCOMPARE(answer.value(2).toString(), QString());
}

void TestCredentialStore::readMissingKey()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(QStringLiteral("valara:https://valara.cloud:nobody"));
    const QList<QVariant> answer = singleAnswer(read);
    QCOMPARE(answer.size(), 3);
    QVERIFY(answer.at(1).toByteArray().isEmpty());
    QCOMPARE(answer.at(2).toString(), CredentialStore::notFoundError());
    QVERIFY(!CredentialStore::notFoundError().isEmpty());
}

void TestCredentialStore::keysAreIndependent()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.write(maya().id(), "maya-key");
    store.write(meAccount().id(), "me-token");
    store.remove(maya().id());
    store.read(meAccount().id());
    store.read(maya().id());
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(read.at(0).value(1).toByteArray(), QByteArray("me-token"));
    QCOMPARE(read.at(1).value(2).toString(), CredentialStore::notFoundError());
}

void TestCredentialStore::binarySecrets()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::readFinished);
    const QByteArray secret("\x00\xff\x80 key\n\x01", 9);
    store.write(QStringLiteral("k"), secret);
    store.read(QStringLiteral("k"));
    QCOMPARE(singleAnswer(read).value(1).toByteArray(), secret);
}

void TestCredentialStore::emptyKeyOrSecretRefused()
{
    InMemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);

    store.write(QString(), "secret");
    QCOMPARE(singleAnswer(written).value(1).toString(), CredentialStore::emptyKeyError());
    store.write(QStringLiteral("k"), QByteArray());
    QCOMPARE(singleAnswer(written).value(1).toString(), CredentialStore::emptySecretError());
    store.read(QString());
    QCOMPARE(singleAnswer(read).value(2).toString(), CredentialStore::emptyKeyError());
    store.remove(QString());
    QCOMPARE(singleAnswer(removed).value(1).toString(), CredentialStore::emptyKeyError());

    // The refused empty secret did not replace anything.
    store.read(QStringLiteral("k"));
    QCOMPARE(singleAnswer(read).value(2).toString(), CredentialStore::notFoundError());
}

void TestCredentialStore::answersAreQueuedAndExactlyOnce()
{
    InMemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);

    store.write(QStringLiteral("k"), "secret");
    store.read(QStringLiteral("k"));
    store.remove(QStringLiteral("k"));
    // Nothing from inside the calls: a caller may connect after calling.
    QCOMPARE(written.size(), 0);
    QCOMPARE(read.size(), 0);
    QCOMPARE(removed.size(), 0);
    QTRY_COMPARE(removed.size(), 1);
    // And never a second answer.
    QTest::qWait(50);
    QCOMPARE(written.size(), 1);
    QCOMPARE(read.size(), 1);
    QCOMPARE(removed.size(), 1);
}

void TestCredentialStore::answersComeInCallOrder()
{
    InMemoryCredentialStore store;
    QStringList events;
    connect(&store, &CredentialStore::written, this, [&](const QString &key, const QString &) {
        events << QStringLiteral("written ") + key;
    });
    connect(&store, &CredentialStore::readFinished, this,
            [&](const QString &key, const QByteArray &secret, const QString &) {
                events << QStringLiteral("read ") + key + u'=' + QString::fromUtf8(secret);
            });
    connect(&store, &CredentialStore::removed, this, [&](const QString &key, const QString &) {
        events << QStringLiteral("removed ") + key;
    });

    store.write(QStringLiteral("a"), "1");
    store.read(QStringLiteral("a"));
    store.write(QStringLiteral("a"), "2");
    store.read(QStringLiteral("a"));
    store.remove(QStringLiteral("a"));
    store.read(QStringLiteral("a"));
    QTRY_COMPARE(events.size(), 6);
    QCOMPARE(events, (QStringList{"written a", "read a=1", "written a", "read a=2", "removed a",
                                  "read a="}));
}

void TestCredentialStore::noAnswerAfterDestruction()
{
    auto *store = new InMemoryCredentialStore;
    int answers = 0;
    connect(store, &CredentialStore::written, this, [&] { ++answers; });
    store->write(QStringLiteral("k"), "secret");
    delete store;
    QTest::qWait(20);
    QCOMPARE(answers, 0);
}

void TestCredentialStore::accountId_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QString>("id");

    QTest::newRow("valara") << maya() << "valara:https://valara.cloud:usr-123";
    QTest::newRow("me api") << meAccount() << "me:https://api.example.com:user_42";

    Account slash = maya();
    slash.baseUrl = QUrl(QStringLiteral("https://valara.cloud/"));
    QTest::newRow("trailing slash") << slash << "valara:https://valara.cloud:usr-123";

    Account port = maya();
    port.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("loopback with port") << port << "valara:http://127.0.0.1:8080:usr-123";

    Account nameChanged = maya();
    nameChanged.displayName = QStringLiteral("Maya T.");
    nameChanged.role = QStringLiteral("broker");
    QTest::newRow("name and role do not matter")
        << nameChanged << "valara:https://valara.cloud:usr-123";

    Account noUser = maya();
    noUser.userId.clear();
    QTest::newRow("no user id") << noUser << "";

    Account noUrl = maya();
    noUrl.baseUrl = QUrl();
    QTest::newRow("no url") << noUrl << "";

    Account userInfo = maya();
    userInfo.baseUrl = QUrl(QStringLiteral("https://maya:secret@valara.cloud"));
    QTest::newRow("url with a password, dropped")
        << userInfo << "valara:https://valara.cloud:usr-123";

    Account ftp = maya();
    ftp.baseUrl = QUrl(QStringLiteral("ftp://valara.cloud"));
    QTest::newRow("ftp") << ftp << "";
}

void TestCredentialStore::accountId()
{
    QFETCH(Account, account);
    QFETCH(QString, id);
    QCOMPARE(account.id(), id);
    QCOMPARE(account.isValid(), !id.isEmpty());
}

void TestCredentialStore::accountLabel_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<QString>("label");

    QTest::newRow("valara") << maya()
                            << QStringLiteral("Maya Thompson — Administrator — valara.cloud");
    QTest::newRow("me api") << meAccount()
                            << QStringLiteral("Priya Patel — Me API — api.example.com");

    Account demo = maya();
    demo.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:41234"));
    demo.role = QStringLiteral("photographer");
    QTest::newRow("port") << demo
                          << QStringLiteral("Maya Thompson — Photographer — 127.0.0.1:41234");

    Account noName = maya();
    noName.displayName.clear();
    noName.role.clear();
    QTest::newRow("no name, no role") << noName << QStringLiteral("usr-123 — valara.cloud");
}

void TestCredentialStore::accountLabel()
{
    QFETCH(Account, account);
    QFETCH(QString, label);
    QCOMPARE(account.label(), label);
}

void TestCredentialStore::accountMapRoundTrip_data()
{
    QTest::addColumn<Account>("account");
    QTest::newRow("valara") << maya();
    QTest::newRow("me api") << meAccount();
    Account minimal;
    minimal.baseUrl = QUrl(QStringLiteral("https://staging.example.org/valara"));
    minimal.userId = QStringLiteral("usr-1");
    QTest::newRow("minimal, with a path") << minimal;
}

void TestCredentialStore::accountMapRoundTrip()
{
    QFETCH(Account, account);
    const std::optional<Account> back = Account::fromMap(account.toMap());
    QVERIFY(back);
    QCOMPARE(*back, account);
    QCOMPARE(back->id(), account.id());
    QCOMPARE(back->label(), account.label());
}

void TestCredentialStore::accountMapHasNoSecret()
{
    Account account = maya();
    account.baseUrl =
        QUrl(QStringLiteral("https://maya:hunter2@valara.cloud/?key=hunter2#hunter2"));
    const QVariantMap map = account.toMap();
    QCOMPARE(map.keys(), (QStringList{"baseUrl", "displayName", "kind", "role", "userId"}));
    for (const QVariant &value : map) {
        QCOMPARE(value.typeId(), int(QMetaType::QString));
        QVERIFY2(!value.toString().contains(u"hunter2"), qPrintable(value.toString()));
    }
    QCOMPARE(map.value(QStringLiteral("baseUrl")).toString(),
             QStringLiteral("https://valara.cloud"));
}

void TestCredentialStore::accountFromBadMap_data()
{
    QTest::addColumn<QVariantMap>("map");
    const QVariantMap good = maya().toMap();
    const auto with = [&](const QString &key, const QVariant &value) {
        QVariantMap map = good;
        map.insert(key, value);
        return map;
    };
    const auto without = [&](const QString &key) {
        QVariantMap map = good;
        map.remove(key);
        return map;
    };

    QTest::newRow("empty") << QVariantMap();
    QTest::newRow("no kind") << without(QStringLiteral("kind"));
    QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("ldap"));
    QTest::newRow("no url") << without(QStringLiteral("baseUrl"));
    QTest::newRow("relative url") << with(QStringLiteral("baseUrl"),
                                          QStringLiteral("valara.cloud"));
    QTest::newRow("ftp url") << with(QStringLiteral("baseUrl"),
                                     QStringLiteral("ftp://valara.cloud"));
    QTest::newRow("url with a password")
        << with(QStringLiteral("baseUrl"), QStringLiteral("https://maya:key@valara.cloud"));
    QTest::newRow("url with a query")
        << with(QStringLiteral("baseUrl"), QStringLiteral("https://valara.cloud/?api_key=x"));
    QTest::newRow("no user id") << without(QStringLiteral("userId"));
    QTest::newRow("empty user id") << with(QStringLiteral("userId"), QString());
    QTest::newRow("user id not a string") << with(QStringLiteral("userId"), QStringList{"usr-1"});
    QTest::newRow("role not a string") << with(QStringLiteral("role"), 3);
    QTest::newRow("kind not a string") << with(QStringLiteral("kind"), 0);

    QVariantMap meWithRole = meAccount().toMap();
    meWithRole.insert(QStringLiteral("role"), QStringLiteral("admin"));
    QTest::newRow("me api with a role") << meWithRole;
}

void TestCredentialStore::accountFromBadMap()
{
    QFETCH(QVariantMap, map);
    QVERIFY(!Account::fromMap(map));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
