// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounts/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace valara;

// KeychainCredentialStore against the real QtKeychain backend. Run by ctest through
// run-with-keyring.sh, which starts a private D-Bus session with an unlocked gnome-keyring: the
// tests that need it skip when it could not be started (and main() then exits with 77, which
// ctest reports as skipped). probe() without a Secret Service runs in a child process, since
// QtKeychain chooses its backend once per process.
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SkipExitCode = 77;
    bool skippedForMissingService() const { return m_skipped; }

private Q_SLOTS:
    void initTestCase();
    void probeReportsAvailable();
    void writeReadOverwriteRemove();
    void readMissingKey();
    void keysAreSeparateEntries();
    void binarySecret();
    void answersAreQueuedAndExactlyOnce();
    void entryIsInTheSecretService();
    void secretsNeverLogged();
    void probeReportsUnavailableWithoutSecretService();

private:
    bool needSecretService();

    QString m_noServiceReason;
    bool m_skipped = false;
};

namespace {

// The entries of this test live under their own service name, away from the app's.
const QString TestService = QStringLiteral("cloud.valara.Desk.test");
const QString MayaKey = QStringLiteral("valara:https://valara.cloud:usr-maya");
const QString MeKey = QStringLiteral("me:http://127.0.0.1:8080:user_42");

QList<QVariant> singleAnswer(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    QTest::qWait(20);
    if (spy.size() != 1)
        return {};
    return spy.takeFirst();
}

struct ProbeResult
{
    bool finished = false;
    bool available = false;
    QString reason;
};

ProbeResult runProbe()
{
    ProbeResult result;
    QObject context;
    KeychainCredentialStore::probe(&context, [&](bool available, QString reason) {
        result = {true, available, reason};
    });
    if (!QTest::qWaitFor([&] { return result.finished; }, 20000))
        qWarning("probe() did not answer within 20 s");
    return result;
}

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromUtf8(context.category) + QStringLiteral(": ") + message;
}

} // namespace

bool TestKeychainCredentialStore::needSecretService()
{
    if (m_noServiceReason.isEmpty())
        return true;
    m_skipped = true;
    return false;
}

void TestKeychainCredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsSet("VALARA_TEST_NO_SECRET_SERVICE")) {
        m_noServiceReason = QStringLiteral("no Secret Service could be started for the test: ") +
                            qEnvironmentVariable("VALARA_TEST_NO_SECRET_SERVICE");
    } else if (qEnvironmentVariable("VALARA_TEST_SECRET_SERVICE") != u"1") {
        m_noServiceReason = QStringLiteral(
            "not run through tests/app/run-with-keyring.sh (ctest does that), which starts a "
            "private Secret Service; the user's own keychain is not used by tests");
    }
#ifdef Q_OS_LINUX
    // QtKeychain loads libsecret at run time; without it a working Secret Service looks broken.
    if (m_noServiceReason.isEmpty() && !QLibrary(QStringLiteral("secret-1"), 0).load())
        QFAIL("libsecret-1.so.0 cannot be loaded: install libsecret-1-0 (QtKeychain needs it)");
#endif
}

void TestKeychainCredentialStore::probeReportsAvailable()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    const ProbeResult result = runProbe();
    QVERIFY(result.finished);
    QVERIFY2(result.available, qPrintable(result.reason));
    QCOMPARE(result.reason, QString());

    KeychainCredentialStore store;
    QVERIFY(store.isPersistent());
    QCOMPARE(store.unavailableReason(), QString());
    QCOMPARE(store.service(), QStringLiteral("cloud.valara.Desk"));
}

void TestKeychainCredentialStore::writeReadOverwriteRemove()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    KeychainCredentialStore store(TestService, nullptr);
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);

    store.write(MayaKey, "demo-admin-maya-5f2c9a");
    QCOMPARE(singleAnswer(written), (QList<QVariant>{MayaKey, QString()}));
    store.read(MayaKey);
    QCOMPARE(singleAnswer(read),
             (QList<QVariant>{MayaKey, QByteArray("demo-admin-maya-5f2c9a"), QString()}));

    // A second store reads what the first wrote: it is in the keychain, not in the object.
    KeychainCredentialStore other(TestService, nullptr);
    QSignalSpy otherRead(&other, &CredentialStore::readFinished);
    other.read(MayaKey);
    QCOMPARE(singleAnswer(otherRead).value(1).toByteArray(), QByteArray("demo-admin-maya-5f2c9a"));

    store.write(MayaKey, "rotated-key");
    QCOMPARE(singleAnswer(written), (QList<QVariant>{MayaKey, QString()}));
    store.read(MayaKey);
    QCOMPARE(singleAnswer(read), (QList<QVariant>{MayaKey, QByteArray("rotated-key"), QString()}));

    store.remove(MayaKey);
    QCOMPARE(singleAnswer(removed), (QList<QVariant>{MayaKey, QString()}));
    store.read(MayaKey);
    QCOMPARE(singleAnswer(read),
             (QList<QVariant>{MayaKey, QByteArray(), CredentialStore::notFoundError()}));

    // Removing what is not there succeeds.
    store.remove(MayaKey);
    QCOMPARE(singleAnswer(removed), (QList<QVariant>{MayaKey, QString()}));
}

void TestKeychainCredentialStore::readMissingKey()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    KeychainCredentialStore store(TestService, nullptr);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    store.read(QStringLiteral("valara:https://valara.cloud:nobody"));
    QCOMPARE(singleAnswer(read),
             (QList<QVariant>{QStringLiteral("valara:https://valara.cloud:nobody"), QByteArray(),
                              CredentialStore::notFoundError()}));
}

void TestKeychainCredentialStore::keysAreSeparateEntries()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    KeychainCredentialStore store(TestService, nullptr);
    KeychainCredentialStore appStore; // same keys, another service: another entry
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy appRead(&appStore, &CredentialStore::readFinished);
    QSignalSpy written(&store, &CredentialStore::written);

    store.write(MayaKey, "maya-key");
    store.write(MeKey, "me-token");
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 20000);
    QCOMPARE(written.at(0).value(1).toString(), QString());
    QCOMPARE(written.at(1).value(1).toString(), QString());

    store.read(MeKey);
    store.read(MayaKey);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 2, 20000);
    QCOMPARE(read.at(0).value(1).toByteArray(), QByteArray("me-token"));
    QCOMPARE(read.at(1).value(1).toByteArray(), QByteArray("maya-key"));

    appStore.read(MayaKey);
    QCOMPARE(singleAnswer(appRead).value(2).toString(), CredentialStore::notFoundError());

    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(MayaKey);
    store.remove(MeKey);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 20000);
}

void TestKeychainCredentialStore::binarySecret()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    KeychainCredentialStore store(TestService, nullptr);
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);
    const QByteArray secret("\x00\xff\x80 key\n\x01\xc3", 10);
    store.write(MeKey, secret);
    QCOMPARE(singleAnswer(written).value(1).toString(), QString());
    store.read(MeKey);
    QCOMPARE(singleAnswer(read).value(1).toByteArray(), secret);
    store.remove(MeKey);
    QCOMPARE(singleAnswer(removed).value(1).toString(), QString());
}

void TestKeychainCredentialStore::answersAreQueuedAndExactlyOnce()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    KeychainCredentialStore store(TestService, nullptr);
    QSignalSpy written(&store, &CredentialStore::written);
    QSignalSpy read(&store, &CredentialStore::readFinished);
    QSignalSpy removed(&store, &CredentialStore::removed);

    store.write(MayaKey, "secret");
    store.read(MayaKey);
    store.remove(MayaKey);
    store.write(QString(), "refused");
    QCOMPARE(written.size(), 0);
    QCOMPARE(read.size(), 0);
    QCOMPARE(removed.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
    QTest::qWait(100);
    QCOMPARE(written.size(), 2);
    QCOMPARE(read.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(read.at(0).value(1).toByteArray(), QByteArray("secret"));
    QCOMPARE(written.at(0).value(1).toString(), CredentialStore::emptyKeyError());
    QCOMPARE(written.at(1).value(1).toString(), QString());
}

// The entry really is in the Secret Service, as QtKeychain files it (service, key, base64).
void TestKeychainCredentialStore::entryIsInTheSecretService()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool not found (Debian package libsecret-tools)");

    KeychainCredentialStore store(TestService, nullptr);
    QSignalSpy written(&store, &CredentialStore::written);
    store.write(MayaKey, "demo-admin-maya-5f2c9a");
    QCOMPARE(singleAnswer(written).value(1).toString(), QString());

    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), TestService,
                              QStringLiteral("user"), MayaKey, QStringLiteral("type"),
                              QStringLiteral("base64")});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()),
             QByteArray("demo-admin-maya-5f2c9a"));

    QSignalSpy removed(&store, &CredentialStore::removed);
    store.remove(MayaKey);
    QCOMPARE(singleAnswer(removed).value(1).toString(), QString());
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), TestService,
                              QStringLiteral("user"), MayaKey});
    QVERIFY(lookup.waitForFinished(20000));
    QVERIFY(lookup.readAllStandardOutput().isEmpty());
}

void TestKeychainCredentialStore::secretsNeverLogged()
{
    if (!needSecretService())
        QSKIP(qPrintable(m_noServiceReason));
    QLoggingCategory::setFilterRules(QStringLiteral("valara.*=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    {
        KeychainCredentialStore store(TestService, nullptr);
        QSignalSpy read(&store, &CredentialStore::readFinished);
        QSignalSpy removed(&store, &CredentialStore::removed);
        store.write(MeKey, "eyJ-session-token-never-logged");
        store.read(MeKey);
        store.remove(MeKey);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
        runProbe();
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!g_messages.isEmpty()); // debug logging was on and did say something
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(u"never-logged"), qPrintable(message));
}

// With the session bus pointing nowhere, probe() says no keychain works, with a reason to show.
void TestKeychainCredentialStore::probeReportsUnavailableWithoutSecretService()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent"));
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                             "KDE_SESSION_VERSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        environment.remove(QString::fromLatin1(name));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-child")});
    QVERIFY(child.waitForFinished(30000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
    const QStringList lines = output.split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("available=0"));
    const QString reason = lines.value(1).section(u'=', 1);
    QVERIFY2(reason.startsWith(u"No keychain is available ("), qPrintable(reason));
    QVERIFY2(reason.contains(u"kept in memory until you quit"), qPrintable(reason));
}

// The child process of probeReportsUnavailableWithoutSecretService(): prints the probe's answer.
static int runProbeChild()
{
    int exitCode = 3;
    QObject context;
    KeychainCredentialStore::probe(&context, [&](bool available, QString reason) {
        std::printf("available=%d\nreason=%s\n", available ? 1 : 0, qPrintable(reason));
        std::fflush(stdout);
        exitCode = 0;
        QCoreApplication::quit();
    });
    QTimer::singleShot(20000, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    return exitCode;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--probe-child")))
        return runProbeChild();
    TestKeychainCredentialStore test;
    const int failures = QTest::qExec(&test, argc, argv);
    if (failures == 0 && test.skippedForMissingService())
        return TestKeychainCredentialStore::SkipExitCode;
    return failures;
}

#include "tst_keychain_credential_store.moc"
